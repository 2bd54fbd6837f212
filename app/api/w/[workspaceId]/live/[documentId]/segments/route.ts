import { jsonRoute } from "@/lib/auth/route-guard";
import { authorizeLiveWrite } from "@/lib/auth/live-ingest";
import { LiveBatchSchema, MAX_BATCH_BYTES } from "@/lib/actions/live.schema";
import { AppError } from "@/lib/errors";
import { ingestLiveLines } from "@/lib/jobs/live";

export const dynamic = "force-dynamic";

/**
 * A batch of transcript lines for a running meeting: `{ segments: [{ speaker, text, startMs, endMs }] }`,
 * authenticated by the meeting's ingest key (`Authorization: Bearer …`) or a member's session.
 * Answers `{ appended, duplicates, lastIndex }`; a batch sent again appends nothing.
 */
export const POST = jsonRoute<{ workspaceId: string; documentId: string }>({ maxBodyBytes: MAX_BATCH_BYTES }, async (req, raw, { workspaceId, documentId }) => {
  await authorizeLiveWrite(req, workspaceId, documentId);
  const parsed = LiveBatchSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError("INVALID_INPUT", `${first?.path.length ? `${first.path.join(".")}: ` : ""}${first?.message ?? "invalid batch"}`);
  }
  const lines = parsed.data.segments.map((s) => ({ speaker: s.speaker ?? null, text: s.text, startMs: s.startMs, endMs: s.endMs ?? null }));
  return Response.json(await ingestLiveLines(workspaceId, documentId, lines));
});
