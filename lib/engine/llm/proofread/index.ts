/**
 * Proofreading with a model, returning the same suggestions as the offline rules. The text is sent
 * as delimited data in paragraph groups within the chunk budget (in parallel, bounded); the model
 * quotes each error and we locate it, so every suggestion's offsets are checked against the text:
 * one that cannot be found exactly is dropped, never guessed.
 */
import { verifySuggestions, type Suggestion } from "@/lib/engine/suggestions";
import { countTokens } from "@/lib/text/tokens";
import { generateStructured, type CallScope } from "@/lib/engine/llm/call";
import { createLimiter } from "@/lib/engine/llm/limit";
import { neutralizeDelimiters } from "@/lib/engine/llm/render";
import { proofreadSystemPrompt, proofreadUserPrompt } from "./prompt";
import { ModelProofreadSchema, type ModelSuggestion } from "./schema";

/** Paragraph groups of at most `budget` tokens, with their offsets in the text. */
export function pieces(text: string, budget: number): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  let tokens = 0;
  const re = /\n\s*\n/g;
  let paraStart = 0;
  const flush = (end: number) => {
    if (end > start) out.push({ start, text: text.slice(start, end) });
    start = end;
    tokens = 0;
  };
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const paraEnd = m ? m.index + m[0].length : text.length;
    const t = countTokens(text.slice(paraStart, paraEnd));
    if (tokens > 0 && tokens + t > budget) flush(paraStart);
    tokens += t;
    paraStart = paraEnd;
    if (!m) break;
  }
  flush(text.length);
  return out;
}

/** Offsets for the model's quotes, searching forward so repeated words map to the right place. */
export function locate(piece: string, offset: number, found: ModelSuggestion[]): Suggestion[] {
  const out: Suggestion[] = [];
  let from = 0;
  for (const s of found) {
    let at = s.before ? piece.indexOf(s.before + s.original, from) : -1;
    if (at >= 0) at += s.before.length;
    else at = piece.indexOf(s.original, from);
    if (at < 0) at = piece.indexOf(s.original);
    if (at < 0) continue;
    out.push({
      start: offset + at,
      end: offset + at + s.original.length,
      original: s.original,
      replacement: s.replacement,
      kind: s.kind,
      reason: s.reason || "Suggested by the model",
    });
    from = at + s.original.length;
  }
  return out;
}

export async function proofreadWithLlm(scope: CallScope, text: string): Promise<Suggestion[]> {
  const limit = createLimiter(scope.config.concurrency);
  const parts = pieces(text, scope.config.chunkTokens);
  const results = await Promise.all(
    parts.map((p, i) =>
      limit(async () => {
        if (!p.text.trim()) return [];
        const reply = await generateStructured(
          scope,
          { task: "transform", chunk: i },
          { system: proofreadSystemPrompt(), prompt: proofreadUserPrompt(neutralizeDelimiters(p.text)), schema: ModelProofreadSchema },
        );
        return locate(
          p.text,
          p.start,
          reply.suggestions.filter((s): s is ModelSuggestion => s !== null),
        );
      }),
    ),
  );
  return verifySuggestions(text, results.flat());
}
