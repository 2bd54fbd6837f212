import { requireMember } from "@/lib/auth/guards";
import { errorResponse } from "@/lib/auth/route-guard";
import { AppError } from "@/lib/errors";
import { getLiveState, listLinesAfter } from "@/lib/db/live";
import { waitForLive } from "@/lib/pipelines/live-bus";

export const dynamic = "force-dynamic";

/** Longest wait between two looks at the database: a batch posted to another instance shows within it. */
const POLL_MS = 1000;
/** A comment line this often keeps proxies from closing an idle stream. */
const KEEPALIVE_MS = 15_000;

/**
 * Server-sent events of a live meeting for any member: `lines` (new transcript lines after `?after=`
 * or the Last-Event-ID a reconnecting EventSource sends), `state` (status and rolling minutes when
 * they change). The stream closes once the meeting's analysis is ready or failed.
 */
export async function GET(req: Request, { params }: { params: Promise<{ workspaceId: string; documentId: string }> }) {
  try {
    const { workspaceId, documentId } = await params;
    await requireMember(workspaceId, "viewer");
    const first = await getLiveState(workspaceId, documentId);
    if (!first) throw new AppError("NOT_FOUND", "This live meeting does not exist in this workspace.");
    const given = req.headers.get("last-event-id") ?? new URL(req.url).searchParams.get("after") ?? "-1";
    let after = /^-?\d{1,9}$/.test(given) ? Number(given) : -1;
    const encoder = new TextEncoder();
    const signal = req.signal;

    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (chunk: string) => controller.enqueue(encoder.encode(chunk));
        let lastState = "";
        let lastBeat = Date.now();
        try {
          send("retry: 1000\n\n");
          while (!signal.aborted) {
            const lines = await listLinesAfter(workspaceId, documentId, after);
            if (lines.length) {
              after = lines.at(-1)!.index;
              send(`id: ${after}\nevent: lines\ndata: ${JSON.stringify({ lines })}\n\n`);
            }
            const state = await getLiveState(workspaceId, documentId);
            if (!state) break;
            const summary = JSON.stringify({ status: state.status, rollingAt: state.rollingAt, rolling: state.rolling, rollingUpTo: state.rollingUpTo });
            if (summary !== lastState) {
              lastState = summary;
              send(`event: state\ndata: ${summary}\n\n`);
            }
            if (state.status === "ready" || state.status === "failed") break;
            if (lines.length === 500) continue; // more waiting: no pause
            if (Date.now() - lastBeat > KEEPALIVE_MS) {
              lastBeat = Date.now();
              send(": keep-alive\n\n");
            }
            await waitForLive(documentId, POLL_MS, signal);
          }
        } catch (e) {
          if (!signal.aborted) console.error(`[live] events of ${documentId}:`, e);
        } finally {
          try {
            controller.close();
          } catch {
            // the client went away first
          }
        }
      },
    });
    return new Response(body, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no", Connection: "keep-alive" } });
  } catch (e) {
    return errorResponse(e);
  }
}
