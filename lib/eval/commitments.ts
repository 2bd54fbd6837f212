/**
 * To-do and decision scoring for one case (corpus README, "Scoring to-dos and decisions"):
 * one-to-one matching by token-overlap F1 (match.ts); on matched to-dos, owner accuracy (exact
 * name or role, case-insensitive; null matches only null) and due accuracy (same calendar day;
 * null matches only null); predictions whose cited turns are all `negatives` turns; and the share
 * of gold items whose evidence turns some prediction cites (the AMI measure).
 */
import { matchItems } from "@/lib/eval/match";

export interface GoldAction {
  text: string;
  owner: string | null;
  due: string | null;
  turns: number[];
}

export interface GoldDecision {
  text: string;
  turns: number[];
}

/** A predicted item with the case turns its citations point at. */
export interface PredictedItem {
  text: string;
  owner?: string | null;
  due?: string | null;
  turns: number[];
}

export interface ItemScore {
  pred: number;
  gold: number;
  matched: number;
  /** Gold items at least one of whose turns is cited by some prediction of the same kind. */
  evidenceHit: number;
  /** Gold items that list turns at all (denominator of the evidence share). */
  evidenceJudged: number;
}

export interface TodoScore extends ItemScore {
  ownerRight: number;
  dueRight: number;
}

export interface CommitmentScore {
  todos?: TodoScore;
  decisions?: ItemScore;
  /** Predictions whose cited turns are all among the case's `negatives` (undefined: the case marks none). */
  negativeHits?: { todos: number; decisions: number };
}

const sameOwner = (a: string | null | undefined, b: string | null) => ((a ?? null) === null ? b === null : b !== null && a!.trim().toLowerCase() === b.trim().toLowerCase());
const sameDue = (a: string | null | undefined, b: string | null) => ((a ?? null) === null ? b === null : b !== null && a!.slice(0, 10) === b.slice(0, 10));

function itemScore(pred: PredictedItem[], gold: Array<{ text: string; turns: number[] }>) {
  const pairs = matchItems(
    pred.map((p) => p.text),
    gold.map((g) => g.text),
  );
  const cited = new Set(pred.flatMap((p) => p.turns));
  const judged = gold.filter((g) => g.turns.length);
  const score: ItemScore = {
    pred: pred.length,
    gold: gold.length,
    matched: pairs.length,
    evidenceHit: judged.filter((g) => g.turns.some((t) => cited.has(t))).length,
    evidenceJudged: judged.length,
  };
  return { pairs, score };
}

export function scoreTodos(pred: PredictedItem[], gold: GoldAction[]): TodoScore {
  const { pairs, score } = itemScore(pred, gold);
  let ownerRight = 0;
  let dueRight = 0;
  for (const { pred: i, gold: j } of pairs) {
    if (sameOwner(pred[i].owner, gold[j].owner)) ownerRight++;
    if (sameDue(pred[i].due, gold[j].due)) dueRight++;
  }
  return { ...score, ownerRight, dueRight };
}

export function scoreDecisions(pred: PredictedItem[], gold: GoldDecision[]): ItemScore {
  return itemScore(pred, gold).score;
}

export function negativeHits(pred: PredictedItem[], negativeTurns: number[]): number {
  const neg = new Set(negativeTurns);
  return pred.filter((p) => p.turns.length > 0 && p.turns.every((t) => neg.has(t))).length;
}

export interface CommitmentRefs {
  actions?: GoldAction[];
  decisions?: GoldDecision[];
  negatives?: Array<{ turn: number }>;
}

export function scoreCommitments(todos: PredictedItem[], decisions: PredictedItem[], refs: CommitmentRefs): CommitmentScore {
  const out: CommitmentScore = {};
  if (refs.actions) out.todos = scoreTodos(todos, refs.actions);
  if (refs.decisions) out.decisions = scoreDecisions(decisions, refs.decisions);
  if (refs.negatives) {
    const turns = refs.negatives.map((n) => n.turn);
    out.negativeHits = { todos: negativeHits(todos, turns), decisions: negativeHits(decisions, turns) };
  }
  return out;
}
