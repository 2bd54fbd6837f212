import { requireMember } from "@/lib/auth/guards";
import { jsonRoute } from "@/lib/auth/route-guard";
import { AskSchema } from "@/lib/actions/ask.schema";
import { saveQuestion } from "@/lib/db/questions";
import { toAppError } from "@/lib/errors";
import { askDocument } from "@/lib/pipelines/ask-document";
import { askLibrary, type LibrarySource } from "@/lib/pipelines/ask-library";

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
  const input = parsed.data;
  // Resolved before streaming, so "no such document" is a plain 404, not an error inside a 200 stream.
  const answer = input.documentId
    ? await askDocument(workspaceId, input.documentId, input.question, { signal: req.signal, nowMs: input.nowMs })
    : await askLibrary(workspaceId, input.question, { signal: req.signal });

  const encoder = new TextEncoder();
  const user = ctx.user;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (part: object) => controller.enqueue(encoder.encode(`${JSON.stringify(part)}\n`));
      let text = "";
      let cited: { documentId: string; segment: number }[] = [];
      let failed = false;
      try {
        for await (const part of answer.parts) {
          if (part.type === "text") text += part.text ?? "";
          if (part.type === "citations") {
            const sources = (part as { sources?: LibrarySource[] }).sources;
            cited = sources
              ? sources.map((s) => ({ documentId: s.documentId, segment: s.segment }))
              : (part.citations ?? []).map((segment) => ({ documentId: input.documentId!, segment }));
          }
          if (part.type === "error") failed = true;
          send(part);
        }
        if (!failed && text.trim()) {
          await saveQuestion({
            workspaceId,
            documentId: input.documentId ?? null,
            userId: user.id,
            question: input.question,
            answer: text.trim(),
            citations: cited,
            found: cited.length > 0,
            engine: answer.engine,
          });
        }
      } catch (e) {
        send({ type: "error", error: toAppError(e).message });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
});
