/**
 * Due dates for to-dos, resolved to real ISO dates against the meeting date. English goes through
 * chrono-node (forward-looking: "Friday" means the coming one) with deadline conventions layered
 * on top; Chinese through our own rules (dates-zh.ts), which cover what chrono's zh parser misses.
 */
import * as chrono from "chrono-node";
import { isoDate, resolveZhDate, type DateHit } from "@/lib/engine/local/dates-zh";
import { hasHan } from "@/lib/text/cjk";

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
const quarterEnd = (r: Date) => new Date(Date.UTC(r.getUTCFullYear(), Math.floor(r.getUTCMonth() / 3) * 3 + 3, 0));
const WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Counts said in words or digits ("two weeks from today", "in 3 days"). */
const COUNTS_EN: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
const HOURS_EN: Record<string, number> = { "twenty-four": 24, "forty-eight": 48, "seventy-two": 72 };
const COUNT_EN = "one|a|two|three|four|five|six|seven|ten|\\d{1,2}";
/** The last day of calendar quarter `q` (1–4): this year's, or next year's once it is past. */
function namedQuarterEnd(r: Date, q: number): Date {
  const end = new Date(Date.UTC(r.getUTCFullYear(), q * 3, 0));
  return end < r ? new Date(Date.UTC(r.getUTCFullYear() + 1, q * 3, 0)) : end;
}

const EN_PERIODS: Array<[RegExp, (ref: Date, m: RegExpMatchArray) => Date]> = [
  // "tomorrow EOD", "end of day tomorrow": tomorrow, whatever the time of day.
  [/\b(?:tomorrow(?:'s)?\s+(?:eod|end of (?:the )?day|cob|morning|afternoon|evening|night)|(?:eod|end of (?:the )?day|cob)\s+tomorrow)\b/i, (r) => addDays(r, 1)],
  [/\b(?:by |before )?(?:the )?end of (?:the |this )?quarter\b/i, quarterEnd],
  // "by the end of Q2", "end of Q3": the last day of that calendar quarter (this year's, or next year's once past).
  [/\b(?:by |before )?(?:the )?end of q([1-4])\b/i, (r, m) => namedQuarterEnd(r, Number(m[1]))],
  // "EOD Thursday", "end of day on Friday", "Thursday EOD": that weekday, whatever the time of day.
  ...WEEKDAYS_EN.map((w, i): [RegExp, (ref: Date, m: RegExpMatchArray) => Date] => [
    new RegExp(`\\b(?:(?:eod|cob|end of (?:the )?day)(?: on)? ${w}|${w}(?: by)? (?:eod|cob|end of (?:the )?day))\\b`, "i"),
    (r) => addDays(r, ((i - monIdx(r) + 6) % 7) + 1),
  ]),
  // "two weeks from today", "in three days", "within two weeks": counted from the meeting day.
  [
    new RegExp(`\\b(?:(?:in|within) (${COUNT_EN}) (days?|weeks?)(?:'? time)?|(${COUNT_EN}) (days?|weeks?) from (?:today|now))\\b`, "i"),
    (r, m) => addDays(r, (COUNTS_EN[(m[1] ?? m[3]).toLowerCase()] ?? Number(m[1] ?? m[3])) * (/^week/i.test(m[2] ?? m[4]) ? 7 : 1)),
  ],
  // "a week today", "two weeks tomorrow" (British), "this time next week": counted from that day.
  [
    new RegExp(`\\b(?:(${COUNT_EN}) weeks? (today|tomorrow)|this time next week)\\b`, "i"),
    (r, m) => addDays(r, (m[1] ? (COUNTS_EN[m[1].toLowerCase()] ?? Number(m[1])) : 1) * 7 + (m[2]?.toLowerCase() === "tomorrow" ? 1 : 0)),
  ],
  // "within 48 hours": whole days from the meeting day (shorter spans are no deadline: "in two hours").
  [/\b(?:in|within) (\d{2,3}|twenty-four|forty-eight|seventy-two) hours\b/i, (r, m) => addDays(r, Math.ceil((HOURS_EN[m[1].toLowerCase()] ?? Number(m[1])) / 24))],
  // "by mid-month", "the middle of the month": the 15th (next month's once it is past).
  [
    /\b(?:by |before )?(?:mid-?month|(?:the )?middle of (?:the |this )?month)\b/i,
    (r) => new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + (r.getUTCDate() >= 15 ? 1 : 0), 15)),
  ],
  // "next Friday" = next week's Friday (chrono may read it as the coming one).
  ...WEEKDAYS_EN.map((w, i): [RegExp, (ref: Date, m: RegExpMatchArray) => Date] => [new RegExp(`\\bnext ${w}\\b`, "i"), (r) => addDays(r, 7 - monIdx(r) + i)]),
  [/\b(?:by |before |until )?(?:the )?end of (?:the |this )?week\b|\bthis week\b/i, (r) => addDays(r, 4 - monIdx(r))],
  [/\b(?:by |before )?(?:the )?end of next week\b|\bnext week\b/i, (r) => addDays(r, 11 - monIdx(r))],
  [/\b(?:by |before )?(?:the )?end of (?:the |this )?month\b/i, (r) => new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0))],
  [/\b(?:by |before )?(?:the )?end of next month\b|\bnext month\b/i, (r) => new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 2, 0))],
  [/\b(?:by |before )?(?:the )?end of (?:the )?year\b/i, (r) => new Date(Date.UTC(r.getUTCFullYear(), 11, 31))],
  [/\b(?:by )?(?:end of (?:the )?day|eod|cob|tonight|today|this (?:morning|afternoon|evening))\b/i, (r) => r],
];

const ORDINAL_EN = (
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth " +
  "seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth " +
  "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
).split(" ");

/**
 * "by the 5th", "on the nineteenth" = the next such day after the meeting day (possibly next month). An ordinal
 * in words only after "on / by / before / until" and ending the phrase ("the first version" is no date).
 */
function nthOfMonth(s: string, ref: Date): DateHit | null {
  // "Wednesday the first": the day of the month names the date, not the weekday before it.
  const m =
    s.match(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,? the (?:(\d{1,2}(?:st|nd|rd|th))|([a-z]+(?:-[a-z]+)?))\b(?! of [A-Z])/i) ??
    s.match(/\b(?:by |before |on |until )?the (\d{1,2}(?:st|nd|rd|th))\b(?! of [A-Z])|\b(?:by|before|on|until) the ([a-z]+(?:-[a-z]+)?)\b(?! of [A-Z])(?!\s+[a-z])/i);
  const n = !m ? 0 : m[1] ? Number.parseInt(m[1], 10) : ORDINAL_EN.indexOf(m[2].toLowerCase()) + 1;
  if (!m || !n) return null;
  if (n < 1 || n > 31) return null;
  let d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), n));
  if (d <= ref) d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + 1, n));
  return { iso: isoDate(d), text: m[0].trim() };
}

const PART_OF_WEEK = /\b(?:(?:early|earlier|mid|late|later)[- ](?:next|this) week|(?:early|late|later)[- ](?:next|this) month|the (?:beginning|start) of (?:next|this) month)\b/gi;

function resolveEnDate(input: string, ref: Date): DateHit | null {
  // "…but not this week": whatever weekday is named falls in a later week.
  const notThisWeek = /\bnot (?:this|until next) week\b/i.test(input);
  // "early next week", "later this week" name part of a week, not a day: vague (vagueDue), no date.
  const s = (notThisWeek ? input.replace(/\b(?:but )?not (?:this|until next) week\b/gi, " ") : input).replace(PART_OF_WEEK, " ");
  const hit = resolveEnDateRaw(s, ref);
  if (!hit || !notThisWeek) return hit;
  const d = refDate(hit.iso);
  return addDays(ref, 7 - monIdx(ref)) > d ? { iso: isoDate(addDays(d, 7)) + hit.iso.slice(10), text: hit.text } : hit;
}

function resolveEnDateRaw(s: string, ref: Date): DateHit | null {
  const nth = nthOfMonth(s, ref);
  if (nth) return nth;
  for (const [re, fn] of EN_PERIODS) {
    const m = s.match(re);
    if (!m) continue;
    // Keep a clock time said with the day ("next Tuesday at 3pm").
    const t = s.slice((m.index ?? 0) + m[0].length).match(/^\s*(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/i);
    if (!t) return { iso: isoDate(fn(ref, m)), text: m[0].trim() };
    const h = (Number(t[1]) % 12) + (t[3].toLowerCase() === "pm" ? 12 : 0);
    return { iso: `${isoDate(fn(ref, m))}T${pad(h)}:${t[2] ?? "00"}`, text: (m[0] + t[0]).trim() };
  }
  // chrono works in local time; hand it the meeting day at local noon so no zone shifts the day.
  const local = new Date(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12);
  const results = chrono.en.parse(s, local, { forwardDate: true });
  for (const r of results) {
    // Bare numbers and times of day alone are too ambiguous in speech ("in one sec", "two of them").
    if (!r.start.isCertain("day") && !r.start.isCertain("weekday") && !/tomorrow|week|month|days?\b/i.test(r.text)) continue;
    if (/\b(?:secs?|seconds?|minutes?|mins?|hours?)\b/i.test(r.text)) continue;
    // A frequency ("once a week", "every Monday", "twice a month") is no deadline.
    if (/\b(?:once|twice|\w+ times|every|each|per)\s*$/i.test(s.slice(0, r.index))) continue;
    // "from now on", "right now": not a deadline.
    if (/^(?:(?:right |from )?now|currently)$/i.test(r.text.trim())) continue;
    let d = r.start.date();
    // A bare weekday is its next occurrence after the meeting day: "by Wednesday" said on a Wednesday is next week's.
    if (
      r.start.isCertain("weekday") &&
      !r.start.isCertain("day") &&
      WEEKDAYS_EN.some((w) => r.text.toLowerCase().includes(w.slice(0, 3))) &&
      d.getDate() === local.getDate() &&
      d.getMonth() === local.getMonth()
    )
      d = new Date(d.getTime() + 7 * 86_400_000);
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const iso = r.start.isCertain("hour") ? `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
    return { iso, text: r.text };
  }
  return null;
}

/** Deadline words that name no date ("尽快", "这两天", "会后", "国庆后", "ASAP", "after the holiday"): kept as the due text, with no date. */
export function vagueDue(sentence: string): string | null {
  const m = sentence.match(
    /尽快|尽早|这两天|近期|会后|(?:下个?|本|这个?)?月初|回头|改天|\p{sc=Han}{2}(?:节|假)?后(?=[，。找去把再]|$)|(?:国庆|春节|元旦|五一|节|假期)后|\b(?:asap|as soon as possible|soon|(?:early|earlier|mid|late|later)[- ](?:next|this) week|(?:early|late|later)[- ](?:next|this) month|(?:the )?(?:beginning|start) of (?:next|this) month|after the (?:holiday|break|offsite)s?|when (?:he|she|they|i|you)(?:'s| is|'re| are| get| gets) back)\b/iu,
  );
  return m ? m[0] : null;
}

/** The first due-date expression in a sentence, resolved; null when the sentence names none. */
export function resolveDue(sentence: string, meetingDate?: string): DateHit | null {
  const ref = refDate(meetingDate);
  if (hasHan(sentence)) return resolveZhDate(sentence, ref) ?? resolveEnDate(sentence, ref);
  return resolveEnDate(sentence, ref);
}
