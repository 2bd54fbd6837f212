/**
 * Wakes the server-sent-event streams of a live meeting in this process as soon as something changed
 * (new lines, rolling minutes, the end). Streams also poll the database every second, so a batch
 * posted to another instance reaches them too, only later.
 *
 * Each change bumps a per-meeting counter. A stream reads the counter before it queries and waits
 * "for a change after that one": a batch that lands while the stream is still querying then wakes it
 * at once instead of being noticed only at the next poll (a lost wake-up cost up to a second).
 */
// On globalThis: Next may bundle a module once per route, and the ingest route must wake the events route.
const g = globalThis as unknown as { jiyaoLiveWaiters?: Map<string, Set<() => void>>; jiyaoLiveVersions?: Map<string, number> };
const waiters = (g.jiyaoLiveWaiters ??= new Map());
// One number per live meeting seen by this process: small enough to keep for the process's life.
const versions = (g.jiyaoLiveVersions ??= new Map());

/** The meeting's change counter in this process; pass it to waitForLive after reading the database. */
export function liveVersion(documentId: string): number {
  return versions.get(documentId) ?? 0;
}

export function notifyLive(documentId: string): void {
  versions.set(documentId, liveVersion(documentId) + 1);
  const set = waiters.get(documentId);
  if (!set) return;
  waiters.delete(documentId);
  for (const wake of set) wake();
}

/**
 * Resolves on the first change after `seen` (at once if one already happened), after `timeoutMs`,
 * or when `signal` aborts.
 */
export function waitForLive(documentId: string, seen: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  if (liveVersion(documentId) !== seen || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    let set = waiters.get(documentId);
    if (!set) waiters.set(documentId, (set = new Set()));
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      const current = waiters.get(documentId);
      current?.delete(done);
      if (current?.size === 0) waiters.delete(documentId);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    signal?.addEventListener("abort", done, { once: true });
    set.add(done);
  });
}
