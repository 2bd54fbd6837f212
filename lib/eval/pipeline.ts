/**
 * The upload path the CLI shares with the web app: bytes → parseDocument → chunkSegments → engine.
 * The LLM engine's registry is imported lazily so `--engine local` never loads the AI SDK.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chunkSegments } from "@/lib/chunk";
import type { Chunk } from "@/lib/chunk/types";
import type { Engine } from "@/lib/engine/types";
import { localEngine } from "@/lib/engine/local";
import { AppError } from "@/lib/errors";
import { parseDocument } from "@/lib/ingest";
import type { IngestInput, ParsedDoc } from "@/lib/ingest/types";

export interface Loaded {
  doc: ParsedDoc;
  chunks: Chunk[];
}

export async function ingest(input: IngestInput): Promise<Loaded> {
  const doc = await parseDocument(input);
  return { doc, chunks: chunkSegments(doc.segments) };
}

export async function loadFile(file: string): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    throw new AppError("NOT_FOUND", `Cannot read ${file}.`);
  }
  return ingest({ bytes, fileName: path.basename(file) });
}

export async function pickEngine(name: string | undefined): Promise<Engine> {
  if (!name || name === "local") return localEngine;
  if (name !== "llm") throw new AppError("INVALID_INPUT", `Unknown engine "${name}" (use local or llm).`);
  const registry = (await import("@/lib/engine/registry")) as { getEngine(name?: "local" | "llm"): Engine };
  return registry.getEngine("llm");
}

/** Minimal flag parsing: `--name value`, `--flag`, and positionals in order. */
export function parseArgs(argv: string[], valueFlags: string[]): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const [k, inline] = a.slice(2).split("=", 2);
      if (inline !== undefined) flags[k] = inline;
      else if (valueFlags.includes(k) && i + 1 < argv.length) flags[k] = argv[++i];
      else flags[k] = true;
    } else positional.push(a);
  }
  return { positional, flags };
}
