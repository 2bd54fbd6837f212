/**
 * Offline quizzes from papers as PDFs: each SciDuet paper of the corpus (JIYAO_CORPUS, default
 * /work/shared/corpus) laid out by Chromium on A4 (13 pt, one column, running title and page
 * numbers: 8 to 23 pages) and, with --full, in two 10 pt columns; parsed by the same
 * parseDocument the app uses, then `localQuiz` with 15 questions asked (as `jiyao quiz --count 15`).
 * Grounded = the checker (lib/engine/quiz-check.ts) finds nothing wrong with the question.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchRow } from "../bench";
import { parseDocument } from "@/lib/ingest";
import { localQuiz } from "@/lib/engine/local/quiz";
import { checkQuestion, normText } from "@/lib/engine/quiz-check";
import { withBrowser } from "./support/render-pages";
import { percentile } from "./support/stats";

const CORPUS = process.env.JIYAO_CORPUS ?? "/work/shared/corpus";
const COUNT = 15;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

interface Paper {
  title: string;
  abstract: string;
  sections: Array<{ heading: string; text: string }>;
}

function html(d: Paper, columns: boolean): string {
  const style = columns ? "columns:2;column-gap:8mm;font-size:10pt" : "font-size:13pt";
  const body = d.sections
    .map(
      (s) =>
        `<h2>${esc(s.heading)}</h2>${s.text
          .split(/\n+/)
          .map((p) => `<p>${esc(p)}</p>`)
          .join("")}`,
    )
    .join("");
  return `<!doctype html><html lang="en"><body style="font-family:'DejaVu Serif',serif;line-height:1.7;text-align:justify;${style}"><h1 style="text-align:center;column-span:all">${esc(d.title)}</h1><h2>Abstract</h2><p>${esc(d.abstract)}</p>${body}</body></html>`;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = path.join(CORPUS, "sciduet");
  if (!existsSync(dir)) throw new Error(`quiz bench: ${dir} not found (set JIYAO_CORPUS)`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  await withBrowser(async (browser) => {
    // The two-column layout is the long variant (--full): it doubles the bench's time.
    for (const columns of process.env.BENCH_FULL ? [false, true] : [false]) {
      const name = columns ? "SciDuet papers as PDF, two 10 pt columns" : "SciDuet papers as PDF, one 13 pt column";
      const row = (metric: string, value: number, unit: string, goal?: string) => rows.push({ bench: "quiz", case: name, metric, value, unit, goal });
      const pages: number[] = [];
      const counts: number[] = [];
      const long: number[] = [];
      const ms: number[] = [];
      let questions = 0;
      let grounded = 0;
      let dups = 0;
      for (const f of files) {
        const d = (JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { document: Paper }).document;
        const page = await browser.newPage();
        await page.setContent(html(d, columns));
        const footer = `<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span></div>`;
        const header = `<div style="font-size:8pt;width:100%;text-align:center">${esc(d.title)}</div>`;
        const pdf = await page.pdf({
          format: "A4",
          margin: { top: "25mm", bottom: "25mm", left: "25mm", right: "25mm" },
          displayHeaderFooter: true,
          headerTemplate: header,
          footerTemplate: footer,
        });
        await page.close();
        const n = (
          Buffer.from(pdf)
            .toString("latin1")
            .match(/\/Type\s*\/Page[^s]/g) ?? []
        ).length;
        const doc = await parseDocument({ bytes: new Uint8Array(pdf), fileName: f.replace(/\.json$/, ".pdf") });
        const t0 = performance.now();
        const quiz = localQuiz(doc, { count: COUNT });
        ms.push(performance.now() - t0);
        const stems = quiz.questions.map((q) => normText(q.question));
        pages.push(n);
        counts.push(quiz.questions.length);
        if (n >= 20) long.push(quiz.questions.length);
        questions += quiz.questions.length;
        grounded += quiz.questions.filter((q) => checkQuestion(q, doc).length === 0).length;
        dups += stems.length - new Set(stems).size;
        if (process.env.BENCH_VERBOSE) console.log(name, f, n, "pages", quiz.questions.length, "questions");
      }
      row("papers", files.length, "");
      row("pages min / median / max", percentile(pages, 50), `(${Math.min(...pages)}–${Math.max(...pages)})`);
      row(`questions of ${COUNT} asked, fewest`, Math.min(...counts), "questions", "≥ 10");
      if (long.length) row("papers of 20+ pages: fewest questions", Math.min(...long), `(${long.length} papers)`, "≥ 10");
      row("grounded", questions ? (100 * grounded) / questions : Number.NaN, `% of ${questions}`, "100");
      row("duplicate stems", dups, "", "0");
      row("quiz time p50", percentile(ms, 50), "ms");
      row("quiz time p95", percentile(ms, 95), "ms");
    }
  });
  return rows;
}
