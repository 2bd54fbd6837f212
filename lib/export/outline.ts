/**
 * Outline tree exporters (issue 12): Markdown (headings for nodes, bullets for key points) and
 * OPML 2.0 (nested <outline> elements that mind-map tools open). Pure: tree in, text out.
 * Citations are shown as segment numbers (#n) so a reader can find the line.
 */
import type { OutlineNode, OutlineTree } from "@/lib/engine/quiz-types";
import { escapeBlock, escapeInline } from "@/lib/export/markdown-escape";

const cite = (c: number[]) => (c.length ? ` [${c.map((i) => `#${i}`).join(", ")}]` : "");

export function outlineToMarkdown(tree: OutlineTree): string {
  const out = [`# ${escapeInline(tree.title)}`, ""];
  const walk = (n: OutlineNode) => {
    // Markdown has six heading levels; the title takes the first.
    const depth = Math.min(6, n.level + 1);
    out.push(`${"#".repeat(depth)} ${escapeBlock(n.title)}`, "");
    if (n.points.length) out.push(...n.points.map((p) => `- ${escapeBlock(p.text)}${cite(p.citations)}`), "");
    n.children.forEach(walk);
  };
  tree.nodes.forEach(walk);
  return `${out.join("\n").trimEnd()}\n`;
}

// Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/F).
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return (
    text
      .replace(XML_INVALID, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Attribute values would fold raw newlines and tabs into spaces.
      .replace(/\n/g, "&#10;")
      .replace(/\r/g, "&#13;")
      .replace(/\t/g, "&#9;")
  );
}

export function outlineToOpml(tree: OutlineTree): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>", `    <title>${escapeXml(tree.title)}</title>`, "  </head>", "  <body>"];
  const attr = (text: string, c: number[]) => `text="${escapeXml(text)}"${c.length ? ` _citations="${c.join(",")}"` : ""}`;
  const walk = (n: OutlineNode, indent: string) => {
    const inner = n.points.length + n.children.length;
    if (!inner) {
      lines.push(`${indent}<outline ${attr(n.title, n.citations)}/>`);
      return;
    }
    lines.push(`${indent}<outline ${attr(n.title, n.citations)}>`);
    for (const p of n.points) lines.push(`${indent}  <outline ${attr(p.text, p.citations)}/>`);
    for (const c of n.children) walk(c, `${indent}  `);
    lines.push(`${indent}</outline>`);
  };
  for (const n of tree.nodes) walk(n, "    ");
  lines.push("  </body>", "</opml>");
  return `${lines.join("\n")}\n`;
}
