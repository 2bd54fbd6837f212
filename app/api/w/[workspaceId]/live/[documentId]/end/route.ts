import { jsonRoute } from "@/lib/auth/route-guard";
import { endLiveByRequest } from "@/lib/actions/live-routes";

export const dynamic = "force-dynamic";

/** Ends a running meeting (ingest key or member session): the key is revoked and the full analysis is queued, once. */
export const POST = jsonRoute<{ workspaceId: string; documentId: string }>({ maxBodyBytes: 1024 }, async (req, _body, { workspaceId, documentId }) =>
  Response.json(await endLiveByRequest(req, workspaceId, documentId)),
);
