import { jsonRoute } from "@/lib/auth/route-guard";
import { MAX_BATCH_BYTES } from "@/lib/actions/live.schema";
import { postLiveBatch } from "@/lib/actions/live-routes";

export const dynamic = "force-dynamic";

/**
 * A batch of transcript lines for a running meeting: `{ segments: [{ speaker, text, startMs, endMs }] }`,
 * authenticated by the meeting's ingest key (`Authorization: Bearer …`) or a member's session.
 * Answers `{ appended, duplicates, lastIndex }`; a batch sent again appends nothing.
 */
export const POST = jsonRoute<{ workspaceId: string; documentId: string }>({ maxBodyBytes: MAX_BATCH_BYTES }, async (req, raw, { workspaceId, documentId }) =>
  Response.json(await postLiveBatch(req, raw, workspaceId, documentId)),
);
