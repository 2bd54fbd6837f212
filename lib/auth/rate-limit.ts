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
/** Per client address: a person mistyping a link never gets near this. */
export const LOOKUP_FAILURES_PER_CLIENT = 30;
/**
 * When no client address is known (the app was started without scripts/start.ts, which records each
 * connection's address), everyone shares this one budget: docs/SECURITY.md has the arithmetic that makes
 * 1,000 guesses per 10 minutes hopeless against 256-bit tokens, and the trade-off (one scanner can then
 * make links answer 404 for a while) is why `npm start` is the supported way to run the app.
 */
export const LOOKUP_FAILURES_UNKNOWN_CLIENT = 1000;

/** `address` from lib/auth/client-address.ts: the connection's, or with TRUST_PROXY=on the proxy's report. */
export function shareLookupBudget(address: string | null): LookupBudget {
  if (address) return { key: `share:ip:${address}`, limit: LOOKUP_FAILURES_PER_CLIENT, windowMs: LOOKUP_WINDOW_MS };
  return { key: "share:unknown-client", limit: LOOKUP_FAILURES_UNKNOWN_CLIENT, windowMs: LOOKUP_WINDOW_MS };
}
