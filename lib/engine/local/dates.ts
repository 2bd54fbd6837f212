/**
 * Due dates for to-dos, resolved to real ISO dates against the meeting date. English goes through
 * chrono-node (forward-looking: "Friday" means the coming one) with deadline conventions layered
 * on top; Chinese through our own rules (dates-zh.ts), which cover what chrono's zh parser misses.
 */
import * as chrono from "chrono-node";
import { isoDate, resolveZhDate, type DateHit } from "@/lib/engine/local/dates-zh";

const HAN = /[\u4e00-\u9fff]/;
const pad = (n: number) => String(n).padStart(2, "0");

/** "2024-03-06" → Date at UTC midnight; anything unparsable → today. */
export function refDate(meetingDate?: string): Date {
  const m = meetingDate?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const monIdx = (d: Date) => (d.getUTCDay() + 6) % 7;

/** Week / month deadlines chrono reads as "a date in that period" but a minute-taker reads as its end. */
const EN_PERIODS: Array<[RegExp, (ref: Date) => Date]> = [
  [/\b(?:by |before |until )?(?:the )?end of (?:the |this )?week\b|\bthis week\b/i, (r) => addDays(r, 4 - monIdx(r))],
  [/\b(?:by |before )?(?:the )?end of next week\b|\bnext week\b/i, (r) => addDays(r, 11 - monIdx(r))],
  [/\b(?:by |before )?(?:the )?end of (?:the |this )?month\b/i, (r) => new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0))],
  [/\b(?:by |before )?(?:the )?end of next month\b|\bnext month\b/i, (r) => new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 2, 0))],
  [/\b(?:by |before )?(?:the )?end of (?:the )?year\b/i, (r) => new Date(Date.UTC(r.getUTCFullYear(), 11, 31))],
  [/\b(?:by )?(?:end of day|eod|tonight|today)\b/i, (r) => r],
];

function resolveEnDate(s: string, ref: Date): DateHit | null {
  for (const [re, fn] of EN_PERIODS) {
    const m = s.match(re);
    if (m) return { iso: isoDate(fn(ref)), text: m[0].trim() };
  }
  // chrono works in local time; hand it the meeting day at local noon so no zone shifts the day.
  const local = new Date(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12);
  const results = chrono.en.parse(s, local, { forwardDate: true });
  for (const r of results) {
    // Bare numbers and times of day alone are too ambiguous in speech ("in one sec", "two of them").
    if (!r.start.isCertain("day") && !r.start.isCertain("weekday") && !/tomorrow|week|month|days?\b/i.test(r.text)) continue;
    if (/\b(?:secs?|seconds?|minutes?|mins?|hours?)\b/i.test(r.text)) continue;
    const d = r.start.date();
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const iso = r.start.isCertain("hour") ? `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
    return { iso, text: r.text };
  }
  return null;
}

/** The first due-date expression in a sentence, resolved; null when the sentence names none. */
export function resolveDue(sentence: string, meetingDate?: string): DateHit | null {
  const ref = refDate(meetingDate);
  if (HAN.test(sentence)) return resolveZhDate(sentence, ref) ?? resolveEnDate(sentence, ref);
  return resolveEnDate(sentence, ref);
}
