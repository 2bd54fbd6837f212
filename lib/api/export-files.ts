import "server-only";
import { loadDeckExport, loadMinutesExport, type ExportSource } from "@/lib/db/exports";
import { deckToMarkdown, deckToPptx, minutesToDocx, minutesToMarkdown, type DeckInput, type MinutesInput } from "@/lib/export";
import { outlineToMarkdown, outlineToOpml } from "@/lib/export/outline";
import type { OutlineTree } from "@/lib/engine/quiz-types";
import { documentOutline } from "@/lib/pipelines/document-outline";

/**
 * The four downloads the web app offers (minutes .md/.docx, slides .md/.pptx), shared by its export
 * routes (app/w/[workspaceId]/d/[documentId]/export) and HTTP API v1, so both write the same file.
 */
export interface ExportFormat<T> {
  load(workspaceId: string, documentId: string, version?: number): Promise<ExportSource<T> | null>;
  write(input: T): Promise<Uint8Array | string> | string;
  contentType: string;
  /** Appended to the document title to make the file name. */
  suffix: string;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
const MARKDOWN = "text/markdown; charset=utf-8";

export const MINUTES_MD: ExportFormat<MinutesInput> = { load: loadMinutesExport, write: minutesToMarkdown, contentType: MARKDOWN, suffix: ".md" };
export const MINUTES_DOCX: ExportFormat<MinutesInput> = { load: loadMinutesExport, write: minutesToDocx, contentType: DOCX, suffix: ".docx" };
export const SLIDES_PPTX: ExportFormat<DeckInput> = { load: loadDeckExport, write: deckToPptx, contentType: PPTX, suffix: ".pptx" };
// Distinct from the minutes' Markdown, so downloading both does not produce "title (1).md".
export const SLIDES_MD: ExportFormat<DeckInput> = { load: loadDeckExport, write: deckToMarkdown, contentType: MARKDOWN, suffix: ".slides.md" };

/** The outline (AI 大纲) is built from the document's lines, not stored: there is one version, the current one. */
async function loadOutlineExport(workspaceId: string, documentId: string): Promise<ExportSource<OutlineTree> | null> {
  const tree = await documentOutline(workspaceId, documentId);
  return tree ? { title: tree.title, version: 1, input: tree } : null;
}
export const OUTLINE_MD: ExportFormat<OutlineTree> = { load: loadOutlineExport, write: outlineToMarkdown, contentType: MARKDOWN, suffix: ".outline.md" };
export const OUTLINE_OPML: ExportFormat<OutlineTree> = { load: loadOutlineExport, write: outlineToOpml, contentType: "text/x-opml; charset=utf-8", suffix: ".opml" };

/** By the names HTTP API v1 uses in its path. */
export const EXPORTS_BY_NAME = { "minutes.md": MINUTES_MD, "minutes.docx": MINUTES_DOCX, "slides.md": SLIDES_MD, "slides.pptx": SLIDES_PPTX } as const;

/** A title as a file name on every OS: no path separators, reserved or control characters. */
export function fileName(title: string, suffix: string): string {
  const base = title
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .slice(0, 150)
    .trim();
  return `${base || "jiyao"}${suffix}`;
}

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * unescaped, which that grammar does not allow. */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

/** The export as a download response, or null when the document or the artifact version does not exist. */
export async function exportResponse<T>(format: ExportFormat<T>, workspaceId: string, documentId: string, version?: number): Promise<Response | null> {
  const source = await format.load(workspaceId, documentId, version);
  if (!source) return null;
  const body = await format.write(source.input);
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": format.contentType,
      "Content-Disposition": contentDisposition(fileName(source.title, format.suffix)),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
