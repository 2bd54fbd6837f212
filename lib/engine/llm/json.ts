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
  const end = matchingClose(text, start);
  return (end < 0 ? text.slice(start) : text.slice(start, end + 1)).trim();
}

/** Index of the bracket closing the one at `start`, or -1 when the text ends first (truncated). */
function matchingClose(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"') quote = ch;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

// Sticky: matched at a position without copying the rest of the input (replies can be long).
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const AFTER_KEY = /\s*:/y;
const LITERALS: Record<string, string> = { True: "true", False: "false", None: "null", undefined: "null", NaN: "null" };

/** One pass over the text that rewrites common near-JSON into JSON. */
export function repairJson(input: string): string {
  return repairJsonVariants(input)[0];
}

/**
 * The repaired text, and for output cut off mid-way a second variant that ends after the last
 * complete object or array: the half-written last item usually fails the schema, the rest need not.
 */
export function repairJsonVariants(input: string): string[] {
  let out = "";
  const stack: string[] = [];
  let lastComplete: { length: number; stack: string[] } | null = null;
  let quote: string | null = null;
  const dropTrailingComma = () => {
    out = out.trimEnd();
    if (out.endsWith(",")) out = out.slice(0, -1);
  };
  // Models often forget the comma between two values: `} {`, `"a" "b"`.
  const commaIfMissing = () => {
    if (stack.length && /(["}\]\d]|true|false|null)$/.test(out.trimEnd())) out += ",";
  };

  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quote) {
      if (ch === "\\") {
        out += ch + (input[i + 1] ?? "");
        i++;
      } else if (ch === quote) {
        out += '"';
        quote = null;
      } else if (ch === '"') out += '\\"'; // a double quote inside a single-quoted string
      else if (ch === "\n") out += "\\n";
      else if (ch === "\r") out += "\\r";
      else if (ch === "\t") out += "\\t";
      else out += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      commaIfMissing();
      quote = ch;
      out += '"';
    } else if (ch === "{" || ch === "[") {
      commaIfMissing();
      stack.push(ch === "{" ? "}" : "]");
      out += ch;
    } else if (ch === "}" || ch === "]") {
      dropTrailingComma();
      stack.pop();
      out += ch;
      lastComplete = { length: out.length, stack: [...stack] };
    } else if (ch === "/" && input[i + 1] === "/") {
      while (i < input.length && input[i] !== "\n") i++;
    } else if (ch === "/" && input[i + 1] === "*") {
      const close = input.indexOf("*/", i + 2);
      i = close < 0 ? input.length : close + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      WORD.lastIndex = i;
      const word = WORD.exec(input)![0];
      AFTER_KEY.lastIndex = i + word.length;
      const isKey = AFTER_KEY.test(input);
      if (isKey) commaIfMissing();
      out += isKey ? `"${word}"` : (LITERALS[word] ?? word);
      i += word.length - 1;
    } else out += ch;
  }
  if (!stack.length && !quote) return [out];
  // Output cut off mid-way: close the open string, drop a dangling key or comma, close brackets.
  const variants: string[] = [];
  if (quote) out += '"';
  out = out.trimEnd();
  if (out.endsWith(":")) out += "null";
  dropTrailingComma();
  variants.push(out + [...stack].reverse().join(""));
  if (lastComplete && lastComplete.stack.length) {
    variants.push(out.slice(0, lastComplete.length) + [...lastComplete.stack].reverse().join(""));
  }
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
