import { errorResponse } from "@/lib/auth/route-guard";
import { liveEventStream } from "@/lib/actions/live-routes";

export const dynamic = "force-dynamic";

/** Server-sent events of a live meeting (lib/actions/live-routes.ts liveEventStream): new lines, rolling minutes, the end. */
export async function GET(req: Request, { params }: { params: Promise<{ workspaceId: string; documentId: string }> }) {
  try {
    const { workspaceId, documentId } = await params;
    const body = await liveEventStream(req, workspaceId, documentId);
    return new Response(body, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" } });
  } catch (e) {
    return errorResponse(e);
  }
}
