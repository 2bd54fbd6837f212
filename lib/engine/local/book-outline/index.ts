/**
 * Document outline (issue 12, AI 大纲): parts → chapters → sections from the heading paths the
 * parser gives every segment, with 1–3 extractive key points under each node that has text of
 * its own. A document without headings (a meeting) gets its topics (TextTiling) as chapters,
 * titled by their keyphrases.
 */
import type { OutlineNode, OutlineTree } from "@/lib/engine/quiz-types";
import { keyphrases, partIdf, titleFrom } from "@/lib/engine/local/keyphrases";
import { segmentTopics } from "@/lib/engine/local/topics";
import { buildUnits } from "@/lib/engine/local/units";
import type { ParsedDoc } from "@/lib/ingest/types";
import { keyPoints, pointIndex, type PointIndex } from "@/lib/engine/local/book-outline/points";

interface Draft {
  title: string;
  segs: number[];
  /** Segments directly under this heading (before or between its sub-headings). */
  own: number[];
  children: Draft[];
}

function finish(d: Draft, level: number, ix: PointIndex): OutlineNode {
  return { title: d.title, level, citations: d.segs, points: keyPoints(ix, d.own), children: d.children.map((c) => finish(c, level + 1, ix)) };
}

/** Heading paths with the prefix every segment shares removed (a "# Title" wrapping the whole file). */
function trimmedPaths(doc: ParsedDoc): string[][] {
  const paths = doc.segments.map((s) => s.headingPath ?? []);
  const withPath = paths.filter((p) => p.length);
  let common = 0;
  while (withPath.length === paths.length && withPath.every((p) => p.length > common + 1 && p[common] === withPath[0][common])) common++;
  return paths.map((p) => p.slice(common));
}

function untitled(doc: ParsedDoc, segs: number[]): string {
  const text = segs.map((s) => doc.segments[s].text).join("\n");
  return titleFrom(keyphrases(text, partIdf(doc.segments.map((s) => s.text)), 3), doc.lang === "zh");
}

function fromHeadings(doc: ParsedDoc, ix: PointIndex): OutlineNode[] {
  const root: Draft = { title: doc.title, segs: [], own: [], children: [] };
  trimmedPaths(doc).forEach((path, seg) => {
    let node = root;
    node.segs.push(seg);
    if (!path.length) {
      // Text before the first heading (an abstract, a preface) is its own leading node.
      let lead = root.children.at(-1);
      if (lead?.title !== "\u0000lead") root.children.push((lead = { title: "\u0000lead", segs: [], own: [], children: [] }));
      lead.segs.push(seg);
      lead.own.push(seg);
      return;
    }
    for (const title of path) {
      // Same heading text again later is a new section, so only the last child is reused.
      let next = node.children.at(-1);
      if (!next || next.title !== title) node.children.push((next = { title, segs: [], own: [], children: [] }));
      next.segs.push(seg);
      node = next;
    }
    node.own.push(seg);
  });
  const name = (d: Draft) => {
    if (d.title === "\u0000lead") d.title = untitled(doc, d.segs);
    d.children.forEach(name);
  };
  name(root);
  return root.children.map((c) => finish(c, 1, ix));
}

function fromTopics(doc: ParsedDoc, ix: PointIndex): OutlineNode[] {
  if (!doc.segments.length) return [];
  const spans = segmentTopics(buildUnits(doc), 0, doc.segments.length - 1);
  const texts = spans.map((s) =>
    doc.segments
      .slice(s.start, s.end + 1)
      .map((x) => x.text)
      .join("\n"),
  );
  const idf = partIdf(texts);
  return spans.map((s, i) => {
    const segs = Array.from({ length: s.end - s.start + 1 }, (_, k) => s.start + k);
    return { title: titleFrom(keyphrases(texts[i], idf, 3), doc.lang === "zh"), level: 1, citations: segs, points: keyPoints(ix, segs), children: [] };
  });
}

export function localOutline(doc: ParsedDoc): OutlineTree {
  const ix = pointIndex(doc);
  const headed = doc.segments.some((s) => s.headingPath?.length);
  return headed ? { title: doc.title, source: "headings", nodes: fromHeadings(doc, ix) } : { title: doc.title, source: "topics", nodes: fromTopics(doc, ix) };
}
