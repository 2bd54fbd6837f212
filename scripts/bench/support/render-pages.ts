/**
 * Clean rendered pages for OCR measurement and fixtures: text laid out by Chromium in Noto fonts
 * (Noto Sans CJK SC for Chinese), saved as a PNG screenshot and as an image-only PDF (the screenshot
 * placed on an A4 page: no text layer, like a scan).
 */
import { chromium, type Browser } from "@playwright/test";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface RenderedPage {
  png: Buffer;
  /** The same page as a JPEG, as a camera or phone saves it. */
  jpeg: Buffer;
  pdf: Buffer;
}

function pageHtml(paragraphs: string[], lang: "zh" | "en", fontPx: number, widthPx: number): string {
  const font = lang === "zh" ? "'Noto Sans CJK SC', 'Noto Sans SC', sans-serif" : "'Noto Sans', 'DejaVu Sans', sans-serif";
  const body = paragraphs.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("");
  return `<!doctype html><html lang="${lang}"><body style="margin:48px;width:${widthPx}px;font-family:${font};font-size:${fontPx}px;line-height:1.6;background:#fff;color:#111">${body}</body></html>`;
}

export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

export async function renderPage(browser: Browser, paragraphs: string[], lang: "zh" | "en", fontPx = 20, widthPx = 720): Promise<RenderedPage> {
  const page = await browser.newPage({ viewport: { width: widthPx + 100, height: 100 }, deviceScaleFactor: 1 });
  try {
    await page.setContent(pageHtml(paragraphs, lang, fontPx, widthPx));
    const png = await page.screenshot({ fullPage: true, type: "png" });
    const jpeg = await page.screenshot({ fullPage: true, type: "jpeg", quality: 85 });
    // The screenshot as the only content of an A4 page: an image-only PDF, as a scanner makes.
    const data = png.toString("base64");
    await page.setContent(`<!doctype html><html><body style="margin:0"><img src="data:image/png;base64,${data}" style="width:190mm;margin:10mm"></body></html>`);
    const pdf = await page.pdf({ format: "A4", printBackground: true, margin: { top: "0", bottom: "0", left: "0", right: "0" } });
    return { png, jpeg, pdf };
  } finally {
    await page.close();
  }
}
