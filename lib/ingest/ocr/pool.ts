/**
 * A pool of tesseract.js workers (worker threads) behind its scheduler: pages are recognised in
 * parallel, one per worker. Each worker loads Chinese + English once (~1 s), so a pool is made per
 * document and sized to min(workers, pages); it is closed when the document is done.
 */
import { langPath, OCR_LANGS } from "./traineddata";
import type { TessPage } from "./lines";

export interface OcrPool {
  recognize(image: Buffer): Promise<TessPage>;
  close(): Promise<void>;
}

export async function createOcrPool(workers: number): Promise<OcrPool> {
  const { createScheduler, createWorker, OEM, PSM } = await import("tesseract.js");
  const scheduler = createScheduler();
  const dir = langPath();
  const made = await Promise.all(
    Array.from({ length: Math.max(1, workers) }, () =>
      createWorker(
        [...OCR_LANGS],
        OEM.LSTM_ONLY,
        {
          langPath: dir,
          gzip: true,
          // The trained data is read from node_modules on every start; nothing is cached or fetched.
          cacheMethod: "none",
          errorHandler: () => undefined,
        },
        // Tesseract's diagnostics (a harmless "Failed loading language" while chi_sim+eng start) stay off stderr.
        { debug_file: "/dev/null" } as Record<string, string>,
      ),
    ),
  );
  for (const w of made) {
    // Automatic page segmentation; keep spaces between Latin words as laid out.
    await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: "1" });
    scheduler.addWorker(w);
  }
  return {
    async recognize(image) {
      const result = await scheduler.addJob("recognize", image, {}, { text: false, blocks: true });
      return result.data as unknown as TessPage;
    },
    close: () => scheduler.terminate().then(() => undefined),
  };
}
