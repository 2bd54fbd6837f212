import "server-only";
import { db } from "./client";
import type { Role } from "./workspaces";
import { AppError } from "@/lib/errors";
import { recordAudit } from "./audit";
import type { Prisma } from "@/lib/generated/prisma/client";

const RANK: Record<Role, number> = { viewer: 1, member: 2, admin: 3, owner: 4 };

export async function listMembers(workspaceId: string) {
  const rows = await db().member.findMany({
    where: { workspaceId },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  // Highest role first, then by join date: owners and admins are who people look for.
  return rows
    .map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role, joinedAt: r.createdAt }))
    .sort((a, b) => RANK[b.role] - RANK[a.role] || a.joinedAt.getTime() - b.joinedAt.getTime());
}

/** Only an owner may hand out the owner role; admins+ may give any other. Used for invites too. */
export function canGrant(actorRole: Role, role: Role): boolean {
  return actorRole === "owner" || (actorRole === "admin" && role !== "owner");
}

type Tx = Prisma.TransactionClient;

/**
 * Loads actor and target with every membership row of the workspace locked, so two owners demoting
 * each other at the same moment cannot leave the workspace without an owner.
 */
async function lockedPair(tx: Tx, workspaceId: string, actorId: string, targetId: string) {
  await tx.$queryRaw`SELECT id FROM "Member" WHERE "workspaceId" = ${workspaceId} FOR UPDATE`;
  const rows = await tx.member.findMany({ where: { workspaceId }, select: { userId: true, role: true } });
  const actor = rows.find((r) => r.userId === actorId);
  const target = rows.find((r) => r.userId === targetId);
  if (!actor) throw new AppError("NOT_FOUND", "This workspace does not exist or you are not a member of it.");
  if (!target) throw new AppError("NOT_FOUND", "This person is not a member of this workspace.");
  if (actor.role !== "owner" && actor.role !== "admin") throw new AppError("FORBIDDEN", "Only admins and owners manage members.");
  const owners = rows.filter((r) => r.role === "owner").length;
  return { actor, target, owners };
}

const OWNERS_ONLY = "Only an owner can change an owner or grant the owner role.";
const LAST_OWNER = "A workspace needs at least one owner: make someone else an owner first.";

export async function changeMemberRole(workspaceId: string, actorId: string, targetId: string, role: Role): Promise<{ role: Role }> {
  return db().$transaction(async (tx) => {
    const { actor, target, owners } = await lockedPair(tx, workspaceId, actorId, targetId);
    if (target.role === role) return { role };
    if (!canGrant(actor.role, role) || (target.role === "owner" && actor.role !== "owner")) throw new AppError("FORBIDDEN", OWNERS_ONLY);
    if (target.role === "owner" && owners <= 1) throw new AppError("CONFLICT", LAST_OWNER);
    await tx.member.update({ where: { workspaceId_userId: { workspaceId, userId: targetId } }, data: { role } });
    await recordAudit({ workspaceId, actorUserId: actorId, action: "member.role_changed", targetType: "user", targetId, detail: { from: target.role, to: role } }, tx);
    return { role };
  });
}

export async function removeMember(workspaceId: string, actorId: string, targetId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const { actor, target, owners } = await lockedPair(tx, workspaceId, actorId, targetId);
    if (target.role === "owner" && actor.role !== "owner") throw new AppError("FORBIDDEN", OWNERS_ONLY);
    if (target.role === "owner" && owners <= 1) throw new AppError("CONFLICT", LAST_OWNER);
    await tx.member.delete({ where: { workspaceId_userId: { workspaceId, userId: targetId } } });
    await recordAudit({ workspaceId, actorUserId: actorId, action: "member.removed", targetType: "user", targetId, detail: { role: target.role } }, tx);
  });
}
