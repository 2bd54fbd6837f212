/**
 * `npx tsx scripts/proofread-probe.ts [--verbose] [file…]`: the offline proofreader on the probe in
 * tests/fixtures/proofread/ by half: A was used for tuning, B was held out while the rules were
 * tuned (its failures were seen), C (probe-fresh.jsonl) was written last and scored once.
 * Bars (issue 11): fixed ≥ 90 %, non-style suggestions correct ≥ 95 %, clean sentences quiet ≥ 90 %.
 */
import path from "node:path";
import { proofreadLocal } from "@/lib/engine/local/proofread";
import { loadProbe, percent, scoreProbe } from "@/lib/eval/proofread-probe";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dir = path.join(__dirname, "../tests/fixtures/proofread");
const files = args.filter((a) => !a.startsWith("--"));
const cases = (files.length ? files : [path.join(dir, "probe.jsonl"), path.join(dir, "probe-fresh.jsonl")]).flatMap(loadProbe);
const rows = [];
for (const [name, subset] of [
  ["A (tuning)", cases.filter((c) => c.half === "A")],
  ["B (held out)", cases.filter((c) => c.half === "B")],
  ["C (fresh)", cases.filter((c) => c.half === "C")],
  ["all", cases],
] as const) {
  const s = scoreProbe([...subset], (t) => proofreadLocal(t));
  rows.push({
    half: name,
    errors: s.errors,
    fixed: percent(s.fixed, s.errors),
    suggestions: s.suggestions,
    correct: percent(s.correct, s.suggestions),
    clean: s.clean,
    quiet: percent(s.cleanQuiet, s.clean),
  });
  if (verbose && name !== "all") {
    for (const f of s.failures) {
      console.log(`${f.id}: ${f.text}\n  expected: ${f.expected ?? "(nothing flagged)"}\n  got:      ${f.got}`);
      for (const x of f.suggestions) console.log(`    [${x.kind}] ${JSON.stringify(x.original)} → ${JSON.stringify(x.replacement)} (${x.reason})`);
    }
  }
}
console.table(rows);
