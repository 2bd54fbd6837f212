import "server-only";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { hashIngestKey, liveKeyMatches } from "@/lib/db/live";
import { requireMember } from "./guards";
import { rateLimit } from "./rate-limit";

/**
 * Who may post to (or end) a live meeting: a request with the meeting's ingest key
 * (`Authorization: Bearer jyl_…`, for captioning bots, ASR clients and scripts, no browser session),
 * or a signed-in member with the member role or higher. A key that is wrong, revoked or another
 * meeting's is refused as such, without falling back to the session, so a script learns its key is
 * bad. Each meeting is rate limited, whoever posts.
 */
export async function authorizeLiveWrite(req: Request, workspaceId: string, documentId: string): Promise<{ by: "key" } | { by: "member"; userId: string }> {
  const limit = rateLimit(`live:${documentId}`, env().LIVE_INGEST_BATCHES_PER_MINUTE, 60_000);
  if (!limit.ok) throw new AppError("RATE_LIMITED", `Too many batches for this meeting; wait ${Math.ceil(limit.retryAfterMs / 1000)} s and send them together.`);
  const header = req.headers.get("authorization");
  if (header) {
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!key || !(await liveKeyMatches(workspaceId, documentId, hashIngestKey(key)))) {
      throw new AppError("UNAUTHENTICATED", "This ingest key is not valid for this meeting (wrong, or revoked when the meeting ended).");
    }
    return { by: "key" };
  }
  const ctx = await requireMember(workspaceId, "member");
  return { by: "member", userId: ctx.user.id };
}
