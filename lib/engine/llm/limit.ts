import pLimit from "p-limit";

/**
 * At most `concurrency` tasks run at once (MODEL_CONCURRENCY): providers rate-limit per key, and a
 * long document must not open a hundred connections.
 */
export function createLimiter(concurrency: number) {
  const limit = pLimit(Math.max(1, Math.floor(concurrency)));
  return <T>(task: () => Promise<T>): Promise<T> => limit(task);
}

/** Sleeps `ms`, ending early (with the signal's reason) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
