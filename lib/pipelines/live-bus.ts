/**
 * Wakes the server-sent-event streams of a live meeting in this process as soon as something changed
 * (new lines, rolling minutes, the end). Streams also poll the database every second, so a batch
 * posted to another instance reaches them too, only later.
 */
// On globalThis: Next may bundle a module once per route, and the ingest route must wake the events route.
const g = globalThis as unknown as { jiyaoLiveWaiters?: Map<string, Set<() => void>> };
const waiters = (g.jiyaoLiveWaiters ??= new Map());

export function notifyLive(documentId: string): void {
  const set = waiters.get(documentId);
  if (!set) return;
  waiters.delete(documentId);
  for (const wake of set) wake();
}

/** Resolves on the next change of the meeting, after `timeoutMs`, or when `signal` aborts. */
export function waitForLive(documentId: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
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
