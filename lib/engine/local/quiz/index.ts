/**
 * Offline quiz (issue 12, 一键出题): questions from the document's key sentences — cloze on key
 * terms, numbers and names; true/false on the sentence or a copy with one name, number or
 * negation changed; single and multiple choice whose distractors are same-kind terms from the
 * same document. Every question goes through the grounding checker before it is kept.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Question, Quiz, QuizOptions, QuestionType } from "@/lib/engine/quiz-types";
import { keepGrounded } from "@/lib/engine/quiz-check";
import { partIdf } from "@/lib/engine/local/keyphrases";
import { buildFill, buildMultiple, buildSingle, buildTrueFalse, type Ctx, type Pools } from "@/lib/engine/local/quiz/build";
import { rankSentences } from "@/lib/engine/local/quiz/select";
import { sentenceTerms, type Term } from "@/lib/engine/local/quiz/terms";

export const DEFAULT_COUNT = 10;
// Type rotation: a balanced quiz, with the cheapest-to-ground type (fill) as fallback.
const ROTATION: QuestionType[] = ["single", "fill", "truefalse", "multiple", "single", "truefalse", "fill"];
// Sentences considered per requested question: most fail one builder or the checker's bars.
const POOL_FACTOR = 4;

export function localQuiz(doc: ParsedDoc, opts: QuizOptions = {}): Quiz {
  const count = Math.max(1, Math.floor(opts.count ?? DEFAULT_COUNT));
  const zh = doc.lang === "zh";
  const { all, order } = rankSentences(doc, count * POOL_FACTOR);
  const idf = partIdf(all.map((s) => s.text));
  const termsOf = new Map<string, Term[]>();
  const pools: Pools = { byKind: { number: new Map(), name: new Map(), term: new Map() } };
  for (const s of all) {
    const ts = sentenceTerms(s.text, idf);
    termsOf.set(`${s.seg}\u0000${s.text}`, ts);
    for (const t of ts) pools.byKind[t.kind].set(t.surface, (pools.byKind[t.kind].get(t.surface) ?? 0) + 1);
  }
  const allowed = opts.types?.length ? ROTATION.filter((t) => opts.types!.includes(t)) : ROTATION;
  const extra = opts.difficulty === "easy" ? -1 : opts.difficulty === "hard" ? 1 : 0;
  const questions: Question[] = [];
  let falseNext = false;
  for (const s of order) {
    if (questions.length >= count) break;
    const c: Ctx = { zh, pools, cited: doc.segments[s.seg].text, seg: s.seg, sentence: s.text, terms: termsOf.get(`${s.seg}\u0000${s.text}`) ?? [], seed: questions.length, extra };
    const want = allowed[questions.length % allowed.length];
    const tries = [want, ...new Set(allowed.filter((t) => t !== want))];
    for (const type of tries) {
      const q = type === "single" ? buildSingle(c) : type === "multiple" ? buildMultiple(c) : type === "fill" ? buildFill(c) : buildTrueFalse(c, !falseNext);
      if (!q) continue;
      // Only keep what the checker keeps, so the count is met from later sentences.
      if (keepGrounded([...questions, q], doc).kept.length !== questions.length + 1) continue;
      if (q.type === "truefalse") falseNext = !falseNext;
      questions.push(q);
      break;
    }
  }
  return { questions: keepGrounded(questions, doc).kept };
}
