import "server-only";
import { createHash } from "node:crypto";
import { rateLimit } from "@/lib/auth/rate-limit";
import { countTokenRequest, findTokenPrincipal, touchApiToken, type ApiTokenScope } from "@/lib/db/api-tokens";
import { recordAudit } from "@/lib/db/audit";
import { roleAtLeast, type Role } from "@/lib/db/workspaces";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

/** Who is calling the API: the token's member in the token's workspace, with what the token allows. */
export interface ApiContext {
  workspaceId: string;
  workspaceName: string;
  user: { id: string; name: string; email: string };
  token: { id: string; name: string; scope: ApiTokenScope };
  /** min(member's current role, scope): a read token acts as a viewer. */
  role: Role;
  /** The member's current role, whatever the token's scope. */
  memberRole: Role;
}

const RATE_WINDOW_MS = 60_000;

function bearerOf(headers: Headers): string {
  const raw = headers.get("authorization") ?? "";
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(raw);
  if (!m) throw new AppError("UNAUTHENTICATED", "Send an API token: Authorization: Bearer jy_… (create one on the workspace's API tokens page).");
  return m[1];
}

/**
 * Authenticates a request by its bearer token. The rate limit counts twice: in this process's memory by
 * the token's hash before the database is asked (so even an unknown token is limited, and a flood never
 * reaches the database), then in the token's row, a count every web process shares. A revoked token, or
 * one whose member has left the workspace, is refused as unauthenticated, the same answer as a token
 * that never existed.
 */
export async function authenticateToken(headers: Headers): Promise<ApiContext> {
  const token = bearerOf(headers);
  const key = `api:token:${createHash("sha256").update(token).digest("hex")}`;
  const max = env().API_RATE_LIMIT_PER_MINUTE;
  const limited = (retryAfterMs: number) =>
    new AppError("RATE_LIMITED", "Too many requests with this token; wait a moment and try again.", { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
  const local = rateLimit(key, max, RATE_WINDOW_MS);
  if (!local.ok) throw limited(local.retryAfterMs);
  const p = await findTokenPrincipal(token);
  if (!p) throw new AppError("UNAUTHENTICATED", "This API token is not valid: it is unknown, revoked, or its member has left the workspace.");
  const shared = await countTokenRequest(p.workspaceId, p.tokenId, max, RATE_WINDOW_MS);
  if (!shared.ok) throw limited(shared.retryAfterMs);
  // Token use goes to the audit log as often as lastUsedAt moves (at most once a minute per token).
  const now = new Date();
  if (!p.lastUsedAt || now.getTime() - p.lastUsedAt.getTime() >= 60_000) {
    await touchApiToken(p.workspaceId, p.tokenId, p.lastUsedAt, now);
    await recordAudit({ workspaceId: p.workspaceId, actorUserId: p.user.id, action: "token.used", targetType: "apiToken", targetId: p.tokenId, detail: { name: p.tokenName } });
  }
  return {
    workspaceId: p.workspaceId,
    workspaceName: p.workspaceName,
    user: p.user,
    token: { id: p.tokenId, name: p.tokenName, scope: p.scope },
    role: p.scope === "read" ? "viewer" : p.memberRole,
    memberRole: p.memberRole,
  };
}

/** The role check of every endpoint; a read token that its member's role would allow is told so. */
export function requireApiRole(ctx: ApiContext, min: Role): void {
  if (roleAtLeast(ctx.role, min)) return;
  if (ctx.token.scope === "read" && roleAtLeast(ctx.memberRole, min)) throw new AppError("FORBIDDEN", "This token is read-only; create a read-and-write token to make changes.");
  throw new AppError("FORBIDDEN", `This needs the ${min} role or higher; the token's member is a ${ctx.memberRole} of this workspace.`);
}
