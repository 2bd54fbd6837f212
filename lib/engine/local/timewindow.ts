/**
 * Time-window questions on timestamped transcripts: "what was said in the last 5 minutes",
 * "刚刚说了什么", "between 10:00 and 15:00", "最后十分钟", "前十分钟". Returns the window in ms
 * relative to the recording, or null when the question is not about a time window.
 */
import { zhNumber } from "@/lib/engine/local/dates-zh";

export interface TimeWindow {
  fromMs: number;
  toMs: number;
}

const MIN = 60_000;
const JUST_NOW_MINUTES = 5;
const NUM = "(\\d+|[零〇一二两三四五六七八九十]{1,3}|a few|few|a couple of|couple of|one|two|three|four|five|ten|fifteen|twenty|thirty)";
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
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

function num(s: string): number {
  return EN_NUM[s.toLowerCase()] ?? zhNumber(s) ?? 0;
}

/** "10:00" → ms; "1:02:03" → ms. */
function clock(s: string): number {
  const parts = s.split(":").map(Number);
  const [h, m, sec] = parts.length === 3 ? parts : [0, parts[0], parts[1]];
  return ((h * 60 + m) * 60 + sec) * 1000;
}

export function parseTimeWindow(q: string, nowMs: number): TimeWindow | null {
  const last =
    q.match(new RegExp(`\\b(?:last|past|previous|final)\\s+${NUM}\\s*(?:minutes?|mins?)\\b`, "i")) ?? q.match(new RegExp(`(?:最后|最近|过去|刚才的?|刚刚的?)${NUM}分钟`));
  if (last) return { fromMs: Math.max(0, nowMs - num(last[1]) * MIN), toMs: nowMs };
  const first = q.match(new RegExp(`\\bfirst\\s+${NUM}\\s*(?:minutes?|mins?)\\b`, "i")) ?? q.match(new RegExp(`(?:最开始的?|开头的?|前)${NUM}分钟`));
  if (first) return { fromMs: 0, toMs: num(first[1]) * MIN };
  const range = q.match(/(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:and|to|until|till|-|–|—|到|至|和|~)\s*(\d{1,2}:\d{2}(?::\d{2})?)/i);
  if (range) return { fromMs: clock(range[1]), toMs: clock(range[2]) };
  const minuteRange = q.match(
    new RegExp(`(?:between\\s+(?:minutes?\\s+)?|from\\s+(?:minute\\s+)?|第)${NUM}\\s*(?:minutes?|分钟)?\\s*(?:and|to|到|至|-)\\s*(?:第)?${NUM}\\s*(?:minutes?|mins?|分钟)`, "i"),
  );
  if (minuteRange) return { fromMs: num(minuteRange[1]) * MIN, toMs: num(minuteRange[2]) * MIN };
  if (/\bjust (?:now|said|discussed|talked about|mentioned)\b|\bwhat (?:was|did we) just\b|\ba moment ago\b|刚刚|刚才/i.test(q)) {
    return { fromMs: Math.max(0, nowMs - JUST_NOW_MINUTES * MIN), toMs: nowMs };
  }
  return null;
}
