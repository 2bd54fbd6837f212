/**
 * Quiz and outline figures on corpus cases: `npx tsx scripts/quiz-stats.ts [corpus dir] [--count N]`.
 * Per case: questions produced, types, checker pass rate of the output, duplicate stems, outline
 * nodes/points, time per document (quiz and outline, after ingest). Prints a table and totals.
 */
import { listCaseFiles, loadCase, renderCase } from "@/lib/eval/cases";
import { ingest } from "@/lib/eval/pipeline";
import { localQuiz } from "@/lib/engine/local/quiz";
import { localOutline } from "@/lib/engine/local/book-outline";
import { checkQuestion, normText } from "@/lib/engine/quiz-check";
import type { OutlineNode } from "@/lib/engine/quiz-types";

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--")) ?? "/work/shared/corpus";
  const ci = args.indexOf("--count");
  const count = ci >= 0 ? Number(args[ci + 1]) : 10;
  const all = (ns: OutlineNode[]): OutlineNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
  const totals = { docs: 0, questions: 0, failed: 0, dups: 0, under: 0, ms: 0, oms: 0 };
  for (const f of listCaseFiles(dir)) {
    const c = loadCase(f);
    const r = renderCase(c);
    const { doc } = await ingest({ bytes: new TextEncoder().encode(r.text), fileName: r.fileName });
    let t = performance.now();
    const quiz = localQuiz(doc, { count });
    const ms = performance.now() - t;
    t = performance.now();
    const tree = localOutline(doc);
    const oms = performance.now() - t;
    const failed = quiz.questions.filter((q) => checkQuestion(q, doc).length).length;
    const stems = quiz.questions.map((q) => normText(q.question));
    const dups = stems.length - new Set(stems).size;
    const types = ["single", "multiple", "truefalse", "fill"].map((k) => quiz.questions.filter((q) => q.type === k).length).join("/");
    const nodes = all(tree.nodes);
    console.log(
      [
        f.replace(`${dir}/`, ""),
        c.lang,
        doc.segments.length,
        quiz.questions.length,
        types,
        failed,
        dups,
        Math.round(ms),
        nodes.length,
        nodes.reduce((a, n) => a + n.points.length, 0),
        Math.round(oms),
      ].join("\t"),
    );
    totals.docs++;
    totals.questions += quiz.questions.length;
    totals.failed += failed;
    totals.dups += dups;
    totals.under += quiz.questions.length < count ? 1 : 0;
    totals.ms += ms;
    totals.oms += oms;
  }
  console.log(
    `docs ${totals.docs}, questions ${totals.questions}, checker failures ${totals.failed}, duplicate stems ${totals.dups}, docs under ${count} questions ${totals.under}, mean quiz ms ${Math.round(totals.ms / totals.docs)}, mean outline ms ${Math.round(totals.oms / totals.docs)}`,
  );
}

main();
