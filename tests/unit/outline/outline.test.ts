import { existsSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { localOutline } from "@/lib/engine/local/book-outline";
import { OutlineTreeSchema, type OutlineNode, type OutlineTree } from "@/lib/engine/quiz-types";
import { loadCase, renderCase } from "@/lib/eval/cases";
import { outlineToMarkdown, outlineToOpml } from "@/lib/export/outline";
import { parseDocument } from "@/lib/ingest";
import type { ParsedDoc } from "@/lib/ingest/types";

const parse = (text: string, fileName: string) => parseDocument({ bytes: new TextEncoder().encode(text), fileName });
const all = (ns: OutlineNode[]): OutlineNode[] => ns.flatMap((n) => [n, ...all(n.children)]);

/** Every key point is a sentence of a segment it cites, and every node cites what it spans. */
function expectCited(tree: OutlineTree, doc: ParsedDoc) {
  expect(OutlineTreeSchema.safeParse(tree).success).toBe(true);
  for (const n of all(tree.nodes)) {
    expect(n.citations.length).toBeGreaterThan(0);
    expect(n.points.length).toBeLessThanOrEqual(3);
    for (const p of n.points) {
      expect(p.citations.every((c) => n.citations.includes(c))).toBe(true);
      if (doc.kind === "document") expect(doc.segments[p.citations[0]].text.replace(/\s+/g, " ")).toContain(p.text.replace(/\s+/g, " "));
    }
  }
}

const BOOK = `# Field Guide

## Part One: Birds

### Chapter 1: Owls

Owls hunt at night and can turn their heads very far. The barn owl finds mice by sound alone in complete darkness.

### Chapter 2: Gulls

Gulls live along coasts and follow fishing boats. Herring gulls learn to open shellfish by dropping them on rocks.

## Part Two: Trees

### Chapter 3: Oaks

Oaks can live for several centuries in open fields. Their acorns feed jays, squirrels and deer through the winter.
`;

describe("local outline", () => {
  it("follows the heading structure: parts → chapters, with key points citing their lines", async () => {
    const doc = await parse(BOOK, "guide.md");
    const tree = localOutline(doc);
    expect(tree.source).toBe("headings");
    expect(tree.nodes.map((n) => n.title)).toEqual(["Part One: Birds", "Part Two: Trees"]);
    expect(tree.nodes[0].children.map((n) => n.title)).toEqual(["Chapter 1: Owls", "Chapter 2: Gulls"]);
    expect(tree.nodes[0].children[0].level).toBe(2);
    expect(tree.nodes[0].children[0].points.length).toBeGreaterThanOrEqual(1);
    expect(tree.nodes[0].children[0].points[0].text).toMatch(/owl/i);
    expectCited(tree, doc);
  });
  it("a meeting without headings gets topics as chapters", async () => {
    const lines = Array.from({ length: 12 }, (_, i) =>
      i < 6 ? `Ann: The budget for the marketing campaign needs review item ${i}.` : `Bo: The office move to the new building happens in spring phase ${i}.`,
    );
    const doc = await parse(`${lines.join("\n")}\n`, "m.txt");
    const tree = localOutline(doc);
    expect(tree.source).toBe("topics");
    expect(tree.nodes.length).toBeGreaterThanOrEqual(1);
    expect(tree.nodes.flatMap((n) => n.citations).sort((a, b) => a - b)).toEqual(doc.segments.map((s) => s.index));
    expectCited(tree, doc);
  });
});

const TREE: OutlineTree = {
  title: 'R&D <plan> "2026"',
  source: "headings",
  nodes: [
    {
      title: "# Costs & <risks>",
      level: 1,
      citations: [0, 1],
      points: [{ text: "- Spend 'less' & ship\u0001 faster", citations: [1] }],
      children: [{ title: "Sub", level: 2, citations: [1], points: [], children: [] }],
    },
  ],
};

describe("outline exporters", () => {
  it("OPML is valid XML with the text escaped and the tree nested", () => {
    const xml = outlineToOpml(TREE);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    expect(parsed.opml.head.title).toBe('R&D <plan> "2026"');
    const top = parsed.opml.body.outline;
    expect(top.text).toBe("# Costs & <risks>");
    expect(top._citations).toBe("0,1");
    expect(top.outline.map((o: { text: string }) => o.text)).toEqual(["- Spend 'less' & ship faster", "Sub"]);
  });
  it("Markdown nests headings and escapes text that would become markup", () => {
    const md = outlineToMarkdown(TREE);
    expect(md).toContain("## \\# Costs & \\<risks\\>");
    expect(md).toContain("### Sub");
    expect(md).toMatch(/^- \\- Spend 'less' & ship.* \[#1\]$/m);
  });
});

const CORPUS = [process.env.JIYAO_CORPUS, path.resolve(process.cwd(), "../shared/corpus"), "/work/shared/corpus"].find((d) => d && existsSync(d));

describe("local outline on corpus cases", () => {
  it("the corpus is present", () => {
    expect(CORPUS, "development corpus not found: set JIYAO_CORPUS or place it at ../shared/corpus").toBeTruthy();
  });
  for (const rel of ["sciduet/1053.json", "vcsum/102.json", "office/en02-vendor-negotiation.json"]) {
    it(`${rel}: every node cited, every point from its lines, valid OPML`, async () => {
      const file = path.join(CORPUS ?? "/missing", rel);
      expect(existsSync(file), `missing corpus case ${file}`).toBe(true);
      const c = loadCase(file);
      const r = renderCase(c);
      const doc = await parse(r.text, r.fileName);
      const tree = localOutline(doc);
      expect(tree.nodes.length).toBeGreaterThan(c.kind === "document" ? 3 : 0);
      expectCited(tree, doc);
      expect(
        all(tree.nodes)
          .filter((n) => !n.children.length)
          .every((n) => n.points.length >= 1),
      ).toBe(true);
      expect(XMLValidator.validate(outlineToOpml(tree))).toBe(true);
    }, 30_000);
  }
});
