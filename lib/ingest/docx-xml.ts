/**
 * WordprocessingML → paragraphs, heading styles and the core title. Tokenizing is htmlparser2's
 * (entities decoded as XML); the state kept here is flat (a paragraph stack for text boxes inside
 * paragraphs, a table stack for nested tables), so the cost stays one pass however the markup is
 * nested, and no element tree is built.
 */
import { decodeXML } from "entities";
import { scanXml } from "./xml-events";

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

const PARA_ATTRS = new Set(["w:pStyle", "w:outlineLvl"]);
const STYLE_ATTRS = new Set(["w:style", "w:name", "w:outlineLvl"]);

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

  const tag = (name: string, closing: boolean, selfClosing: boolean, attrs: Record<string, string>) => {
    // Word stores text boxes twice (modern + VML fallback); reading the fallback would duplicate text.
    if (name === "mc:Fallback") {
      if (!selfClosing) skip += closing ? -1 : 1;
      return;
    }
    if (skip > 0) return;
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
        if (para && !closing) para.styleId = attrs["w:val"];
        break;
      case "w:outlineLvl":
        if (para && !closing) para.outlineLevel = Number(attrs["w:val"]);
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
  };

  scanXml(xml, PARA_ATTRS, {
    open: (name, attrs, selfClosing) => tag(name, false, selfClosing, attrs),
    close: (name) => tag(name, true, false, {}),
    text(t) {
      if (inText && skip === 0 && paras.length) paras[paras.length - 1].text += t;
    },
  });
  return out;
}

/** styleId → heading level (0 = Title) from word/styles.xml, whatever language Word was in. */
export function headingStyles(stylesXml: string): Map<string, number> {
  const map = new Map<string, number>();
  let style: { id: string; name?: string; outline?: string } | undefined;
  scanXml(stylesXml, STYLE_ATTRS, {
    open(name, attrs, selfClosing) {
      if (name === "w:style") style = selfClosing || attrs["w:styleId"] === undefined ? undefined : { id: attrs["w:styleId"] };
      else if (!style) return;
      else if (name === "w:name") style.name ??= attrs["w:val"] ?? "";
      // Levels are one digit (0–8); anything else is not an outline level.
      else if (name === "w:outlineLvl" && style.outline === undefined && /^\d$/.test(attrs["w:val"] ?? "")) style.outline = attrs["w:val"];
    },
    close(name) {
      if (name !== "w:style" || !style) return;
      const { id, name: styleName = "", outline } = style;
      const level = styleLevel(id, styleName) ?? (outline !== undefined ? Number(outline) + 1 : undefined);
      if (level !== undefined) map.set(id, level);
      style = undefined;
    },
    text() {},
  });
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
  const t = close < 0 ? "" : decodeXML(coreXml.slice(open + "<dc:title>".length, close)).trim();
  return t || undefined;
}
