/**
 * The one wrapper every server action goes through (lib/actions/client.ts over lib/auth/guards.ts),
 * with the session and the membership lookup replaced: who may call, in which order the checks run,
 * and how failures reach the caller. The database-backed matrix is tests/integration/authz-matrix.test.ts.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string } | null }));
const memberships = vi.hoisted(() => new Map<string, "viewer" | "member" | "admin" | "owner">());

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("@/lib/db/workspaces", async () => {
  const RANK = { viewer: 1, member: 2, admin: 3, owner: 4 } as const;
  return {
    roleAtLeast: (role: keyof typeof RANK, min: keyof typeof RANK) => RANK[role] >= RANK[min],
    findMembership: async (workspaceId: string, userId: string) => {
      const role = memberships.get(`${workspaceId}:${userId}`);
      return role ? { role, workspace: { id: workspaceId, name: `WS ${workspaceId}`, personal: false } } : null;
    },
  };
});

const { workspaceAction, userAction, publicFormAction } = await import("@/lib/actions/client");
const { AppError } = await import("@/lib/errors");

const WS = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";
const Schema = z.object({ workspaceId: z.string().uuid(), title: z.string().min(1, "title is needed") });
const alice = { id: "u-alice", email: "a@example.com", name: "Alice" };

beforeEach(() => {
  session.user = null;
  memberships.clear();
});

describe("workspaceAction", () => {
  const handler = vi.fn(async (ctx: { workspaceId: string; role: string; user: { id: string }; workspaceName: string }, input: { title: string }) => ({
    ws: ctx.workspaceId,
    role: ctx.role,
    who: ctx.user.id,
    name: ctx.workspaceName,
    title: input.title,
  }));
  const act = workspaceAction("member", Schema, handler);
  beforeEach(() => {
    handler.mockClear();
  });

  it("refuses an anonymous caller before validating anything, and never runs the handler", async () => {
    expect(await act({ nonsense: true })).toEqual({ ok: false, error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses invalid input with the first problem's path and message", async () => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, "owner");
    expect(await act({ workspaceId: WS, title: "" })).toEqual({ ok: false, error: { code: "INVALID_INPUT", message: "title: title is needed" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers NOT_FOUND for a workspace the caller is not a member of (other members' workspaces included)", async () => {
    session.user = alice;
    memberships.set(`${OTHER}:someone-else`, "owner");
    const r = await act({ workspaceId: OTHER, title: "x" });
    expect(r).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ["viewer", false],
    ["member", true],
    ["admin", true],
    ["owner", true],
  ] as const)("a %s of the workspace: allowed = %s for a member-level action", async (role, allowed) => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, role);
    const r = await act({ workspaceId: WS, title: "Plan" });
    if (allowed) expect(r).toEqual({ ok: true, data: { ws: WS, role, who: alice.id, name: `WS ${WS}`, title: "Plan" } });
    else expect(r).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringContaining("member") } });
    expect(handler).toHaveBeenCalledTimes(allowed ? 1 : 0);
  });

  it("checks the workspace named in the input, not one the caller belongs to", async () => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, "owner");
    expect(await act({ workspaceId: OTHER, title: "x" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("passes an AppError from the handler through with its code; anything else becomes INTERNAL and is logged", async () => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, "admin");
    const conflict = workspaceAction("viewer", Schema, async () => {
      throw new AppError("CONFLICT", "busy");
    });
    expect(await conflict({ workspaceId: WS, title: "x" })).toEqual({ ok: false, error: { code: "CONFLICT", message: "busy" } });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const crash = workspaceAction("viewer", Schema, async () => {
      throw new Error("secret stack detail");
    });
    const r = await crash({ workspaceId: WS, title: "x" });
    expect(r).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(JSON.stringify(r)).not.toContain("secret stack detail");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("an owner-only action refuses an admin", async () => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, "admin");
    const ownerOnly = workspaceAction("owner", Schema, async () => "done");
    expect(await ownerOnly({ workspaceId: WS, title: "x" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    memberships.set(`${WS}:${alice.id}`, "owner");
    expect(await ownerOnly({ workspaceId: WS, title: "x" })).toEqual({ ok: true, data: "done" });
  });

  it("reads form data: repeated keys and keys ending in [] become arrays", async () => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, "member");
    const Tags = z.object({ workspaceId: z.string(), tag: z.array(z.string()), "one[]": z.array(z.string()), title: z.string() });
    const tags = workspaceAction("member", Tags, async (_ctx, input) => input);
    const fd = new FormData();
    fd.append("workspaceId", WS);
    fd.append("tag", "a");
    fd.append("tag", "b");
    fd.append("one[]", "only");
    fd.append("title", "t");
    expect(await tags(fd)).toEqual({ ok: true, data: { workspaceId: WS, tag: ["a", "b"], "one[]": ["only"], title: "t" } });
  });
});

describe("userAction", () => {
  const Name = z.object({ name: z.string().min(1) });
  it("needs a signed-in user, then valid input", async () => {
    const act = userAction(Name, async (user, input) => `${user.id}:${input.name}`);
    expect(await act({ name: "x" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    session.user = alice;
    expect(await act({ name: "" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await act({ name: "x" })).toEqual({ ok: true, data: "u-alice:x" });
  });
});

describe("publicFormAction", () => {
  const Email = z.object({ email: z.string().email("not an email") });
  it("validates the posted form without a session and maps errors", async () => {
    const act = publicFormAction(Email, async (input) => input.email);
    const good = new FormData();
    good.append("email", "a@example.com");
    expect(await act(null, good)).toEqual({ ok: true, data: "a@example.com" });
    const bad = new FormData();
    bad.append("email", "nope");
    expect(await act(null, bad)).toEqual({ ok: false, error: { code: "INVALID_INPUT", message: "email: not an email" } });
  });
  it("lets Next's redirect/notFound (errors with a digest) through instead of reporting them", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/w;307;" });
    const act = publicFormAction(Email, async () => {
      throw redirect;
    });
    const fd = new FormData();
    fd.append("email", "a@example.com");
    await expect(act(null, fd)).rejects.toBe(redirect);
  });
});
