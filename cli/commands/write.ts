/**
 * `jiyao write <template> <file…> [--engine local|llm] [--json]`
 * A draft from meetings (minutes-zh, minutes-en, followup-email, weekly-report, meeting-notice): each
 * file is analyzed as `jiyao analyze` does, then the template is filled from the analyses. Markdown
 * with a citation marker per item, or JSON with each item's citations and source file.
 */
import path from "node:path";
import type { Draft } from "@/lib/engine/draft-types";
import { buildDraft, DRAFT_TEMPLATES, draftToMarkdown, findTemplate, type DraftInput } from "@/lib/engine/local/draft";
import { AppError } from "@/lib/errors";
import { loadFile, parseArgs, pickEngine } from "@/lib/eval/pipeline";

const USAGE = `usage: jiyao write <template> <file…> [--engine local|llm] [--json]\ntemplates:\n${DRAFT_TEMPLATES.map((t) => `  ${t.id.padEnd(15)} ${t.description}`).join("\n")}`;

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ["engine"]);
  const [templateId, ...files] = positional;
  if (!templateId || !files.length) throw new AppError("INVALID_INPUT", USAGE);
  const template = findTemplate(templateId);
  if (!template) throw new AppError("INVALID_INPUT", `Unknown template "${templateId}".\n${USAGE}`);
  const engineName = typeof flags.engine === "string" ? flags.engine : undefined;
  const engine = await pickEngine(engineName);
  const inputs: DraftInput[] = [];
  for (const file of files) {
    const { doc, chunks } = await loadFile(file);
    inputs.push({ source: path.basename(file), doc, analysis: await engine.analyze(doc, chunks, {}) });
  }
  let draft: Draft;
  if (engine.name === "llm") {
    const { draftWithConfiguredModel } = await import("@/lib/engine/llm/draft/configured");
    draft = await draftWithConfiguredModel(template, inputs);
  } else draft = buildDraft(template, inputs);
  process.stdout.write(flags.json ? `${JSON.stringify(draft, null, 2)}\n` : draftToMarkdown(draft));
  return 0;
}
