import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { escapeBlock } from "@/lib/export/markdown-escape";
import { DOCUMENT_FONTS, documentLanguage } from "@/lib/export/office-fonts";
import { isSafeHref, plainText, type RichNode } from "@/lib/text/rich-doc";
import { hasHan } from "@/lib/text/cjk";

/**
 * A writing (the assistant's editor document) as Markdown and as Word: headings, paragraphs, lists,
 * quotes, code, tables and links (a citation to a meeting line links to that line in the app).
 * Chinese gets the East-Asian font slot, as in the minutes export.
 */
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

const absolute = (href: string, baseUrl: string) => (href.startsWith("/") ? new URL(href, baseUrl).toString() : href);
/** Inline Markdown escaping that keeps the text's own spaces (a text node can be just " " between two links). */
const escapeText = (s: string) => s.replace(/[\\`*_[\]<>~]|&(?=#?[a-zA-Z0-9]+;)/g, (m) => `\\${m}`);
const mark = (n: RichNode, type: string) => n.marks?.find((m) => m.type === type);

function runs(node: RichNode, baseUrl: string): (TextRun | ExternalHyperlink)[] {
  const out: (TextRun | ExternalHyperlink)[] = [];
  for (const n of node.content ?? []) {
    if (n.type === "hardBreak") {
      out.push(new TextRun({ text: "", break: 1 }));
      continue;
    }
    if (n.type !== "text" || !n.text) continue;
    const style = {
      bold: !!mark(n, "bold"),
      italics: !!mark(n, "italic"),
      strike: !!mark(n, "strike"),
      underline: mark(n, "underline") ? {} : undefined,
      font: mark(n, "code") ? "Consolas" : undefined,
    };
    const href = mark(n, "link")?.attrs?.href;
    if (isSafeHref(href) && !String(href).startsWith("#")) {
      out.push(
        new ExternalHyperlink({ link: absolute(String(href), baseUrl), children: [new TextRun({ text: n.text, ...style, style: "Hyperlink", color: "2563EB", underline: {} })] }),
      );
    } else out.push(new TextRun({ text: n.text, ...style }));
  }
  return out;
}

function blocks(node: RichNode, baseUrl: string, ctx: { list?: "bullet" | "ordered"; level: number; quote?: boolean }): (Paragraph | Table)[] {
  switch (node.type) {
    case "heading": {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 1, 1), 6);
      return [new Paragraph({ heading: HEADINGS[level - 1], children: runs(node, baseUrl) })];
    }
    case "paragraph":
      return [new Paragraph({ children: runs(node, baseUrl), ...(ctx.quote ? { indent: { left: 720 } } : {}) })];
    case "codeBlock":
      return [new Paragraph({ children: [new TextRun({ text: plainText(node), font: "Consolas" })] })];
    case "horizontalRule":
      return [new Paragraph({ children: [], border: { bottom: { style: "single", size: 6, color: "9CA3AF", space: 1 } } })];
    case "blockquote":
      return (node.content ?? []).flatMap((c) => blocks(c, baseUrl, { ...ctx, quote: true }));
    case "bulletList":
    case "orderedList":
      return (node.content ?? []).flatMap((item, i) =>
        (item.content ?? []).flatMap((child, j) => {
          if (child.type !== "paragraph") return blocks(child, baseUrl, { ...ctx, level: ctx.level + 1 });
          const prefix = node.type === "orderedList" && j === 0 ? [new TextRun(`${i + 1}. `)] : [];
          return [
            new Paragraph({
              ...(node.type === "bulletList" && j === 0 ? { bullet: { level: Math.min(ctx.level, 8) } } : { indent: { left: 360 * (ctx.level + 1) } }),
              children: [...prefix, ...runs(child, baseUrl)],
            }),
          ];
        }),
      );
    case "table": {
      const rows = (node.content ?? []).map(
        (row) =>
          new TableRow({
            children: (row.content ?? []).map(
              (cell) =>
                new TableCell({
                  children: (cell.content ?? []).flatMap((c) => blocks(c, baseUrl, { level: 0 })).filter((b): b is Paragraph => b instanceof Paragraph),
                }),
            ),
          }),
      );
      return rows.length ? [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })] : [];
    }
    default:
      return (node.content ?? []).flatMap((c) => blocks(c, baseUrl, ctx));
  }
}

export async function writingToDocx(title: string, doc: RichNode, baseUrl: string): Promise<Uint8Array> {
  const children = blocks(doc, baseUrl, { level: 0 });
  const lang = hasHan(title + plainText(doc)) ? "zh" : "en";
  const document = new Document({
    creator: "Jiyao",
    title,
    styles: {
      default: {
        document: { run: { font: DOCUMENT_FONTS, language: documentLanguage(lang), size: 22 } },
        title: { run: { font: DOCUMENT_FONTS, size: 40, bold: true }, paragraph: { alignment: AlignmentType.LEFT } },
        heading1: { run: { font: DOCUMENT_FONTS, size: 32, bold: true, color: "1F2937" }, paragraph: { spacing: { before: 280, after: 120 } } },
        heading2: { run: { font: DOCUMENT_FONTS, size: 27, bold: true, color: "374151" }, paragraph: { spacing: { before: 200, after: 80 } } },
        heading3: { run: { font: DOCUMENT_FONTS, size: 24, bold: true, color: "374151" } },
      },
    },
    sections: [{ children: children.length ? children : [new Paragraph({ children: [] })] }],
  });
  return Packer.pack(document, "uint8array");
}

function inlineMd(node: RichNode, baseUrl: string): string {
  return (node.content ?? [])
    .map((n) => {
      if (n.type === "hardBreak") return "  \n";
      if (n.type !== "text" || !n.text) return "";
      let s = mark(n, "code") ? `\`${n.text.replaceAll("`", "'")}\`` : escapeText(n.text);
      if (mark(n, "bold")) s = `**${s}**`;
      if (mark(n, "italic")) s = `*${s}*`;
      if (mark(n, "strike")) s = `~~${s}~~`;
      const href = mark(n, "link")?.attrs?.href;
      if (isSafeHref(href)) s = `[${s}](${absolute(String(href), baseUrl).replaceAll(" ", "%20").replaceAll(")", "%29")})`;
      return s;
    })
    .join("");
}

function md(node: RichNode, baseUrl: string, indent = ""): string[] {
  switch (node.type) {
    case "heading":
      return [`${"#".repeat(Math.min(Math.max(Number(node.attrs?.level) || 1, 1), 6))} ${inlineMd(node, baseUrl)}`, ""];
    case "paragraph":
      return [indent + inlineMd(node, baseUrl), ""];
    case "codeBlock":
      return ["```", plainText(node), "```", ""];
    case "horizontalRule":
      return ["---", ""];
    case "blockquote":
      return (node.content ?? []).flatMap((c) => md(c, baseUrl)).map((l) => (l ? `> ${l}` : ">"));
    case "bulletList":
    case "orderedList": {
      const lines = (node.content ?? []).flatMap((item, i) => {
        const marker = node.type === "orderedList" ? `${i + 1}. ` : "- ";
        const inner = (item.content ?? []).flatMap((c) => (c.type === "paragraph" ? [inlineMd(c, baseUrl)] : md(c, baseUrl, `${indent}  `).filter(Boolean)));
        return inner.map((l, j) => (j === 0 ? `${indent}${marker}${l}` : l.startsWith(indent) ? l : `${indent}  ${l}`));
      });
      return [...lines, ""];
    }
    case "table": {
      const rows = (node.content ?? []).map((row) =>
        (row.content ?? []).map((cell) =>
          (cell.content ?? [])
            .map((c) => inlineMd(c, baseUrl))
            .join(" ")
            .replaceAll("|", "\\|"),
        ),
      );
      if (!rows.length) return [];
      const width = Math.max(...rows.map((r) => r.length));
      const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? "").join(" | ")} |`;
      return [line(rows[0]), `|${" --- |".repeat(width)}`, ...rows.slice(1).map(line), ""];
    }
    default:
      return (node.content ?? []).flatMap((c) => md(c, baseUrl, indent));
  }
}

export function writingToMarkdown(title: string, doc: RichNode, baseUrl: string): string {
  const body = md(doc, baseUrl);
  const first = doc.content?.[0];
  // A draft starts with its title as a heading already; otherwise the title leads.
  const lead = first?.type === "heading" && plainText(first).trim() === title.trim() ? [] : [`# ${escapeBlock(title)}`, ""];
  return `${[...lead, ...body]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
