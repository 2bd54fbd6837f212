/**
 * Answers to "what was said in the last 5 minutes" / "刚刚说了什么": summarise the timestamped
 * segments inside the window, citing them. Untimed transcripts cannot answer such questions, and
 * the answer says so rather than guessing.
 */
import type { AnswerResult } from "@/lib/engine/types";
import type { ParsedDoc } from "@/lib/ingest/types";
import { budgetLang, summaryBudget } from "@/lib/engine/local/budget";
import { renderPoints } from "@/lib/engine/local/render";
import { scoreUnits, selectSummary } from "@/lib/engine/local/summarize";
import { parseTimeWindow } from "@/lib/engine/local/timewindow";
import type { Unit } from "@/lib/engine/local/units";

// A short window still deserves a few sentences; the budget rule alone would give one.
const MIN_WINDOW_BUDGET = { en: 40, zh: 80 } as const;

function recordingEnd(doc: ParsedDoc): number | undefined {
  let end: number | undefined;
  for (const s of doc.segments) {
    const t = s.endMs ?? s.startMs;
    if (t !== undefined && (end === undefined || t > end)) end = t;
  }
  return end;
}

export function answerTimeWindow(question: string, doc: ParsedDoc, units: Unit[], nowMs?: number): AnswerResult | null {
  const end = recordingEnd(doc);
  const w = parseTimeWindow(question, nowMs ?? end ?? 0);
  if (!w) return null;
  const zh = doc.lang === "zh";
  if (end === undefined) {
    const answer = zh ? "这份记录没有时间戳，无法按时间段回答。" : "This transcript has no timestamps, so it cannot be searched by time.";
    return { answer, citations: [], found: false };
  }
  const segs = new Set(doc.segments.filter((s) => s.startMs !== undefined && s.startMs < w.toMs && (s.endMs ?? s.startMs) >= w.fromMs).map((s) => s.index));
  const inWindow = units.filter((u) => segs.has(u.seg)).map((u, i) => ({ ...u, id: i }));
  if (!inWindow.length) {
    const answer = zh ? "这个时间段内没有发言记录。" : "Nothing was said in that time window.";
    return { answer, citations: [], found: false };
  }
  const lang = budgetLang(doc.lang);
  const len = inWindow.reduce((a, u) => a + u.len, 0);
  const budget = Math.min(len, Math.max(MIN_WINDOW_BUDGET[lang], summaryBudget(len, lang)));
  const scored = scoreUnits(inWindow);
  let picked = selectSummary(scored, budget);
  // A window of backchannels only ("Okay." "对。") still gets its words reported.
  if (!picked.length) picked = inWindow.map((_, i) => i).slice(-5);
  const chosen = picked.map((i) => inWindow[i]);
  return { answer: renderPoints(chosen, doc), citations: [...new Set(chosen.map((u) => u.seg))].sort((a, b) => a - b), found: true };
}
