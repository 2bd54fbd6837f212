import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "./client";
import { recordAudit } from "./audit";
import { roleAtLeast, type Role } from "./workspaces";
import { AppError } from "@/lib/errors";

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Only the hash is stored, so a database dump cannot be turned into working invite links. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function createInvitation(workspaceId: string, input: { role: Role; email?: string | null; invitedById: string; ttlMs?: number }) {
  // 192 random bits: far beyond guessing, and short enough to paste into a chat message.
  const token = randomBytes(24).toString("base64url");
  const invitation = await db().invitation.create({
    data: {
      workspaceId,
      role: input.role,
      email: input.email || null,
      invitedById: input.invitedById,
      tokenHash: hashInviteToken(token),
      expiresAt: new Date(Date.now() + (input.ttlMs ?? INVITE_TTL_MS)),
    },
    select: { id: true, role: true, email: true, expiresAt: true },
  });
  return { invitation, token };
}

export async function listPendingInvitations(workspaceId: string) {
  return db().invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeInvitation(workspaceId: string, id: string): Promise<void> {
  const { count } = await db().invitation.updateMany({
    where: { workspaceId, id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "This invite does not exist or is no longer pending.");
}

/**
 * The invite a token opens, if it can still be used. Not scoped by workspace: the token itself is the
 * capability, and the workspace is what it reveals (name and role only).
 */
export async function findUsableInvitation(token: string) {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { id: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { id: true, name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) return null;
  return { id: invitation.id, role: invitation.role, workspaceId: invitation.workspace.id, workspaceName: invitation.workspace.name };
}

const INVALID = "This invite is invalid, expired, revoked or already used.";

/** Uses the invite once and makes the user a member; an existing member keeps the higher of the two roles. */
export async function acceptInvitation(token: string, userId: string): Promise<{ workspaceId: string; role: Role }> {
  const tokenHash = hashInviteToken(token);
  return db().$transaction(async (tx) => {
    // The conditional update is the single-use check: of two concurrent accepts only one matches.
    const { count } = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND", INVALID);
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, workspaceId: true, role: true } });
    const { workspaceId } = invitation;
    await recordAudit(
      { workspaceId, actorUserId: userId, action: "invitation.accepted", targetType: "invitation", targetId: invitation.id, detail: { role: invitation.role } },
      tx,
    );
    const existing = await tx.member.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
    if (existing) {
      if (roleAtLeast(existing.role, invitation.role)) return { workspaceId, role: existing.role };
      await tx.member.update({ where: { workspaceId_userId: { workspaceId, userId } }, data: { role: invitation.role } });
      return { workspaceId, role: invitation.role };
    }
    await tx.member.create({ data: { workspaceId, userId, role: invitation.role } });
    return { workspaceId, role: invitation.role };
  });
}
