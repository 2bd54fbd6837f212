import { requireMember } from "@/lib/auth/guards";
import { jsonRoute } from "@/lib/auth/route-guard";
import { AskSchema } from "@/lib/actions/ask.schema";
import { askAndRecord } from "@/lib/actions/ask-stream";
import { toAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * Streams a grounded answer as NDJSON lines ({type:"text"|"citations"|"done"|"error", …}), then
 * stores the question. Any member, viewers included, may ask: asking only reads the document.
 */
// A 2,000-character question is at most 8 KB of UTF-8; the rest is a document id and a number.
export const POST = jsonRoute<{ workspaceId: string }>({ maxBodyBytes: 16 * 1024 }, async (req, raw, { workspaceId }) => {
  const ctx = await requireMember(workspaceId, "viewer");
  const parsed = AskSchema.safeParse(raw);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "invalid input" }, { status: 400 });
  // Resolved before streaming, so "no such document" is a plain 404, not an error inside a 200 stream.
  const answer = await askAndRecord({ workspaceId, userId: ctx.user.id }, parsed.data, req.signal);

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (part: object) => controller.enqueue(encoder.encode(`${JSON.stringify(part)}\n`));
      try {
        for await (const part of answer.parts) send(part);
      } catch (e) {
        send({ type: "error", error: toAppError(e).message });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
});
