import "server-only";
import { toAppError } from "@/lib/errors";

import type { SseEvent } from "./sse-parse";

export type { SseEvent };
export { parseSse } from "./sse-parse";

/**
 * Server-sent events from an async generator: one `event:`/`data:` pair per item (data as one line of
 * JSON), a comment every 15 s so proxies keep the connection open, and an `error` event (code and
 * message) if the generator throws after the stream has started.
 */
export function sseResponse(events: AsyncIterable<SseEvent>, signal?: AbortSignal): Response {
  const encoder = new TextEncoder();
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (s: string) => {
        try {
          controller.enqueue(encoder.encode(s));
        } catch {
          // The client went away; the loop below stops at its next event.
        }
      };
      keepAlive = setInterval(() => write(": keep-alive\n\n"), 15_000);
      try {
        for await (const e of events) {
          if (signal?.aborted) break;
          write(`event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`);
        }
      } catch (e) {
        const err = toAppError(e);
        if (err.code === "INTERNAL") console.error("[api sse]", e);
        write(`event: error\ndata: ${JSON.stringify({ code: err.code, message: err.message })}\n\n`);
      } finally {
        clearInterval(keepAlive);
        try {
          controller.close();
        } catch {
          // already closed by a cancel
        }
      }
    },
    cancel() {
      clearInterval(keepAlive);
    },
  });
  return new Response(body, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no", "X-Content-Type-Options": "nosniff" },
  });
}
