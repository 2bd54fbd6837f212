import { existsSync } from "node:fs";
import path from "node:path";
import { localEngine } from "@/lib/engine/local";
import type { DraftInput } from "@/lib/engine/local/draft";
import { loadCase, renderCase } from "@/lib/eval/cases";
import { ingest } from "@/lib/eval/pipeline";

const OFFICE = "/work/shared/corpus/office";

/** An office meeting from the corpus, rendered as the upload a user would make and analyzed as `jiyao analyze` does. */
export async function officeInput(id: string): Promise<DraftInput> {
  const file = path.join(OFFICE, `${id}.json`);
  if (!existsSync(file)) throw new Error(`The evaluation corpus is missing: ${file} not found (see /work/shared/corpus/README.md).`);
  const rendered = renderCase(loadCase(file));
  const { doc, chunks } = await ingest({ bytes: new TextEncoder().encode(rendered.text), fileName: rendered.fileName });
  return { source: rendered.fileName, doc, analysis: await localEngine.analyze(doc, chunks, {}) };
}
