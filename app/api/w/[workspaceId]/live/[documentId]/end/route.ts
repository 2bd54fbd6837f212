import { jsonRoute } from "@/lib/auth/route-guard";
import { authorizeLiveWrite } from "@/lib/auth/live-ingest";
import { endLiveMeetingAndAnalyze } from "@/lib/jobs/live";

export const dynamic = "force-dynamic";

/** Ends a running meeting (ingest key or member session): the key is revoked and the full analysis is queued, once. */
export const POST = jsonRoute<{ workspaceId: string; documentId: string }>({ maxBodyBytes: 1024 }, async (req, _body, { workspaceId, documentId }) => {
  await authorizeLiveWrite(req, workspaceId, documentId);
  await endLiveMeetingAndAnalyze(workspaceId, documentId);
  return Response.json({ ended: true, documentId });
});
