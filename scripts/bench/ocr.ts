/**
 * OCR quality and speed on clean rendered pages (see support/render-pages.ts): a Chinese and an English
 * page, each as a PNG screenshot and as an image-only PDF, through the same parseDocument the app uses.
 * Character error rate against the text that was rendered, and seconds per page (pool start included),
 * wall and CPU (the machine is shared: CPU seconds are the load-independent figure).
 */
import { performance } from "node:perf_hooks";
import { availableParallelism } from "node:os";
import type { BenchRow } from "../bench";
import { parseDocument } from "@/lib/ingest";
import { cer } from "./support/cer";
import { EN_PAGE, ZH_PAGE } from "./support/ocr-pages";
import { renderPage, withBrowser } from "./support/render-pages";

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const workers = Number(process.env.OCR_WORKERS ?? availableParallelism());
  const pages = await withBrowser(async (b) => ({ zh: await renderPage(b, ZH_PAGE, "zh"), en: await renderPage(b, EN_PAGE, "en") }));
  for (const lang of ["zh", "en"] as const) {
    const reference = (lang === "zh" ? ZH_PAGE : EN_PAGE).join("\n");
    for (const [form, bytes, fileName] of [
      ["png", pages[lang].png, `${lang}.png`],
      ["image-only pdf", pages[lang].pdf, `${lang}.pdf`],
    ] as const) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const doc = await parseDocument({ bytes: new Uint8Array(bytes), fileName }, { ocr: { workers } });
      const seconds = (performance.now() - t0) / 1000;
      // CPU time of this process and its worker threads: what the page costs whatever else the shared machine runs.
      const cpu = process.cpuUsage(cpu0);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const text = doc.segments.map((s) => s.text).join("\n");
      const name = `${lang} page (${form})`;
      const rate = cer(text, reference, lang);
      if (process.env.BENCH_VERBOSE) console.log(name, rate, text);
      rows.push({ bench: "ocr", case: name, metric: "CER", value: rate * 100, unit: "%", goal: lang === "zh" ? "≤ 5" : "≤ 3" });
      rows.push({ bench: "ocr", case: name, metric: "time per page", value: seconds, unit: "s", goal: "≤ 10" });
      rows.push({ bench: "ocr", case: name, metric: "CPU time per page", value: cpuSeconds, unit: "s" });
      const low = doc.segments.filter((s) => (s.confidence ?? 1) < 0.6).length;
      rows.push({ bench: "ocr", case: name, metric: "low-confidence lines", value: low, unit: `of ${doc.segments.length}` });
    }
  }
  return rows;
}
