/** DOCX: transcripts exported by 腾讯会议/Teams/飞书 (speaker + time paragraphs) and ordinary documents. */
import { AppError } from "@/lib/errors";
import type { ParsedDoc } from "./types";
import type { Block } from "./blocks";
import { finalizeDoc } from "./build";
import { readDocument } from "./document";
import { readTranscript } from "./transcript";
import { coreTitle, headingStyles, scanDocumentXml, styleLevel } from "./docx-xml";
import { openZip } from "./zip";
import { collapseBreaks } from "@/lib/text/scan";

export async function parseDocx(bytes: Uint8Array, fileName: string): Promise<ParsedDoc> {
  const zip = await openZip(bytes);
  const documentXml = await zip.text("word/document.xml");
  if (documentXml === undefined) throw new AppError("CORRUPT_FILE", "This Word file has no document body (word/document.xml is missing).");
  const styles = headingStyles((await zip.text("word/styles.xml")) ?? "");
  const core = await zip.text("docProps/core.xml");

  const blocks: Block[] = [];
  for (const p of scanDocumentXml(documentXml)) {
    const text = p.text.replace(/\t+/g, "  ").trim();
    if (!text) continue;
    const level =
      (p.styleId !== undefined ? (styles.get(p.styleId) ?? styleLevel(p.styleId)) : undefined) ??
      (p.outlineLevel !== undefined && p.outlineLevel < 9 ? p.outlineLevel + 1 : undefined);
    blocks.push(level !== undefined ? { text: collapseBreaks(text), headingLevel: level } : { text });
  }
  if (blocks.length === 0) throw new AppError("NO_TEXT", "This Word file contains no text.");

  const title = core ? coreTitle(core) : undefined;
  const transcript = readTranscript(blocks);
  const result =
    transcript ??
    readDocument(
      blocks.map((b) => ({ ...b, text: collapseBreaks(b.text) })),
      { knownTitle: title },
    );
  return finalizeDoc({ ...result, title: title ?? result.title }, { format: "docx", fileName });
}
