/**
 * Recognises a run of pages: each page is rendered (one at a time, on this thread) and handed to the
 * worker pool, with at most two pages per worker waiting so a 500-page scan never holds 500 bitmaps.
 * Progress is reported per finished page.
 */
import { linesFromPage, type OcrLine } from "./lines";
import { createOcrPool } from "./pool";

export interface OcrOptions {
  /** Worker threads (the caller sizes this from the cores; lib/env.ts OCR_WORKERS). */
  workers?: number;
  /** Called after each page: pages done, pages to do. */
  onPage?: (done: number, total: number) => void;
}

export async function recognizePages(count: number, render: (i: number) => Promise<Buffer>, opts: OcrOptions = {}): Promise<OcrLine[][]> {
  const workers = Math.max(1, Math.min(opts.workers ?? 1, count));
  const pool = await createOcrPool(workers);
  const results: OcrLine[][] = new Array(count);
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  let failure: unknown;
  try {
    for (let i = 0; i < count && failure === undefined; i++) {
      const image = await render(i);
      const job = pool
        .recognize(image)
        .then((page) => {
          results[i] = linesFromPage(page);
          opts.onPage?.(++done, count);
        })
        .catch((e: unknown) => {
          failure ??= e;
        })
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= workers * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure !== undefined) throw failure;
    return results;
  } finally {
    await pool.close().catch(() => undefined);
  }
}
