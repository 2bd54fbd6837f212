/**
 * A fixed-window counter per key, in this process's memory. Good enough to slow down guessing on one
 * instance; several instances each keep their own count, which still bounds guesses per instance.
 */
interface Window {
  count: number;
  resetAt: number;
}

export interface RateLimitResult {
  ok: boolean;
  /** 0 when ok; otherwise how long until the window resets. */
  retryAfterMs: number;
}

const windows = new Map<string, Window>();
// Keys come from request headers, so an attacker could mint many; expired windows are swept past this size.
const SWEEP_AT = 10_000;

function sweep(now: number): void {
  for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
  // Still too many live keys: drop the oldest tenth (Map keeps insertion order), so a flood of new keys
  // costs one sweep per thousand keys rather than one per key, and memory stays bounded.
  for (const key of windows.keys()) {
    if (windows.size < SWEEP_AT * 0.9) break;
    windows.delete(key);
  }
}

function current(key: string, windowMs: number, now: number): Window {
  const w = windows.get(key);
  if (w && w.resetAt > now) return w;
  if (windows.size >= SWEEP_AT) sweep(now);
  const fresh = { count: 0, resetAt: now + windowMs };
  windows.set(key, fresh);
  return fresh;
}

/** Counts one hit against `key`; not ok once more than `limit` hits fall in the current window. */
export function rateLimit(key: string, limit: number, windowMs: number, now = Date.now()): RateLimitResult {
  const w = current(key, windowMs, now);
  w.count += 1;
  return w.count > limit ? { ok: false, retryAfterMs: w.resetAt - now } : { ok: true, retryAfterMs: 0 };
}

/** Whether `key` is over its limit, without counting a hit (check before work, count only failures). */
export function peekRateLimit(key: string, limit: number, now = Date.now()): RateLimitResult {
  const w = windows.get(key);
  if (!w || w.resetAt <= now || w.count < limit) return { ok: true, retryAfterMs: 0 };
  return { ok: false, retryAfterMs: w.resetAt - now };
}

/** For tests. */
export function resetRateLimits(): void {
  windows.clear();
}

/** How many failed share-link lookups are allowed, and against which counter. */
export interface LookupBudget {
  key: string;
  limit: number;
  windowMs: number;
}

export const LOOKUP_WINDOW_MS = 10 * 60 * 1000;
/** Per client address, when a trusted proxy reports it: a person mistyping a link never gets near this. */
export const LOOKUP_FAILURES_PER_CLIENT = 30;
/**
 * Without a trusted proxy, forwarded headers are whatever the client sent, so keying on them would let a
 * scanner pick a fresh bucket per guess (and one bucket for everyone lets one visitor lock all out).
 * One budget per process instead: real visitors fail a lookup rarely (a revoked or expired link), so
 * this is never reached in normal use, yet it caps guessing at 1,000 per 10 minutes — docs/SECURITY.md
 * has the arithmetic that makes that hopeless against 256-bit tokens.
 */
export const LOOKUP_FAILURES_PER_PROCESS = 1000;

export function shareLookupBudget(headers: { get(name: string): string | null }, trustProxy: boolean): LookupBudget {
  if (trustProxy) {
    const ip = clientIp(headers);
    if (ip !== "unknown") return { key: `share:ip:${ip}`, limit: LOOKUP_FAILURES_PER_CLIENT, windowMs: LOOKUP_WINDOW_MS };
  }
  return { key: "share:process", limit: LOOKUP_FAILURES_PER_PROCESS, windowMs: LOOKUP_WINDOW_MS };
}

/** The client address as the reverse proxy reports it; the first x-forwarded-for hop is the client. */
export function clientIp(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
