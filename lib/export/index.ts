/** Exporters: stored artifacts in, file bytes or Markdown out. Pure: no database, no file system. */
export { minutesToDocx } from "@/lib/export/docx";
export { deckToMarkdown, minutesToMarkdown } from "@/lib/export/markdown";
export { deckToPptx } from "@/lib/export/pptx";
export type * from "@/lib/export/types";
