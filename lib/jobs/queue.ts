import "server-only";
import { EventEmitter } from "node:events";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * The queue is the Document row itself: status `uploaded` means "waiting", `parsing` with a fresh
 * lockedAt means "claimed". A claim is one UPDATE … FOR UPDATE SKIP LOCKED, so two workers (or a web
 * process and `npm run worker`) never take the same document; a claim older than STUCK_AFTER is
 * taken again (its worker died), up to MAX_ATTEMPTS.
 */
export const MAX_ATTEMPTS = 3;
export const STUCK_AFTER_SECONDS = 300;

const wake = new EventEmitter();

/** Wakes an in-process worker at once; separate worker processes pick the row up on their next poll. */
export function enqueueParse(documentId: string): void {
  wake.emit("job", documentId);
}

export function onJob(listener: () => void): () => void {
  wake.on("job", listener);
  return () => wake.off("job", listener);
}

export interface Claimed {
  id: string;
  workspaceId: string;
  attempts: number;
}

export async function claimNext(): Promise<Claimed | null> {
  const rows = await db().$queryRaw<Claimed[]>`
    UPDATE "Document" SET status = 'parsing', "lockedAt" = now(), attempts = attempts + 1,
           step = 'parse', progress = 5, "updatedAt" = now()
    WHERE id = (
      SELECT id FROM "Document"
      WHERE attempts < ${MAX_ATTEMPTS}
        AND (status = 'uploaded'
             OR (status = 'parsing' AND "lockedAt" < now() - make_interval(secs => ${STUCK_AFTER_SECONDS})))
      ORDER BY "createdAt"
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id, "workspaceId", attempts`;
  return rows[0] ?? null;
}

/** Claims that died MAX_ATTEMPTS times are failed for good, with a message, instead of lingering. */
export async function failExhausted(): Promise<number> {
  return db().$executeRaw`
    UPDATE "Document" SET status = 'failed', "lockedAt" = NULL, step = NULL, "updatedAt" = now(),
           "errorCode" = 'INTERNAL',
           "errorMessage" = 'Processing stopped ' || attempts || ' times without finishing. The file is kept; press Retry to try again.'
    WHERE status = 'parsing' AND attempts >= ${MAX_ATTEMPTS}
      AND "lockedAt" < now() - make_interval(secs => ${STUCK_AFTER_SECONDS})`;
}

export async function retryDocument(workspaceId: string, documentId: string): Promise<void> {
  const { count } = await db().document.updateMany({
    where: { workspaceId, id: documentId, status: "failed" },
    data: { status: "uploaded", attempts: 0, errorCode: null, errorMessage: null, step: null, progress: 0, lockedAt: null },
  });
  if (count === 0) throw new AppError("CONFLICT", "Only a document whose processing failed can be retried.");
  enqueueParse(documentId);
}
