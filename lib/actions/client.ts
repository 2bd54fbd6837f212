import "server-only";
import type { z } from "zod";
import { AppError, toAppError, type AppErrorCode } from "@/lib/errors";
import { requireMember, requireUser, type MemberContext } from "@/lib/auth/guards";
import type { SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/db/workspaces";

/**
 * Every server action is a public POST endpoint, so every one is built here: input parsed with its
 * zod schema, the user authenticated, and — for workspace actions — membership and role checked for
 * the workspace named in the input before the handler runs. Handlers never see unchecked input.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: AppErrorCode; message: string } };

function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(fd.keys())) {
    const all = fd.getAll(key);
    out[key] = all.length > 1 || key.endsWith("[]") ? all : all[0];
  }
  return out;
}

function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const value = raw instanceof FormData ? formDataToObject(raw) : raw;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    throw new AppError("INVALID_INPUT", `${where}${first?.message ?? "invalid input"}`);
  }
  return parsed.data;
}

function failure(e: unknown): ActionResult<never> {
  const err = toAppError(e);
  if (err.code === "INTERNAL") console.error(e);
  return { ok: false, error: { code: err.code, message: err.message } };
}

/** An action for any signed-in user (not tied to one workspace), e.g. creating a workspace. */
export function userAction<S extends z.ZodType, R>(schema: S, handler: (user: SessionUser, input: z.infer<S>) => Promise<R>) {
  return async (raw: unknown): Promise<ActionResult<R>> => {
    try {
      const user = await requireUser();
      return { ok: true, data: await handler(user, parseInput(schema, raw)) };
    } catch (e) {
      return failure(e);
    }
  };
}

type WithWorkspace = z.ZodType<{ workspaceId: string }>;

/** An action on one workspace, allowed from `role` upward. */
export function workspaceAction<S extends WithWorkspace, R>(role: Role, schema: S, handler: (ctx: MemberContext, input: z.infer<S>) => Promise<R>) {
  return async (raw: unknown): Promise<ActionResult<R>> => {
    try {
      // Authenticate before looking at the input, so anonymous callers learn nothing from validation.
      const user = await requireUser();
      const input = parseInput(schema, raw);
      const ctx = await requireMember(input.workspaceId, role, user);
      return { ok: true, data: await handler(ctx, input) };
    } catch (e) {
      return failure(e);
    }
  };
}

/**
 * An action anyone may call with no session, whose input itself carries the key (a quiz link's
 * token): parsed with its schema like every other; the handler checks the key.
 */
export function publicAction<S extends z.ZodType, R>(schema: S, handler: (input: z.infer<S>) => Promise<R>) {
  return async (raw: unknown): Promise<ActionResult<R>> => {
    try {
      return { ok: true, data: await handler(parseInput(schema, raw)) };
    } catch (e) {
      return failure(e);
    }
  };
}

/**
 * An action anyone may call, signed in or not (signing in and up). Shaped for React's useActionState
 * — (previous state, form data) — so the form also works before hydration or without JavaScript: the
 * browser posts it, the server runs the action and renders the page with its result.
 */
export function publicFormAction<S extends z.ZodType, R>(schema: S, handler: (input: z.infer<S>) => Promise<R>) {
  return async (_previous: unknown, form: FormData): Promise<ActionResult<R>> => {
    try {
      return { ok: true, data: await handler(parseInput(schema, form)) };
    } catch (e) {
      // redirect() and notFound() are control flow, not failures: let Next see them.
      if (e && typeof e === "object" && "digest" in e) throw e;
      return failure(e);
    }
  };
}
