/**
 * Aggregating case results into the table `jiyao eval` prints: mean ROUGE F1 ×100 per corpus,
 * task and tokenizer, plus the share of specific queries whose citations hit a gold span.
 */
import type { CaseResult, Scores } from "@/lib/eval/run";
import { meanScores, type RougeScores, type RougeTokenizer } from "@/lib/eval/rouge";

export interface ReportRow {
  corpus: string;
  task: string;
  tokenizer: RougeTokenizer | "-";
  n: number;
  r1: number;
  r2: number;
  rl: number;
  /** For non-ROUGE rows (gold-span hit rate), the value in percent. */
  value?: number;
}

function rows(corpus: string, task: string, list: Scores[]): ReportRow[] {
  const toks = new Set<RougeTokenizer>();
  for (const s of list) for (const k of Object.keys(s) as RougeTokenizer[]) toks.add(k);
  return [...toks].map((tok) => {
    const m: RougeScores = meanScores(list.map((s) => s[tok]!).filter(Boolean));
    return { corpus, task, tokenizer: tok, n: list.length, ...m };
  });
}

export function buildReport(results: CaseResult[]): ReportRow[] {
  const out: ReportRow[] = [];
  const corpora = [...new Set(results.map((r) => r.corpus))];
  for (const corpus of corpora) {
    const rs = results.filter((r) => r.corpus === corpus);
    const summaries = rs.flatMap((r) => (r.summary ? [r.summary] : []));
    if (summaries.length) out.push(...rows(corpus, "summary", summaries));
    const queries = rs.flatMap((r) => r.queries);
    if (queries.length) {
      out.push(
        ...rows(
          corpus,
          "queries (all)",
          queries.map((q) => q.scores),
        ),
      );
      for (const kind of ["general", "specific"] as const) {
        const qs = queries.filter((q) => q.kind === kind);
        if (qs.length)
          out.push(
            ...rows(
              corpus,
              `queries (${kind})`,
              qs.map((q) => q.scores),
            ),
          );
      }
      const judged = queries.filter((q) => q.kind === "specific" && q.hit !== undefined);
      if (judged.length) {
        const share = (100 * judged.filter((q) => q.hit).length) / judged.length;
        out.push({ corpus, task: "specific queries citing a gold-span turn (%)", tokenizer: "-", n: judged.length, r1: NaN, r2: NaN, rl: NaN, value: share });
      }
    }
    const sections = rs.flatMap((r) => r.sections);
    if (sections.length) out.push(...rows(corpus, "section summaries", sections));
    const outlines = rs.flatMap((r) => (r.outline ? [r.outline] : []));
    if (outlines.length) out.push(...rows(corpus, "slide outline", outlines));
    const base = rs.flatMap((r) => (r.outlineBaseline ? [r.outlineBaseline] : []));
    if (base.length) out.push(...rows(corpus, "outline baseline: first sentence per section", base));
  }
  return out;
}

export function formatReport(rows: ReportRow[]): string {
  const f = (x: number) => (Number.isNaN(x) ? "" : x.toFixed(2));
  const lines = ["| corpus | task | tokens | n | R-1 | R-2 | R-L |", "|---|---|---|---|---|---|---|"];
  for (const r of rows) {
    if (r.value !== undefined) lines.push(`| ${r.corpus} | ${r.task} | - | ${r.n} | ${r.value.toFixed(1)}% | | |`);
    else lines.push(`| ${r.corpus} | ${r.task} | ${r.tokenizer} | ${r.n} | ${f(r.r1)} | ${f(r.r2)} | ${f(r.rl)} |`);
  }
  return lines.join("\n");
}
