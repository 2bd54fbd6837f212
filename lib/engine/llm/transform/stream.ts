import { streamText } from "ai";
import { AppError } from "@/lib/errors";
import { countTokens } from "@/lib/text/tokens";
import { withRetries, type CallScope } from "@/lib/engine/llm/call";
import { createQueue } from "@/lib/engine/llm/answer";
import { neutralizeDelimiters } from "@/lib/engine/llm/render";
import { splitByParagraphs, stripWrapping } from "@/lib/engine/llm/transform";
import { transformSystemPrompt, transformUserPrompt } from "@/lib/engine/llm/transform/prompt";

export type TransformStreamPart = { type: "text"; text: string } | { type: "done"; text: string };

/**
 * The document assistant's edits as they are written: the same prompt, chunking and retries as
 * transformWithLlm, but each piece streamed. Pieces go one after the other so the text arrives in
 * order; a piece is retried only while nothing of it has been shown. The last part carries the whole
 * edit cleaned of wrapping (fences, <think>), which is what the caller diffs against the original.
 */
export async function* streamTransformWithLlm(scope: CallScope, text: string, instruction: string): AsyncIterable<TransformStreamPart> {
  const pieces = splitByParagraphs(text, scope.config.chunkTokens);
  const edited: string[] = [];
  for (const [i, piece] of pieces.entries()) {
    if (i > 0) yield { type: "text", text: "\n\n" };
    if (!piece.trim()) {
      edited.push(piece);
      continue;
    }
    const queue = createQueue<string>();
    const system = transformSystemPrompt();
    const prompt = transformUserPrompt({ instruction: neutralizeDelimiters(instruction), text: neutralizeDelimiters(piece) });
    let raw = "";
    const call = withRetries(scope, { task: "transform", chunk: i }, async (signal) => {
      let emitted = false;
      const result = streamText({ model: scope.model, system, prompt, maxRetries: 0, abortSignal: signal, onError: () => {} });
      try {
        for await (const part of result.fullStream) {
          if (part.type === "text-delta" && part.text) {
            emitted = true;
            raw += part.text;
            queue.push(part.text);
          } else if (part.type === "error") throw part.error;
          else if (part.type === "abort") throw new Error("the edit stream was aborted");
          else if (part.type === "finish") {
            return {
              value: undefined,
              promptTokens: part.totalUsage.inputTokens ?? countTokens(system + prompt),
              completionTokens: part.totalUsage.outputTokens ?? countTokens(raw),
            };
          }
        }
        throw new Error("the edit stream ended without finishing");
      } catch (error) {
        if (!emitted) throw error;
        throw new AppError("MODEL_ERROR", `The edit broke off: ${error instanceof Error ? error.message : String(error)}`, { task: "transform" });
      }
    });
    call.then(
      () => queue.close(),
      (error: unknown) => queue.fail(error),
    );
    for await (const delta of queue) yield { type: "text", text: delta };
    const out = stripWrapping(raw);
    // An empty edit must not wipe the user's text.
    if (!out.trim()) throw new AppError("MODEL_ERROR", "The model returned an empty edit; the text was left unchanged.", { task: "transform" });
    edited.push(out);
  }
  yield { type: "done", text: edited.join("\n\n") };
}
