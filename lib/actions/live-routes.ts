import "server-only";
import { AppError } from "@/lib/errors";
import { requireMember } from "@/lib/auth/guards";
import { authorizeLiveWrite } from "@/lib/auth/live-ingest";
import { getLiveState, listLinesAfter } from "@/lib/db/live";
import { endLiveMeetingAndAnalyze, ingestLiveLines } from "@/lib/jobs/live";
import { liveVersion, waitForLive } from "@/lib/pipelines/live-bus";
import { LiveBatchSchema } from "./live.schema";

/**
 * What the live meeting's route handlers do (app/api/w/[workspaceId]/live/[documentId]/…), kept here
 * so routes stay thin: ingest a batch, end the meeting, and the server-sent event stream.
 */

export async function postLiveBatch(req: Request, raw: unknown, workspaceId: string, documentId: string) {
  await authorizeLiveWrite(req, workspaceId, documentId);
  const parsed = LiveBatchSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError("INVALID_INPUT", `${first?.path.length ? `${first.path.join(".")}: ` : ""}${first?.message ?? "invalid batch"}`);
  }
  const lines = parsed.data.segments.map((s) => ({ speaker: s.speaker ?? null, text: s.text, startMs: s.startMs, endMs: s.endMs ?? null }));
  return ingestLiveLines(workspaceId, documentId, lines);
}

export async function endLiveByRequest(req: Request, workspaceId: string, documentId: string) {
  await authorizeLiveWrite(req, workspaceId, documentId);
  await endLiveMeetingAndAnalyze(workspaceId, documentId);
  return { ended: true, documentId };
}

/** Longest wait between two looks at the database: a batch posted to another instance shows within it. */
const POLL_MS = 1000;
/** A comment line this often keeps proxies from closing an idle stream. */
const KEEPALIVE_MS = 15_000;
const PAGE = 500;

/**
 * Server-sent events of a live meeting for any member: `lines` (new transcript lines after `?after=`
 * or the Last-Event-ID a reconnecting EventSource sends), `state` (status and rolling minutes when
 * they change). The stream closes once the meeting's analysis is ready or failed.
 */
export async function liveEventStream(req: Request, workspaceId: string, documentId: string): Promise<ReadableStream<Uint8Array>> {
  await requireMember(workspaceId, "viewer");
  if (!(await getLiveState(workspaceId, documentId))) throw new AppError("NOT_FOUND", "This live meeting does not exist in this workspace.");
  const given = req.headers.get("last-event-id") ?? new URL(req.url).searchParams.get("after") ?? "-1";
  let after = /^-?\d{1,9}$/.test(given) ? Number(given) : -1;
  const encoder = new TextEncoder();
  const signal = req.signal;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (chunk: string) => controller.enqueue(encoder.encode(chunk));
      let lastState = "";
      let lastBeat = Date.now();
      try {
        send("retry: 1000\n\n");
        while (!signal.aborted) {
          const seen = liveVersion(documentId);
          const lines = await listLinesAfter(workspaceId, documentId, after, PAGE);
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
          if (lines.length === PAGE) continue; // more are waiting: no pause
          if (Date.now() - lastBeat > KEEPALIVE_MS) {
            lastBeat = Date.now();
            send(": keep-alive\n\n");
          }
          await waitForLive(documentId, seen, POLL_MS, signal);
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
}
