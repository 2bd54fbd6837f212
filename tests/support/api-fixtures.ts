/**
 * API tokens for the token-authenticated matrices (HTTP API v1 and MCP): one per kind of caller, on top
 * of the session fixtures (tests/support/authz-fixtures.ts).
 */
import { db } from "@/lib/db/client";
import { createApiToken, hashApiToken, revokeApiToken } from "@/lib/db/api-tokens";
import { roleAtLeast, type Role } from "@/lib/db/workspaces";
import { resetRateLimits } from "@/lib/auth/rate-limit";
import { freshMember, ROLES, type Fixtures } from "./authz-fixtures";

/**
 * owner…viewer: each member's own token (write, a viewer's read); readOnly: the member's read token;
 * outsider: a valid token of another workspace; revoked, removed (its member left), anonymous (none).
 */
export const TOKEN_PRINCIPALS = [...ROLES, "readOnly", "outsider", "revoked", "removed", "anonymous"] as const;
export type TokenPrincipal = (typeof TOKEN_PRINCIPALS)[number];

export async function seedTokens(f: Fixtures): Promise<Record<TokenPrincipal, string | null>> {
  const make = async (ws: string, userId: string, scope: "read" | "write") => (await createApiToken(ws, userId, { name: `t-${scope}`, scope })).token;
  const out: Partial<Record<TokenPrincipal, string | null>> = { anonymous: null };
  for (const role of ROLES) out[role] = await make(f.ws, f.users[role].id, role === "viewer" ? "read" : "write");
  out.readOnly = await make(f.ws, f.users.member.id, "read");
  out.outsider = await make(f.users.outsider.personalWorkspaceId, f.users.outsider.id, "write");
  const revoked = await createApiToken(f.ws, f.users.member.id, { name: "gone", scope: "write" });
  await revokeApiToken(f.ws, f.users.member.id, revoked.row.id);
  out.revoked = revoked.token;
  const leaver = await freshMember(f.ws, "member");
  out.removed = await make(f.ws, leaver, "write");
  await db().member.deleteMany({ where: { workspaceId: f.ws, userId: leaver } });
  return out as Record<TokenPrincipal, string | null>;
}

export type TokenOutcome = "allowed" | 401 | 403 | 404;

/**
 * What a caller gets from an endpoint needing `min`. `scoped`: the call names a document or to-do of the
 * fixture workspace, which another workspace's token cannot see (404); unscoped calls (lists, search,
 * upload) succeed for it, on its own workspace.
 */
export function tokenOutcome(min: Role, scoped: boolean, who: TokenPrincipal): TokenOutcome {
  if (who === "revoked" || who === "removed" || who === "anonymous") return 401;
  if (who === "outsider") return scoped ? 404 : "allowed";
  const role: Role = who === "readOnly" ? "viewer" : who;
  return roleAtLeast(role, min) ? "allowed" : 403;
}

/**
 * Both per-token rate-limit counts back to zero for these tokens: this process's, and the shared one in
 * their rows (only theirs: other test files share the database and may be counting their own).
 */
export async function resetApiRateLimits(tokens: Record<string, string | null> | (string | null)[]): Promise<void> {
  resetRateLimits();
  const hashes = Object.values(tokens)
    .filter((t): t is string => !!t)
    .map(hashApiToken);
  await db().apiToken.updateMany({ where: { tokenHash: { in: hashes } }, data: { rateCount: 0, rateWindowStart: null } });
}
