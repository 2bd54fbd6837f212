/**
 * A single-pass scanner over WordprocessingML. A full XML parser would build a tree (and recurse)
 * for documents we only need paragraph text, styles and table cells from; this stays linear and
 * flat however the markup is nested.
 */
import { decodeEntities } from "./cues";

export interface DocxParagraph {
  text: string;
  styleId?: string;
  outlineLevel?: number;
}

interface ParaState {
  text: string;
  styleId?: string;
  outlineLevel?: number;
}

interface TableState {
  row: string[];
  cell?: string[];
}

const TAG_NAME = /^<\/?([^\s/>]+)/;
const VAL = /\bw:val="([^"]*)"/;

/** Paragraphs in reading order; a table row becomes one paragraph "cell | cell | cell". */
export function scanDocumentXml(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const paras: ParaState[] = [];
  const tables: TableState[] = [];
  let inText = false;
  let inParaProps = false;
  let skip = 0;

  const emit = (p: DocxParagraph) => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(p.text);
    else out.push(p);
  };

  const token = /<[^>]*>|[^<]+/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const t = m[0];
    if (t[0] !== "<") {
      if (inText && skip === 0 && paras.length) paras[paras.length - 1].text += decodeEntities(t);
      continue;
    }
    if (t.startsWith("<?") || t.startsWith("<!")) continue;
    const name = TAG_NAME.exec(t)?.[1];
    if (!name) continue;
    const closing = t[1] === "/";
    const selfClosing = t.endsWith("/>");
    // Word stores text boxes twice (modern + VML fallback); reading the fallback would duplicate text.
    if (name === "mc:Fallback") {
      if (!selfClosing) skip += closing ? -1 : 1;
      continue;
    }
    if (skip > 0) continue;
    const para = paras[paras.length - 1];
    switch (name) {
      case "w:p":
        if (selfClosing) break;
        if (!closing) paras.push({ text: "" });
        else {
          const done = paras.pop();
          if (done) emit({ text: done.text, styleId: done.styleId, outlineLevel: done.outlineLevel });
        }
        break;
      case "w:t":
        inText = !closing && !selfClosing;
        break;
      case "w:pStyle":
        if (para) para.styleId = VAL.exec(t)?.[1];
        break;
      case "w:outlineLvl":
        if (para) para.outlineLevel = Number(VAL.exec(t)?.[1]);
        break;
      case "w:pPr":
        inParaProps = !closing && !selfClosing;
        break;
      case "w:tab":
        // <w:tab/> inside paragraph properties is a tab stop definition, not a tab character.
        if (para && selfClosing && !inParaProps) para.text += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (para) para.text += "\n";
        break;
      case "w:tbl":
        if (closing) tables.pop();
        else if (!selfClosing) tables.push({ row: [] });
        break;
      case "w:tc": {
        const table = tables[tables.length - 1];
        if (!table) break;
        if (!closing && !selfClosing) table.cell = [];
        else if (closing && table.cell) {
          table.row.push(table.cell.map((s) => s.trim()).filter(Boolean).join(" "));
          table.cell = undefined;
        }
        break;
      }
      case "w:tr": {
        const table = tables[tables.length - 1];
        if (!table || !closing) break;
        const cells = table.row.filter(Boolean);
        table.row = [];
        if (cells.length) {
          // A row of a nested table lands in the enclosing cell, not as a top-level paragraph.
          tables.pop();
          emit({ text: cells.join(" | ") });
          tables.push(table);
        }
        break;
      }
    }
  }
  return out;
}

/** styleId → heading level (0 = Title) from word/styles.xml, whatever language Word was in. */
export function headingStyles(stylesXml: string): Map<string, number> {
  const map = new Map<string, number>();
  const styleRe = /<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g;
  for (let m = styleRe.exec(stylesXml); m; m = styleRe.exec(stylesXml)) {
    const name = /<w:name\s+w:val="([^"]*)"/.exec(m[2])?.[1] ?? "";
    const outline = /<w:outlineLvl\s+w:val="(\d)"/.exec(m[2])?.[1];
    const level = styleLevel(m[1], name) ?? (outline !== undefined ? Number(outline) + 1 : undefined);
    if (level !== undefined) map.set(m[1], level);
  }
  return map;
}

export function styleLevel(styleId: string, name = ""): number | undefined {
  const h = /^heading\s*(\d)$/i.exec(name) ?? /^heading\s*(\d)$/i.exec(styleId) ?? /^标题\s*(\d)$/.exec(name);
  if (h) return Number(h[1]);
  if (/^title$/i.test(name) || /^title$/i.test(styleId) || name === "标题") return 0;
  return undefined;
}

export function coreTitle(coreXml: string): string | undefined {
  const m = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(coreXml);
  const t = m ? decodeEntities(m[1]).trim() : "";
  return t || undefined;
}
