import { requireMember } from "@/lib/auth/guards";
import { jsonRoute } from "@/lib/auth/route-guard";
import { AssistStreamSchema } from "@/lib/actions/writings.schema";
import { modelAvailableFor, streamAssist } from "@/lib/actions/writing-stream";
import { AppError, toAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * The document assistant's model edits (polish, rewrite, expand, shorten, continue, translate,
 * summarize), streamed as NDJSON lines: {type:"text", text} as the model writes, then
 * {type:"done", text} with the whole edit, or {type:"error", error}. Members only (it edits).
 */
// 100,000 characters of CJK text is at most 400 KB of UTF-8.
export const POST = jsonRoute<{ workspaceId: string }>({ maxBodyBytes: 450 * 1024 }, async (req, raw, { workspaceId }) => {
  await requireMember(workspaceId, "member");
  const parsed = AssistStreamSchema.safeParse(raw);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "invalid input" }, { status: 400 });
  // Checked before streaming, so "needs a model" is a plain error, not one inside a 200 stream.
  if (!(await modelAvailableFor(workspaceId)))
    throw new AppError("MODEL_NOT_CONFIGURED", "This needs a language model: set one in the workspace settings (or MODEL_BASE_URL on the server).");
  const parts = streamAssist(workspaceId, parsed.data.action, parsed.data.text, req.signal);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (part: object) => controller.enqueue(encoder.encode(`${JSON.stringify(part)}\n`));
      try {
        for await (const part of parts) send(part);
      } catch (e) {
        send({ type: "error", error: toAppError(e).message });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
});
