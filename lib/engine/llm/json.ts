import { jsonrepair } from "jsonrepair";
import type { z } from "zod";

/**
 * Getting JSON out of models that do not always return clean JSON: reasoning blocks, code fences,
 * prose around the object, trailing commas, single quotes, Python literals, raw newlines in
 * strings, and output cut off by the token limit. The result is still validated with the task's
 * zod schema; repair only makes a parse possible, it never invents content.
 */

/** The part of a reply that should be the JSON value: no <think> block, fences or surrounding prose. */
export function extractJsonCandidate(reply: string): string {
  let text = reply.replace(/<think>[\s\S]*?(<\/think>|$)/gi, "");
  const fenced = text.match(/```(?:json|JSON)?\s*\n?([\s\S]*?)(```|$)/);
  if (fenced && /[{[]/.test(fenced[1])) text = fenced[1];
  const start = text.search(/[{[]/);
  if (start < 0) return text.trim();
  const end = scanBrackets(text, start).close;
  return (end < 0 ? text.slice(start) : text.slice(start, end + 1)).trim();
}

/**
 * Where the bracket at `start` closes (-1: the text ends first, i.e. it was cut off), and the end of
 * the last object or array completed before that point, strings skipped.
 */
function scanBrackets(text: string, start: number): { close: number; lastClosed: number } {
  let depth = 0;
  let lastClosed = -1;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) return { close: i, lastClosed: i };
      lastClosed = i;
    }
  }
  return { close: -1, lastClosed };
}

/** Near-JSON (trailing commas, single quotes, Python literals, bare keys, comments, cut-off output) made JSON, by jsonrepair. */
export function repairJson(input: string): string {
  return repairJsonVariants(input)[0] ?? input;
}

/**
 * The repaired text, and for output cut off mid-way a second variant that ends after the last
 * complete object or array: the half-written last item usually fails the schema, the rest need not.
 */
export function repairJsonVariants(input: string): string[] {
  const variants: string[] = [];
  const attempt = (text: string) => {
    try {
      variants.push(jsonrepair(text));
    } catch {
      // beyond repair: the other variant, or the caller's "invalid JSON", says so
    }
  };
  // No object or array at all (a refusal in prose): nothing to repair; jsonrepair would make it a JSON string.
  const start = input.search(/[{[]/);
  if (start < 0) return variants;
  attempt(input);
  const { close, lastClosed } = scanBrackets(input, start);
  if (close < 0 && lastClosed > 0) attempt(input.slice(0, lastClosed + 1));
  return variants;
}

export type JsonParseResult<T> = { ok: true; value: T; repaired: boolean } | { ok: false; error: string };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 6)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}

/** Parse a model reply with the schema: as is, then extracted, then repaired. */
export function parseModelJson<S extends z.ZodType>(reply: string, schema: S): JsonParseResult<z.output<S>> {
  // Cheapest first: most replies are clean JSON and never reach the repairs.
  const candidates = function* () {
    const raw = reply.trim();
    yield raw;
    const extracted = extractJsonCandidate(reply);
    if (extracted !== raw) yield extracted;
    yield* repairJsonVariants(extracted);
  };
  let lastError = "the reply contains no JSON object";
  let shapeError: string | null = null;
  let k = 0;
  for (const text of candidates()) {
    const repaired = k++ > 0;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      lastError = `invalid JSON: ${(e as Error).message}`;
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return { ok: true, value: parsed.data, repaired };
    shapeError ??= `JSON does not match the schema: ${describeIssues(parsed.error)}`;
  }
  return { ok: false, error: shapeError ?? lastError };
}
