import "server-only";
import { db } from "./client";
import { deleteDocument } from "./documents";
import { isAppError } from "@/lib/errors";

/**
 * Retention: in every workspace whose settings keep documents N days, documents uploaded more than N
 * days ago are deleted with everything derived from them (deleteDocument: original, transcript,
 * minutes, to-dos, share links, answers citing them), each in its own transaction with an audit line
 * by "System". Run by every worker on a timer (lib/jobs/worker.ts); two sweeps at once are harmless —
 * the second finds the document gone.
 */
export async function purgeExpiredDocuments(now: Date = new Date(), batch = 200): Promise<{ workspaceId: string; deleted: number }[]> {
  const policies = await db().workspaceSettings.findMany({ where: { retentionDays: { not: null } }, select: { workspaceId: true, retentionDays: true } });
  const results: { workspaceId: string; deleted: number }[] = [];
  for (const p of policies) {
    const cutoff = new Date(now.getTime() - (p.retentionDays as number) * 86_400_000);
    const expired = await db().document.findMany({
      where: { workspaceId: p.workspaceId, createdAt: { lt: cutoff } },
      select: { id: true },
      orderBy: { createdAt: "asc" },
      take: batch,
    });
    let deleted = 0;
    for (const d of expired) {
      try {
        await deleteDocument(p.workspaceId, d.id, null, "document.purged");
        deleted++;
      } catch (e) {
        if (!(isAppError(e) && e.code === "NOT_FOUND")) throw e;
      }
    }
    if (deleted) results.push({ workspaceId: p.workspaceId, deleted });
  }
  return results;
}
