/**
 * The to-do / decision table `jiyao eval` prints: micro-averaged precision, recall and F1 ×100
 * per corpus and language (matched, predicted and gold counts summed over cases), owner and due
 * accuracy on matched to-dos, the share of gold items whose evidence turns are cited, and the
 * number of predictions citing only `negatives` turns.
 */
import type { CommitmentScore, ItemScore, TodoScore } from "@/lib/eval/commitments";

export interface CommitmentCase {
  corpus: string;
  lang: string;
  commitments?: CommitmentScore;
  /** Whether any gold to-do of the case has a due date (due accuracy is reported only then). */
  datedGold?: boolean;
}

export interface CommitmentRow {
  corpus: string;
  lang: string;
  kind: "to-dos" | "decisions";
  cases: number;
  gold: number;
  pred: number;
  matched: number;
  p: number;
  r: number;
  f1: number;
  /** Percent of matched to-dos with the right owner / due date (to-dos only; due only when the gold has dates). */
  owner?: number;
  due?: number;
  /** Percent of gold items whose evidence turns some prediction cites. */
  evidence: number;
  /** Predictions citing only negatives turns (undefined when the cases mark none). */
  negatives?: number;
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : NaN);

function sum<T extends ItemScore>(list: T[], key: keyof T): number {
  return list.reduce((a, s) => a + (s[key] as number), 0);
}

function row(corpus: string, lang: string, kind: CommitmentRow["kind"], list: ItemScore[], negatives?: number): CommitmentRow {
  const gold = sum(list, "gold");
  const pred = sum(list, "pred");
  const matched = sum(list, "matched");
  const p = pct(matched, pred);
  const r = pct(matched, gold);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return {
    corpus,
    lang,
    kind,
    cases: list.length,
    gold,
    pred,
    matched,
    p: pred ? p : 0,
    r: gold ? r : 0,
    f1: Number.isNaN(f1) ? 0 : f1,
    evidence: pct(sum(list, "evidenceHit"), sum(list, "evidenceJudged")),
    negatives,
  };
}

export function buildCommitmentReport(cases: CommitmentCase[]): CommitmentRow[] {
  const out: CommitmentRow[] = [];
  const scored = cases.filter((c) => c.commitments?.todos || c.commitments?.decisions);
  const groups = new Map<string, CommitmentCase[]>();
  for (const c of scored) {
    const keys = [`${c.corpus}\u0000all`, `${c.corpus}\u0000${c.lang}`];
    for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  for (const [key, list] of groups) {
    const [corpus, lang] = key.split("\u0000");
    // A single-language corpus needs no separate per-language row.
    if (lang !== "all" && list.length === groups.get(`${corpus}\u0000all`)!.length) continue;
    const withNeg = list.filter((c) => c.commitments?.negativeHits);
    const negatives = (k: "todos" | "decisions") => (withNeg.length ? withNeg.reduce((a, c) => a + c.commitments!.negativeHits![k], 0) : undefined);
    const todos = list.flatMap((c) => (c.commitments?.todos ? [c.commitments.todos] : [])) as TodoScore[];
    if (todos.length) {
      const r = row(corpus, lang, "to-dos", todos, negatives("todos"));
      const matched = sum(todos, "matched");
      r.owner = pct(sum(todos, "ownerRight"), matched);
      const dated = list.filter((c) => c.commitments?.todos && c.datedGold).map((c) => c.commitments!.todos!);
      if (dated.length) r.due = pct(sum(dated, "dueRight"), sum(dated, "matched"));
      out.push(r);
    }
    const decisions = list.flatMap((c) => (c.commitments?.decisions ? [c.commitments.decisions] : []));
    if (decisions.length) out.push(row(corpus, lang, "decisions", decisions, negatives("decisions")));
  }
  return out;
}

export function formatCommitmentReport(rows: CommitmentRow[]): string {
  const f = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "" : x.toFixed(1));
  const lines = [
    "| corpus | lang | items | cases | gold | pred | matched | P | R | F1 | owner % | due % | evidence turns % | on negatives |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.corpus} | ${r.lang} | ${r.kind} | ${r.cases} | ${r.gold} | ${r.pred} | ${r.matched} | ${f(r.p)} | ${f(r.r)} | ${f(r.f1)} | ${f(r.owner)} | ${f(r.due)} | ${f(r.evidence)} | ${r.negatives ?? ""} |`,
    );
  }
  return lines.join("\n");
}
