/**
 * `jiyao eval <dir> [--engine local|llm] [--out preds.json] [--halves] [--honesty]`
 * Runs every case file under <dir> through the same ingest → chunk → engine path as an upload,
 * prints running time per case, a ROUGE F1 ×100 table and a to-do/decision table (see docs/EVAL.md),
 * and writes the predictions: [{ id, summary, queries, sections, outline, todos, decisions }].
 */
import { writeFileSync } from "node:fs";
import { chunkSegments } from "@/lib/chunk";
import { AppError } from "@/lib/errors";
import { parseDocument } from "@/lib/ingest";
import { listCaseFiles, loadCase } from "@/lib/eval/cases";
import { parseArgs, pickEngine } from "@/lib/eval/pipeline";
import { buildReport, formatReport } from "@/lib/eval/report";
import { buildCommitmentReport, formatCommitmentReport } from "@/lib/eval/commitments-report";
import { evalCase, type CaseResult } from "@/lib/eval/run";
import { formatHonesty, honestyForCase, honestyRows, type HonestyResult } from "@/lib/eval/honesty";

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ["engine", "out"]);
  const dir = positional[0];
  if (!dir) throw new AppError("INVALID_INPUT", "usage: jiyao eval <dir> [--engine local|llm] [--out preds.json] [--halves] [--honesty]");
  let files: string[];
  try {
    files = listCaseFiles(dir);
  } catch {
    throw new AppError("NOT_FOUND", `Cannot read ${dir}.`);
  }
  if (!files.length) throw new AppError("INVALID_INPUT", `No case files (*.json) under ${dir}.`);
  const engine = await pickEngine(typeof flags.engine === "string" ? flags.engine : undefined);
  const results: CaseResult[] = [];
  const honesty: HonestyResult[] = [];
  const t0 = performance.now();
  for (const f of files) {
    const c = loadCase(f);
    const r = await evalCase(c, engine, { parse: parseDocument, chunk: (segments) => chunkSegments(segments) });
    results.push(r);
    // --honesty: absent-topic and factoid questions on every meeting (lib/eval/honesty.ts).
    if (flags.honesty) honesty.push(await honestyForCase(c, engine, { parse: parseDocument, chunk: (segments) => chunkSegments(segments) }));
    const cm = r.commitments;
    const tasks = [
      r.summary && "summary",
      r.queries.length && `${r.queries.length} queries`,
      r.sections.length && `${r.sections.length} sections`,
      r.outline && "outline",
      cm?.todos && `to-dos ${cm.todos.matched}/${cm.todos.pred}/${cm.todos.gold}`,
      cm?.decisions && `decisions ${cm.decisions.matched}/${cm.decisions.pred}/${cm.decisions.gold}`,
    ]
      .filter(Boolean)
      .join(", ");
    process.stdout.write(`${c.id.padEnd(24)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${tasks}\n`);
  }
  process.stdout.write(`\n${results.length} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s (engine: ${engine.name})\n\n`);
  const print = (part: CaseResult[]) => {
    const rouge = buildReport(part);
    const commitments = buildCommitmentReport(part);
    const out = [rouge.length ? formatReport(rouge) : "", commitments.length ? formatCommitmentReport(commitments) : ""].filter(Boolean);
    return out.join("\n\n");
  };
  process.stdout.write(`${print(results)}\n`);
  if (honesty.length) process.stdout.write(`\n${formatHonesty(honestyRows(honesty))}\n`);
  if (flags.halves) {
    // Two halves of the slice (alternate cases of each corpus in path order): a change worth keeping helps both.
    const inHalf = <T extends { corpus: string }>(all: T[], h: number) => all.filter((r) => all.filter((o) => o.corpus === r.corpus).indexOf(r) % 2 === h);
    for (const [name, h] of [
      ["A", 0],
      ["B", 1],
    ] as const) {
      const part = inHalf(results, h);
      process.stdout.write(`\nhalf ${name}\n${print(part)}\n`);
      if (honesty.length) process.stdout.write(`\n${formatHonesty(honestyRows(inHalf(honesty, h)))}\n`);
    }
  }
  if (typeof flags.out === "string") {
    writeFileSync(
      flags.out,
      JSON.stringify(
        results.map((r) => r.prediction),
        null,
        2,
      ),
    );
    process.stdout.write(`\npredictions written to ${flags.out}\n`);
  }
  return 0;
}
