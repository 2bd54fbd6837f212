/**
 * The date a file says its meeting happened, read only from header material (metadata lines,
 * NOTE blocks, title area) so a date mentioned in the discussion ("due 2024-05-01") is never taken.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const ZH = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const EN_MDY = new RegExp(`\\b${MONTH_NAME}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "i");
const EN_DMY = new RegExp(`\\b(\\d{1,2}) ${MONTH_NAME}\\.?,? (\\d{4})\\b`, "i");
const KEYWORD = /会议时间|会议日期|开会时间|日期|时间|date|meeting time|created|recorded/i;

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function findDate(line: string): string | undefined {
  let m = ZH.exec(line) ?? ISO.exec(line);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = EN_MDY.exec(line);
  if (m) return iso(Number(m[3]), MONTHS[m[1].slice(0, 3).toLowerCase()], Number(m[2]));
  m = EN_DMY.exec(line);
  if (m) return iso(Number(m[3]), MONTHS[m[2].slice(0, 3).toLowerCase()], Number(m[1]));
  return undefined;
}

/** Prefers a line labelled as the meeting time; falls back to the first dated header line. */
export function extractMeetingDate(headerLines: string[]): string | undefined {
  let fallback: string | undefined;
  for (const line of headerLines.slice(0, 40)) {
    if (line.length > 200) continue;
    const d = findDate(line);
    if (!d) continue;
    if (KEYWORD.test(line)) return d;
    fallback ??= d;
  }
  return fallback;
}

/** A date in a file's name: any form `findDate` reads, or the compact 20250306 recorders write. */
export function dateInFileName(fileName: string): string | undefined {
  const found = findDate(fileName);
  if (found) return found;
  const m = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(fileName);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
