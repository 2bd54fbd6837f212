/**
 * The shared half of the authorization matrices: what each principal should get from an action or a
 * route given its minimum, and the loops that call every entry as every principal. The tables of
 * cases live in the matrix files (tests/integration/authz-*.test.ts).
 */
import { describe, expect, it } from "vitest";
import { signInAs } from "./db";
import { absolute, HTTP_METHODS, PRINCIPALS, routePattern, type Fixtures, type Principal } from "./authz-fixtures";
import { roleAtLeast, type Role } from "@/lib/db/workspaces";

/** A role (that role and above), "self" (any signed-in user, on their own account) or "public" (no session). */
export type Min = Role | "self" | "public";
/** `okCode`: what an allowed caller gets when success needs more than authorization (a model no fixture has). */
export type ActionCase = { min: Min; input: (f: Fixtures, who: Principal) => unknown; okCode?: string };
export type RouteCall = { path: string; init?: RequestInit; params: Record<string, string | string[]> };
/** `ok`: the status of success, when not 200 (an upload answers 201 Created). */
export type RouteCase = { min: Min; call: (f: Fixtures) => RouteCall; ok?: number };
export type Outcome = "allowed" | "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN";

export function expected(min: Min, who: Principal): Outcome {
  if (min === "public") return "allowed";
  if (who === "anonymous" || who === "shareVisitor") return "UNAUTHENTICATED";
  if (min === "self") return "allowed";
  if (who === "outsider") return "NOT_FOUND";
  return roleAtLeast(who, min) ? "allowed" : "FORBIDDEN";
}

export const STATUS: Record<Exclude<Outcome, "allowed">, number> = { UNAUTHENTICATED: 401, NOT_FOUND: 404, FORBIDDEN: 403 };

export async function signInPrincipal(f: Fixtures, who: Principal) {
  // A share-link visitor holds a token but no session: to actions and routes that is anonymous.
  await signInAs(who === "anonymous" || who === "shareVisitor" ? null : f.users[who]);
}

type AnyFn = (...args: unknown[]) => Promise<unknown>;

/** `base.name` → the exported function, for every function export of the given action modules. */
export async function loadActions(files: string[]): Promise<Map<string, AnyFn>> {
  const out = new Map<string, AnyFn>();
  for (const file of files) {
    const mod = (await import(absolute(file))) as Record<string, unknown>;
    const base = file.replace(/^lib\/actions\//, "").replace(/\.ts$/, "");
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") out.set(`${base}.${name}`, value as AnyFn);
  }
  return out;
}

/** `METHOD /pattern` → the handler, for every HTTP method the given route files export. */
export async function loadRoutes(files: string[]): Promise<Map<string, AnyFn>> {
  const out = new Map<string, AnyFn>();
  for (const file of files) {
    const mod = (await import(absolute(file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) if (typeof mod[method] === "function") out.set(`${method} ${routePattern(file)}`, mod[method] as AnyFn);
  }
  return out;
}

/** The action names a table covers, variants ("name#variant") counted once. */
export const tableActions = (table: Record<string, ActionCase>) => [...new Set(Object.keys(table).map((k) => k.split("#")[0]))].sort();

/** Every action as every principal: allowed ones must succeed, the others fail with the expected code. */
export function describeActions(table: Record<string, ActionCase>, actions: Map<string, AnyFn>, fixtures: () => Fixtures) {
  describe.each(Object.entries(table))("action %s", (name, c) => {
    it.each(PRINCIPALS)("as %s", async (who) => {
      const f = fixtures();
      // "module.action#variant": a second case of the same action (another kind of valid input).
      const action = actions.get(name.split("#")[0]);
      if (!action) throw new Error(`${name} is in the table but not exported by lib/actions`);
      const input = await c.input(f, who);
      await signInPrincipal(f, who);
      const res = (await action(input)) as { ok: boolean; error?: { code: string; message: string } };
      const want = expected(c.min, who);
      if (want === "allowed" && c.okCode) expect(res, `${name} as ${who}`).toMatchObject({ ok: false, error: { code: c.okCode } });
      else if (want === "allowed") expect(res, `${name} as ${who}: ${res.error?.message}`).toMatchObject({ ok: true });
      else expect(res).toMatchObject({ ok: false, error: { code: want } });
    });
  });
}

/** Every route as every principal: the success status or the refusal's, and nothing of the workspace's text when refused. */
export function describeRoutes(table: Record<string, RouteCase>, routes: Map<string, AnyFn>, fixtures: () => Fixtures) {
  describe.each(Object.entries(table))("route %s", (name, c) => {
    it.each(PRINCIPALS)("as %s", async (who) => {
      const f = fixtures();
      const handler = routes.get(name);
      if (!handler) throw new Error(`${name} is in the table but no route file exports it`);
      const { path, init, params } = c.call(f);
      await signInPrincipal(f, who);
      const headers = new Headers(init?.headers);
      headers.set("origin", "http://localhost:3000");
      const res = (await handler(new Request(`http://localhost:3000${path}`, { ...init, headers }), { params: Promise.resolve(params) })) as Response;
      const body = await res.text();
      const want = expected(c.min, who);
      expect(res.status, `${name} as ${who}: ${body.slice(0, 200)}`).toBe(want === "allowed" ? (c.ok ?? 200) : STATUS[want]);
      if (want !== "allowed") expect(body).not.toContain("budget");
    });
  });
}
