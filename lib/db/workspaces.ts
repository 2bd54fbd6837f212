import "server-only";
import { db } from "./client";
import type { Role } from "@/lib/generated/prisma/client";

export type { Role };

const RANK: Record<Role, number> = { viewer: 1, member: 2, admin: 3, owner: 4 };

export function roleAtLeast(role: Role, min: Role): boolean {
  return RANK[role] >= RANK[min];
}

export async function createWorkspace(userId: string, name: string, opts: { personal?: boolean } = {}) {
  return db().workspace.create({
    data: { name, personal: opts.personal ?? false, members: { create: { userId, role: "owner" } } },
  });
}

/** The caller's membership, or null: the one check every workspace action and page goes through. */
export async function findMembership(workspaceId: string, userId: string) {
  return db().member.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { role: true, workspace: { select: { id: true, name: true, personal: true } } },
  });
}

export async function listWorkspacesForUser(userId: string) {
  const rows = await db().member.findMany({
    where: { userId },
    select: { role: true, workspace: { select: { id: true, name: true, personal: true, createdAt: true } } },
    orderBy: [{ workspace: { personal: "desc" } }, { createdAt: "asc" }],
  });
  return rows.map((r) => ({ ...r.workspace, role: r.role }));
}

export async function addMember(workspaceId: string, userId: string, role: Role) {
  return db().member.upsert({
    where: { workspaceId_userId: { workspaceId, userId } },
    create: { workspaceId, userId, role },
    update: { role },
  });
}
