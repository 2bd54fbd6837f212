/**
 * Runs `fn` over `items` with at most `limit` calls in flight, starting each as soon as a slot frees
 * (not in fixed batches), and resolves when all have settled. Errors are the callback's to handle:
 * a rejected call only frees its slot.
 */
export async function forEachBounded<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i).catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
