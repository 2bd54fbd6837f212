/**
 * `jiyao proofread <file> [--engine local|llm] [--json] [--spacing] [--accept word,word…] [--accept-file path]`
 * Prints `{ "suggestions": [{ start, end, original, replacement, kind, reason }] }` with --json;
 * offsets are JavaScript string indexes into the decoded file text (see lib/ingest/editable-text.ts
 * for .docx / .pdf, whose text is their paragraphs one per line). Otherwise a readable list.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { acceptList, proofreadLocal } from "@/lib/engine/local/proofread";
import type { Suggestion } from "@/lib/engine/suggestions";
import { parseArgs } from "@/lib/eval/pipeline";
import { editableText } from "@/lib/ingest/editable-text";
import { LIMITS } from "@/lib/ingest/limits";

const USAGE = "usage: jiyao proofread <file> [--engine local|llm] [--json] [--spacing] [--accept word,word…] [--accept-file path]";

async function readInput(file: string): Promise<Uint8Array> {
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new Error("not a file");
    if (st.size > LIMITS.maxBytes) throw new AppError("FILE_TOO_LARGE", `This file is larger than the ${Math.round(LIMITS.maxBytes / 1024 / 1024)} MB limit.`);
    return new Uint8Array(await readFile(file));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("NOT_FOUND", `No such file: ${file}`);
  }
}

async function acceptedWords(flags: Record<string, string | true>): Promise<string[]> {
  const words = typeof flags.accept === "string" ? flags.accept.split(",") : [];
  if (typeof flags["accept-file"] === "string") {
    const file = flags["accept-file"];
    const body = await readFile(file, "utf8").catch(() => {
      throw new AppError("NOT_FOUND", `No such accept-list file: ${file}`);
    });
    words.push(...body.split(/\r?\n/));
  }
  return words;
}

function listing(text: string, suggestions: Suggestion[]): string {
  if (!suggestions.length) return "No suggestions.";
  return suggestions
    .map((s) => {
      const line = text.slice(0, s.start).split("\n").length;
      return `${line}:${s.start}-${s.end} [${s.kind}] "${s.original}" → "${s.replacement}" — ${s.reason}`;
    })
    .join("\n");
}

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ["engine", "accept", "accept-file"]);
  const file = positional[0];
  if (!file || positional.length > 1) throw new AppError("INVALID_INPUT", USAGE);
  const engine = flags.engine ?? "local";
  if (engine !== "local" && engine !== "llm") throw new AppError("INVALID_INPUT", `Unknown engine "${String(engine)}" (use local or llm).`);
  const accept = acceptList(await acceptedWords(flags));
  const { text, skip } = await editableText(await readInput(file), path.basename(file));
  let suggestions: Suggestion[];
  if (engine === "llm") {
    const { proofreadWithConfiguredModel } = await import("@/lib/engine/llm/proofread/configured");
    suggestions = await proofreadWithConfiguredModel(text);
  } else {
    suggestions = proofreadLocal(text, { skip, spacing: flags.spacing === true, accept });
  }
  process.stdout.write(flags.json ? `${JSON.stringify({ suggestions }, null, 2)}\n` : `${listing(text, suggestions)}\n`);
  return 0;
}
