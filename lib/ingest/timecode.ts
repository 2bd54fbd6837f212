/** Clock strings as they appear in transcripts and captions, to and from milliseconds. */

// H:MM:SS(.mmm), MM:SS(.mmm), Teams' "0:0:1.2"; comma or dot before the fraction (SRT uses comma).
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

export function parseClock(s: string): number | undefined {
  const m = CLOCK.exec(s.trim());
  if (!m) return undefined;
  const h = m[1] === undefined ? 0 : Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3]);
  if (sec >= 60 || (m[1] !== undefined && min >= 60)) return undefined;
  const frac = m[4] === undefined ? 0 : Number(m[4].padEnd(3, "0"));
  return ((h * 60 + min) * 60 + sec) * 1000 + frac;
}

/** Seconds (Whisper JSON) to whole milliseconds; undefined for anything that is not a finite, non-negative number. */
export function secondsToMs(v: unknown): number | undefined {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0) return undefined;
  return Math.round(n * 1000);
}

export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(h)}:${p(m)}:${p(s)}`;
}
