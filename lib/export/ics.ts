/**
 * To-dos with due dates as an iCalendar file (RFC 5545), one VEVENT each so every calendar app shows
 * them (VTODO is ignored by most): a due date is an all-day event on that day, a due date and time a
 * 30-minute event at that time in the reader's own time zone (floating: the meeting said "3 pm", not a
 * zone). Text values are escaped (\\ ; , and line breaks), lines end in CRLF and are folded at 75
 * octets without splitting a UTF-8 character.
 */

export interface IcsTodo {
  id: string;
  text: string;
  owner: string | null;
  /** "2024-03-08" or "2024-03-08T15:00" (seconds optional). */
  due: string;
  status: "open" | "done" | "dropped";
  documentTitle: string;
  /** Link to the to-do's meeting. */
  url?: string;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets (§3.1): continuation lines start with one space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let cur = "";
  let curBytes = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (curBytes + n > limit) {
      out.push(cur);
      cur = "";
      curBytes = 0;
    }
    cur += ch;
    curBytes += n;
  }
  out.push(cur);
  return out.join("\r\n ");
}

const pad = (n: number) => String(n).padStart(2, "0");
const utcStamp = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

function dueLines(due: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(due);
  if (!m) throw new Error(`not a due date: ${due}`);
  const [, y, mo, d, h, mi, s = "00"] = m;
  if (h === undefined) {
    const next = new Date(Date.UTC(+y, +mo - 1, +d + 1));
    return [`DTSTART;VALUE=DATE:${y}${mo}${d}`, `DTEND;VALUE=DATE:${next.getUTCFullYear()}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`];
  }
  return [`DTSTART:${y}${mo}${d}T${h}${mi}${s}`, "DURATION:PT30M"];
}

/** The calendar; `now` stamps every event (DTSTAMP). To-dos without a due date have no place in it. */
export function todosToIcs(todos: IcsTodo[], opts: { name: string; now?: Date; uidDomain?: string }): string {
  const stamp = utcStamp(opts.now ?? new Date());
  const domain = opts.uidDomain ?? "jiyao";
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Jiyao//To-dos//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(opts.name)}`];
  for (const t of todos) {
    const summary = t.status === "done" ? `✓ ${t.text}` : t.text;
    const description = [t.owner ? `Owner: ${t.owner}` : null, `From: ${t.documentTitle}`, t.url ?? null].filter(Boolean).join("\n");
    lines.push(
      "BEGIN:VEVENT",
      `UID:todo-${t.id}@${domain}`,
      `DTSTAMP:${stamp}`,
      ...dueLines(t.due),
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(t.url ? [`URL:${t.url}`] : []),
      `STATUS:${t.status === "dropped" ? "CANCELLED" : "CONFIRMED"}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
