import { generateText } from "ai";
import { AppError } from "@/lib/errors";
import { countTokens } from "@/lib/text/tokens";
import { withRetries, type CallScope } from "@/lib/engine/llm/call";
import { createLimiter } from "@/lib/engine/llm/limit";
import { neutralizeDelimiters } from "@/lib/engine/llm/render";
import { transformSystemPrompt, transformUserPrompt } from "@/lib/engine/llm/transform/prompt";

/**
 * polish / proofread / rewrite (or a free instruction). One call for normal lengths; a text longer
 * than the chunk budget is edited paragraph group by paragraph group, in parallel, and rejoined.
 */
export async function transformWithLlm(scope: CallScope, text: string, instruction: string): Promise<string> {
  const pieces = splitByParagraphs(text, scope.config.chunkTokens);
  const limit = createLimiter(scope.config.concurrency);
  const edited = await Promise.all(pieces.map((piece) => limit(() => transformPiece(scope, piece, instruction))));
  return edited.join("\n\n");
}

async function transformPiece(scope: CallScope, text: string, instruction: string): Promise<string> {
  if (!text.trim()) return text;
  const system = transformSystemPrompt();
  const prompt = transformUserPrompt({ instruction: neutralizeDelimiters(instruction), text: neutralizeDelimiters(text) });
  const { value } = await withRetries(scope, { task: "transform" }, async (signal) => {
    const result = await generateText({ model: scope.model, system, prompt, maxRetries: 0, abortSignal: signal });
    const out = stripWrapping(result.text);
    return {
      value: out,
      promptTokens: result.usage.inputTokens ?? countTokens(system + prompt),
      completionTokens: result.usage.outputTokens ?? countTokens(out),
      invalid: out.trim() ? undefined : "empty reply",
    };
  });
  // An empty edit must not wipe the user's text.
  if (!value.trim()) throw new AppError("MODEL_ERROR", "The model returned an empty edit; the text was left unchanged.", { task: "transform" });
  return value;
}

/** Removes <think>…</think> blocks in one pass (the lazy regex rescanned from every unclosed <think>). */
function dropThinking(reply: string): string {
  const lower = reply.toLowerCase();
  let out = "";
  let i = 0;
  for (;;) {
    const open = lower.indexOf("<think>", i);
    const close = open < 0 ? -1 : lower.indexOf("</think>", open + 7);
    if (close < 0) return out + reply.slice(i);
    out += reply.slice(i, open);
    i = close + 8;
  }
}

/** Models sometimes echo our delimiters or wrap the whole reply in a fence. */
export function stripWrapping(reply: string): string {
  let out = dropThinking(reply).trim();
  const fence = out.match(/^```[\w-]*\n([\s\S]*?)\n```$/);
  if (fence) out = fence[1];
  const tagged = out.match(/^<text>\n?([\s\S]*?)\n?<\/text>$/);
  if (tagged) out = tagged[1];
  return out;
}

export function splitByParagraphs(text: string, budgetTokens: number): string[] {
  if (countTokens(text) <= budgetTokens) return [text];
  const pieces: string[] = [];
  let current: string[] = [];
  let tokens = 0;
  for (const para of text.split(/\n\s*\n/)) {
    const t = countTokens(para);
    if (current.length && tokens + t > budgetTokens) {
      pieces.push(current.join("\n\n"));
      current = [];
      tokens = 0;
    }
    current.push(para);
    tokens += t;
  }
  if (current.length) pieces.push(current.join("\n\n"));
  return pieces;
}
