/**
 * Chinese due-date rules. chrono-node's zh parser handles "明天下午三点", "下周五" and "3月10日"
 * but misses deadline words that matter in minutes: "月底前", "后天", "下个月", "下周" (no day),
 * "年底", "三天内". Week arithmetic uses Monday-first weeks, as Chinese calendars do.
 */
export interface DateHit {
  /** ISO date, or date-time "YYYY-MM-DDTHH:mm" when a clock time was said. */
  iso: string;
  text: string;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "三" → 3, "十二" → 12, "二十一" → 21, "15" → 15. */
export function zhNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s) return null;
  if (s.includes("十")) {
    const [a, b] = s.split("十");
    const tens = a ? DIGITS[a] : 1;
    const ones = b ? DIGITS[b] : 0;
    return tens === undefined || ones === undefined ? null : tens * 10 + ones;
  }
  return s.length === 1 && s in DIGITS ? DIGITS[s] : null;
}

const pad = (n: number) => String(n).padStart(2, "0");
export const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
/** Monday-based weekday: Monday 0 … Sunday 6. */
const monIdx = (d: Date) => (d.getUTCDay() + 6) % 7;
const endOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0));

const WEEKDAY: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, 末: 5 };
const NUM = "[0-9零〇一二两三四五六七八九十]{1,3}";

function withTime(date: Date, text: string, m: RegExpMatchArray | null): DateHit {
  if (!m) return { iso: isoDate(date), text };
  let h = zhNumber(m[2]) ?? 0;
  const half = m[4] === "半" ? 30 : m[4] ? (zhNumber(m[4].replace(/分$/, "")) ?? 0) : 0;
  if (/下午|晚上|傍晚|今晚|明晚/.test((m[1] ?? "") + text) && h < 12) h += 12;
  if (/中午/.test(m[1] ?? "") && h < 6) h += 12;
  return { iso: `${isoDate(date)}T${pad(h)}:${pad(half)}`, text: text + m[0] };
}

const TIME = new RegExp(`^(上午|早上|中午|下午|晚上|傍晚)?(${NUM})(点|时)(半|${NUM}分?)?`);

/** Resolve the first Chinese date expression in `s` against `ref` (a UTC-midnight date). */
export function resolveZhDate(input: string, ref: Date): DateHit | null {
  // "下个月初", "月初" name part of a month, not a day (the corpus's vague phrases): no date, and not the month's end either.
  const s = input.replace(/(?:下个?|本|这个?)?月初/g, "　");
  const y = ref.getUTCFullYear();
  const mo = ref.getUTCMonth();
  const rules: Array<[RegExp, (m: RegExpMatchArray) => Date | null]> = [
    [/大后天/, () => addDays(ref, 3)],
    [/后天/, () => addDays(ref, 2)],
    [/明天|明早|明晚|明儿/, () => addDays(ref, 1)],
    [/今天|今晚|今日|当天/, () => ref],
    [
      new RegExp(`(${NUM})月(${NUM})[日号]`),
      (m) => {
        const d = new Date(Date.UTC(y, (zhNumber(m[1]) ?? 1) - 1, zhNumber(m[2]) ?? 1));
        return d < ref ? new Date(Date.UTC(y + 1, d.getUTCMonth(), d.getUTCDate())) : d;
      },
    ],
    // "每周一发" repeats weekly: no deadline.
    [
      /(?<![每隔])(下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天末])/,
      (m) => {
        const weeks = m[1]?.startsWith("下下") ? 2 : m[1]?.startsWith("下") ? 1 : 0;
        const target = WEEKDAY[m[2]];
        const monday = addDays(ref, -monIdx(ref));
        let d = addDays(monday, weeks * 7 + target);
        if (!m[1] && d < ref) d = addDays(d, 7);
        return d;
      },
    ],
    [
      /(下下|下个?|这个?|本)(?:周|星期|礼拜)(?![一二三四五六日天末])/,
      (m) => {
        const weeks = m[1].startsWith("下下") ? 2 : m[1].startsWith("下") ? 1 : 0;
        // A week as a deadline means its last working day.
        return addDays(addDays(ref, -monIdx(ref)), weeks * 7 + 4);
      },
    ],
    // "月底", "下个月底", "本月末" — but not the 底 of "到底" or the 末 of "周末".
    [/(下个?月|本月|这个?月)(?:底|末)|月(?:底|末)/, (m) => (m[1]?.startsWith("下") ? endOfMonth(y, mo + 1) : endOfMonth(y, mo))],
    // "月中之前": the 15th (next month's once it is past).
    [/(?:(下个?月|本月|这个?月)中|月中|中旬)(?=之前|以前|前|$|[，。])/, (m) => new Date(Date.UTC(y, mo + (m[1]?.startsWith("下") || ref.getUTCDate() >= 15 ? 1 : 0), 15))],
    [/(?:本|这个?|下个?)?季度(?:末|底)|季末/, (m) => new Date(Date.UTC(y, Math.floor(mo / 3) * 3 + (m[0].startsWith("下") ? 6 : 3), 0))],
    [new RegExp(`下个?月(${NUM})[日号]`), (m) => new Date(Date.UTC(y, mo + 1, zhNumber(m[1]) ?? 1))],
    [/下个?月/, () => endOfMonth(y, mo + 1)],
    [/年底|年末|今年内/, () => new Date(Date.UTC(y, 11, 31))],
    [
      new RegExp(`(${NUM})(天|日|个?(?:星期|礼拜|周))(?:内|之内|以内|后|之后)`),
      (m) => {
        const n = zhNumber(m[1]) ?? 0;
        return addDays(ref, /天|日/.test(m[2]) ? n : n * 7);
      },
    ],
    // "N号" = the next Nth after the meeting day (may fall in the next month).
    [
      new RegExp(`(?<![0-9零〇一二两三四五六七八九十月])(${NUM})号`),
      (m) => {
        const day = zhNumber(m[1]) ?? 0;
        if (day < 1 || day > 31) return null;
        const d = new Date(Date.UTC(y, mo, day));
        return d <= ref ? new Date(Date.UTC(y, mo + 1, day)) : d;
      },
    ],
  ];
  let best: { at: number; hit: DateHit } | null = null;
  for (const [re, fn] of rules) {
    const m = s.match(re);
    if (!m || m.index === undefined) continue;
    if (best && best.at <= m.index) continue;
    const d = fn(m);
    if (!d) continue;
    const after = s.slice(m.index + m[0].length);
    const hit = withTime(d, m[0], after.match(TIME));
    // Keep the deadline marker with the phrase: "下周五之前", "月底前".
    const marker = s.slice(m.index + hit.text.length).match(/^(之前|以前|前|为止)/);
    if (marker && !hit.text.endsWith(marker[1])) hit.text += marker[1];
    best = { at: m.index, hit };
  }
  if (best) return best.hit;
  // A clock time alone ("下午三点之前") means today.
  const t = s.match(new RegExp(`(上午|早上|中午|下午|晚上|傍晚)(${NUM})(点|时)(半|${NUM}分?)?`));
  return t ? withTime(ref, "", t) : null;
}
