/**
 * The recency intent of a running meeting: "刚刚说了什么", "what did I miss in the last 10 minutes",
 * "最近5分钟说了什么", "最后20句". Parsed here, answered from the newest lines only (the caller reads
 * just those rows, which keeps the answer fast however long the meeting is), extractively: the
 * answer is the window's own sentences, each citing its line, and an empty window says so.
 */
import type { AnswerResult } from "@/lib/engine/types";
import type { ParsedDoc } from "@/lib/ingest/types";
import { budgetLang, summaryBudget } from "@/lib/engine/local/budget";
import { zhNumber } from "@/lib/engine/local/dates-zh";
import { renderPoints } from "@/lib/engine/local/render";
import { scoreUnits, selectSummary } from "@/lib/engine/local/summarize";
import { buildUnits } from "@/lib/engine/local/units";

export type RecencyIntent =
  /** The lines of the last `ms` before now; `explicit` when the question named the length. */
  | { kind: "window"; ms: number; explicit: boolean }
  /** The last `n` lines. */
  | { kind: "lines"; n: number };

/** "刚刚" / "what did I miss" with no length: the last three minutes. */
export const DEFAULT_WINDOW_MS = 3 * 60_000;
export const MAX_WINDOW_MS = 4 * 60 * 60_000;
export const MAX_LINES = 200;
/** Lines the caller reads for any recency question: more than the longest window holds in practice. */
export const RECENT_LINES_TO_READ = 2000;

const NUM = "(\\d{1,4}|[零〇一二两三四五六七八九十百]{1,4}|a few|few|a couple of|couple of|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|sixty)";
const EN_NUM: Record<string, number> = {
  "a few": 3,
  few: 3,
  "a couple of": 2,
  "couple of": 2,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
};
const num = (s: string): number => EN_NUM[s.toLowerCase()] ?? (s === "半" ? 0.5 : (zhNumber(s) ?? 0));

const EN_LAST = "(?:last|past|previous|latest)";
const ZH_LAST = "(?:最后|最近|过去|近|刚才的?|刚刚的?|前面的?)";
const LINES_EN = new RegExp(`\\b${EN_LAST}\\s+${NUM}\\s*(?:lines?|sentences?|messages?|things said)\\b`, "i");
const LINES_ZH = new RegExp(`${ZH_LAST}\\s*${NUM}\\s*(?:句话?|条|行)`);
const MINUTES_EN = new RegExp(`\\b${EN_LAST}\\s+${NUM}\\s*(minutes?|mins?|seconds?|secs?|hours?)\\b`, "i");
const MINUTES_ZH = new RegExp(`${ZH_LAST}\\s*${NUM}\\s*(分钟|秒钟?|个?小时)`);
const HALF_HOUR = /\b(?:last|past)\s+half\s+(?:an\s+)?hour\b|(?:最近|过去|最后)半(?:个)?小时/i;
const BARE =
  /刚刚|刚才|方才|我错过了?什么|错过了哪些|现在在(?:说|聊|讨论)什么|\bwhat (?:did|have) I (?:just )?miss(?:ed)?\b|\bwhat was just\b|\bjust (?:now|said|discussed|talked about|mentioned)\b|\ba (?:moment|minute) ago\b|\bcatch me up\b|\bwhat(?:'s| is| are) (?:they|we|people) (?:talking|saying) (?:about )?now\b/i;

function unitMs(unit: string): number {
  if (/^(?:秒|sec)/i.test(unit)) return 1000;
  if (/小时|hour/i.test(unit)) return 60 * 60_000;
  return 60_000;
}

/** The recency intent of a question, or null when it is not about what was just said. */
export function parseRecency(question: string): RecencyIntent | null {
  const q = question.normalize("NFKC");
  const lines = q.match(LINES_EN) ?? q.match(LINES_ZH);
  if (lines) {
    const n = Math.round(num(lines[1]));
    if (n > 0) return { kind: "lines", n: Math.min(n, MAX_LINES) };
  }
  if (HALF_HOUR.test(q)) return { kind: "window", ms: 30 * 60_000, explicit: true };
  const window = q.match(MINUTES_EN) ?? q.match(MINUTES_ZH);
  if (window) {
    const ms = num(window[1]) * unitMs(window[2]);
    if (ms > 0) return { kind: "window", ms: Math.min(ms, MAX_WINDOW_MS), explicit: true };
  }
  if (BARE.test(q)) return { kind: "window", ms: DEFAULT_WINDOW_MS, explicit: false };
  return null;
}

export interface RecentLine {
  index: number;
  speaker?: string | null;
  text: string;
  startMs: number;
  endMs?: number | null;
}

/** The lines of the window, oldest first: those still running at `nowMs - ms` count, like a line that started before it. */
export function selectRecent<L extends RecentLine>(lines: L[], intent: RecencyIntent, nowMs: number): L[] {
  if (intent.kind === "lines") return lines.slice(-intent.n);
  const from = nowMs - intent.ms;
  return lines.filter((l) => (l.endMs ?? l.startMs) >= from && l.startMs <= nowMs);
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, "0");
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};

function windowLabel(intent: RecencyIntent, zh: boolean): string {
  if (intent.kind === "lines") return zh ? `最后 ${intent.n} 句` : `the last ${intent.n} lines`;
  const min = intent.ms / 60_000;
  if (intent.ms < 60_000) return zh ? `最近 ${intent.ms / 1000} 秒` : `the last ${intent.ms / 1000} seconds`;
  if (min >= 60 && min % 60 === 0) return zh ? `最近 ${min / 60} 小时` : `the last ${min / 60} hour${min === 60 ? "" : "s"}`;
  return zh ? `最近 ${min} 分钟` : `the last ${min} minute${min === 1 ? "" : "s"}`;
}

// Up to this many sentences are all reported; a longer window is summarised to its central ones.
const QUOTE_ALL = 6;
const MIN_BUDGET = { en: 40, zh: 80 } as const;

/**
 * The answer to a recency question from `lines` (the newest lines of the meeting, oldest first) at
 * `nowMs` on the meeting's clock. `lang` is the meeting's language.
 */
export function answerRecency(intent: RecencyIntent, lines: RecentLine[], nowMs: number, meta: { lang: ParsedDoc["lang"]; speakers: string[] }): AnswerResult {
  const zh = meta.lang === "zh";
  const label = windowLabel(intent, zh);
  const picked = selectRecent(lines, intent, nowMs);
  if (!picked.length) {
    const last = lines.at(-1);
    const lastSaid = last ? (zh ? `最后一句发言在 ${clock(last.startMs)}。` : ` The last line was at ${clock(last.startMs)}.`) : "";
    const answer = zh ? `${label}没有人发言。${lastSaid}` : `Nothing was said in ${label}.${lastSaid}`;
    return { answer, citations: [], found: false };
  }
  const doc: ParsedDoc = {
    kind: "meeting",
    title: "",
    lang: meta.lang,
    speakers: meta.speakers,
    format: "live",
    segments: picked.map((l) => ({
      index: l.index,
      text: l.text,
      startMs: l.startMs,
      ...(l.speaker ? { speaker: l.speaker } : {}),
      ...(l.endMs != null ? { endMs: l.endMs } : {}),
    })),
  };
  const units = buildUnits(doc);
  const content = units.filter((u) => u.content);
  const pool = (content.length ? content : units).map((u, i) => ({ ...u, id: i }));
  let chosen = pool;
  if (pool.length > QUOTE_ALL) {
    const lang = budgetLang(meta.lang);
    const len = pool.reduce((a, u) => a + u.len, 0);
    const ids = selectSummary(scoreUnits(pool), Math.min(len, Math.max(MIN_BUDGET[lang], summaryBudget(len, lang))));
    chosen = (ids.length ? ids : pool.map((_, i) => i).slice(-QUOTE_ALL)).sort((a, b) => a - b).map((i) => pool[i]);
  }
  if (!chosen.length)
    chosen = picked
      .slice(-QUOTE_ALL)
      .map((l, i) => ({ id: i, seg: l.index, speaker: l.speaker ?? undefined, startMs: l.startMs, text: l.text, raw: l.text, sentence: l.text, terms: [], content: true, len: 1 }));
  const span = `${clock(picked[0].startMs)}–${clock(picked.at(-1)!.endMs ?? picked.at(-1)!.startMs)}`;
  const head = zh ? `${label}（${span}）：` : `In ${label} (${span}):\n`;
  return { answer: head + renderPoints(chosen, doc), citations: [...new Set(chosen.map((u) => u.seg))].sort((a, b) => a - b), found: true };
}
