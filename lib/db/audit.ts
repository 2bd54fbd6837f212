import "server-only";
import { db } from "./client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The workspace's audit log: who did what, shown to admins (settings → Audit log). A change that
 * runs in a transaction records its event in that transaction (pass `tx`), so the log and the data
 * never disagree; a change without one records it right after.
 */
export const AUDIT_ACTIONS = [
  "document.uploaded",
  "document.renamed",
  "document.deleted",
  "document.purged",
  "share.created",
  "share.revoked",
  "member.role_changed",
  "member.removed",
  "invitation.created",
  "invitation.revoked",
  "invitation.accepted",
  "export.downloaded",
  "workspace.exported",
  "settings.updated",
  "webhook.created",
  "webhook.deleted",
  "token.created",
  "token.revoked",
  "token.used",
  "minutes.emailed",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditInput {
  workspaceId: string;
  /** Null or absent: the system (the retention job). */
  actorUserId?: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  /** Small facts (a title, a role, which settings changed); never a secret. */
  detail?: Prisma.InputJsonObject;
}

type Client = Pick<Prisma.TransactionClient, "auditEvent">;

export async function recordAudit(input: AuditInput, tx?: Client): Promise<void> {
  await (tx ?? db()).auditEvent.create({
    data: {
      workspaceId: input.workspaceId,
      actorUserId: input.actorUserId ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      detail: input.detail ?? undefined,
    },
  });
}

export interface AuditFilters {
  action?: AuditAction;
  actorUserId?: string;
  /** Inclusive ISO dates (UTC days). */
  from?: string;
  to?: string;
  /** 1-based page of `pageSize` events, newest first. */
  page?: number;
  pageSize?: number;
}

export interface AuditEntry {
  id: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: unknown;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
}

export async function listAuditEvents(workspaceId: string, f: AuditFilters = {}): Promise<{ entries: AuditEntry[]; total: number; page: number; pageSize: number }> {
  const pageSize = Math.min(Math.max(f.pageSize ?? 50, 1), 200);
  const page = Math.max(f.page ?? 1, 1);
  const createdAt = f.from || f.to ? { ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}), ...(f.to ? { lte: new Date(`${f.to}T23:59:59.999Z`) } : {}) } : undefined;
  const where: Prisma.AuditEventWhereInput = {
    workspaceId,
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorUserId ? { actorUserId: f.actorUserId } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
  const [entries, total] = await Promise.all([
    db().auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, action: true, targetType: true, targetId: true, detail: true, createdAt: true, actor: { select: { id: true, name: true, email: true } } },
    }),
    db().auditEvent.count({ where }),
  ]);
  return { entries, total, page, pageSize };
}

/** The people who appear in the log, for the actor filter (members who left included). */
export async function listAuditActors(workspaceId: string): Promise<{ id: string; name: string; email: string }[]> {
  const rows = await db().auditEvent.findMany({
    where: { workspaceId, actorUserId: { not: null } },
    distinct: ["actorUserId"],
    select: { actor: { select: { id: true, name: true, email: true } } },
    take: 500,
  });
  return rows.flatMap((r) => (r.actor ? [r.actor] : [])).sort((a, b) => a.name.localeCompare(b.name));
}
