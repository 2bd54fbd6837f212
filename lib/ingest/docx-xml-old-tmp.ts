/**
 * A single-pass scanner over WordprocessingML. A full XML parser would build a tree (and recurse)
 * for documents we only need paragraph text, styles and table cells from; this stays linear and
 * flat however the markup is nested.
 */
import { decodeEntities } from "/work/main/lib/ingest/cues";

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

  const token = /<[^<>]*>|[^<]+/g;
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
          table.row.push(
            table.cell
              .map((s) => s.trim())
              .filter(Boolean)
              .join(" "),
          );
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
  // Split at each "<w:style" (never inside "</w:style>"); each part is read up to its own end tag,
  // so the cost is one pass however the file is shaped.
  for (const part of stylesXml.split("<w:style").slice(1)) {
    if (/^[\w:-]/.test(part)) continue; // <w:styles>, <w:styleLink …>
    const gt = part.indexOf(">");
    if (gt < 0) continue;
    const id = /w:styleId="([^"]*)"/.exec(part.slice(0, gt))?.[1];
    const end = part.indexOf("</w:style>", gt);
    if (id === undefined || end < 0) continue;
    const body = part.slice(gt + 1, end);
    const name = /<w:name\s+w:val="([^"]*)"/.exec(body)?.[1] ?? "";
    const outline = /<w:outlineLvl\s+w:val="(\d)"/.exec(body)?.[1];
    const level = styleLevel(id, name) ?? (outline !== undefined ? Number(outline) + 1 : undefined);
    if (level !== undefined) map.set(id, level);
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
  const open = coreXml.indexOf("<dc:title>");
  const close = open < 0 ? -1 : coreXml.indexOf("</dc:title>", open);
  const t = close < 0 ? "" : decodeEntities(coreXml.slice(open + "<dc:title>".length, close)).trim();
  return t || undefined;
}
