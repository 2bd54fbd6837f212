import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "./client";
import { roleAtLeast, type Role } from "./workspaces";
import { AppError } from "@/lib/errors";
import type { ApiTokenScope } from "@/lib/generated/prisma/client";

export type { ApiTokenScope };
export const API_TOKEN_SCOPES = ["read", "write"] as const satisfies readonly ApiTokenScope[];
/** Recognisable in logs and by secret scanners; what follows is 256 random bits. */
export const API_TOKEN_PREFIX = "jy_";
const TOKEN_SHAPE = /^jy_[A-Za-z0-9_-]{43}$/;
/** How many live tokens one member may hold in one workspace: enough for every bot, bounded for the page. */
export const MAX_TOKENS_PER_MEMBER = 50;

/** Only the hash is stored, so a database dump holds no working token. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeApiToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

const TOKEN_SELECT = { id: true, name: true, scope: true, prefix: true, lastUsedAt: true, revokedAt: true, createdAt: true } as const;
export interface ApiTokenRow {
  id: string;
  name: string;
  scope: ApiTokenScope;
  prefix: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

/**
 * A viewer may hold read tokens only: a token never grants more than its member's role. The member's
 * role is read inside the same query as the insert's guard, so a just-removed member cannot mint one.
 */
export async function createApiToken(workspaceId: string, userId: string, input: { name: string; scope: ApiTokenScope }): Promise<{ token: string; row: ApiTokenRow }> {
  const member = await db().member.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  if (!member) throw new AppError("NOT_FOUND", "This workspace does not exist or you are not a member of it.");
  if (input.scope === "write" && !roleAtLeast(member.role, "member")) {
    throw new AppError("FORBIDDEN", "A viewer can create read-only tokens only.");
  }
  const live = await db().apiToken.count({ where: { workspaceId, userId, revokedAt: null } });
  if (live >= MAX_TOKENS_PER_MEMBER) throw new AppError("CONFLICT", `You already have ${MAX_TOKENS_PER_MEMBER} active tokens here; revoke one first.`);
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await db().apiToken.create({
    data: { workspaceId, userId, name: input.name, scope: input.scope, tokenHash: hashApiToken(token), prefix: token.slice(0, 7) },
    select: TOKEN_SELECT,
  });
  return { token, row };
}

/** The caller's own tokens in this workspace, newest first, revoked ones included (marked). */
export async function listApiTokens(workspaceId: string, userId: string): Promise<ApiTokenRow[]> {
  return db().apiToken.findMany({ where: { workspaceId, userId }, select: TOKEN_SELECT, orderBy: { createdAt: "desc" }, take: 200 });
}

/** Only the token's owner revokes it; revoking twice or someone else's token is "not found". */
export async function revokeApiToken(workspaceId: string, userId: string, tokenId: string): Promise<{ id: string; name: string }> {
  const row = await db().apiToken.findFirst({ where: { workspaceId, userId, id: tokenId, revokedAt: null }, select: { id: true, name: true } });
  if (!row) throw new AppError("NOT_FOUND", "This token does not exist or is already revoked.");
  await db().apiToken.updateMany({ where: { workspaceId, id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
  return row;
}

export interface TokenPrincipal {
  tokenId: string;
  tokenName: string;
  scope: ApiTokenScope;
  workspaceId: string;
  workspaceName: string;
  user: { id: string; name: string; email: string };
  /** The member's role now (not when the token was made). */
  memberRole: Role;
  lastUsedAt: Date | null;
}

/**
 * The live token with its member's current role. Null when the token is unknown or revoked, or its
 * member has left the workspace: a removed member's tokens stop working at once, without a sweep.
 */
export async function findTokenPrincipal(token: string): Promise<TokenPrincipal | null> {
  if (!looksLikeApiToken(token)) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      name: true,
      scope: true,
      workspaceId: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true } },
      workspace: { select: { name: true } },
    },
  });
  if (!row || row.revokedAt) return null;
  const member = await db().member.findUnique({ where: { workspaceId_userId: { workspaceId: row.workspaceId, userId: row.user.id } }, select: { role: true } });
  if (!member) return null;
  return {
    tokenId: row.id,
    tokenName: row.name,
    scope: row.scope,
    workspaceId: row.workspaceId,
    workspaceName: row.workspace.name,
    user: row.user,
    memberRole: member.role,
    lastUsedAt: row.lastUsedAt,
  };
}

/** Written at most once a minute per token, so a busy bot does not turn every read into a write. */
export async function touchApiToken(workspaceId: string, tokenId: string, lastUsedAt: Date | null, now = new Date()): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < 60_000) return;
  await db().apiToken.updateMany({ where: { workspaceId, id: tokenId }, data: { lastUsedAt: now } });
}

/**
 * Counts one request against the token's fixed window (`windowMs` from the first request of the
 * window), in its row, so that every web process shares one count per token. One statement: the row
 * lock makes concurrent requests count one after another, and the window's clock is the database's
 * (UTC), the same for every process. Not ok once more than `limit` requests fall in the window;
 * `retryAfterMs` is what is left of it.
 */
export async function countTokenRequest(workspaceId: string, tokenId: string, limit: number, windowMs: number): Promise<{ ok: boolean; retryAfterMs: number }> {
  const rows = await db().$queryRaw<{ count: number; retryMs: number }[]>`
    WITH clock AS (SELECT now() AT TIME ZONE 'UTC' AS now, ${windowMs}::int * interval '1 millisecond' AS window)
    UPDATE "ApiToken" t SET
      "rateWindowStart" = CASE WHEN t."rateWindowStart" IS NULL OR t."rateWindowStart" <= clock.now - clock.window THEN clock.now ELSE t."rateWindowStart" END,
      "rateCount" = CASE WHEN t."rateWindowStart" IS NULL OR t."rateWindowStart" <= clock.now - clock.window THEN 1 ELSE LEAST(t."rateCount" + 1, 2000000000) END
    FROM clock
    WHERE t."workspaceId" = ${workspaceId} AND t."id" = ${tokenId}
    RETURNING t."rateCount"::int AS count, (EXTRACT(EPOCH FROM (t."rateWindowStart" + clock.window - clock.now)) * 1000)::float8 AS "retryMs"`;
  const row = rows[0];
  if (!row) return { ok: true, retryAfterMs: 0 };
  // now() is each transaction's start: a request that waited for the row behind a later-started one can see a
  // window that began "after" its own now, a few ms more than the window away. Never ask for more than the window.
  return row.count > limit ? { ok: false, retryAfterMs: Math.min(windowMs, Math.max(1, Math.ceil(row.retryMs))) } : { ok: true, retryAfterMs: 0 };
}
