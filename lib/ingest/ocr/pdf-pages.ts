/** Renders PDF pages to PNG for recognition (pdf.js drawing onto @napi-rs/canvas, its Node canvas). */
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";
import { scaleFor } from "./raster";

export async function renderPdfPage(doc: PDFDocumentProxy, pageNumber: number): Promise<Buffer> {
  const { createCanvas } = await import("@napi-rs/canvas");
  const page = await doc.getPage(pageNumber);
  try {
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: scaleFor(base.width, base.height) });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
    return canvas.encode("png");
  } finally {
    page.cleanup();
  }
}
