/**
 * Topic segmentation. Meetings: TextTiling (Hearst 1997) over turns — lexical cohesion between
 * the windows either side of each turn boundary; a deep valley means the vocabulary changed, i.e.
 * a new topic. Documents: the heading structure the author gave us.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Unit } from "@/lib/engine/local/units";
import { cosine, idfOf, tfidfVec, type Vec } from "@/lib/engine/local/vectors";
import { hasHan } from "@/lib/text/cjk";

export interface Span {
  start: number;
  end: number;
}

function windowVec(units: Unit[], from: number, to: number, idf: Map<string, number>): Vec {
  const terms: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(units.length, to); i++) terms.push(...units[i].terms);
  return tfidfVec(terms, idf);
}

/** One topic per ~1,500 words / ~3,000 characters of talk (a 1-hour meeting → ~6), 1..10. */
export function targetTopicCount(totalLen: number, zh: boolean): number {
  return Math.max(1, Math.min(10, Math.round(totalLen / (zh ? 3000 : 1500))));
}

/**
 * A meeting too short for the length rule (a 20-minute office meeting) may still move between
 * subjects: up to one chapter per TURNS_PER_SHORT_TOPIC turns, at most SHORT_MAX, and a cut only
 * where the vocabulary change stands out — its depth above the mean depth by half a standard
 * deviation (Hearst's cut-off turned conservative, since a wrong chapter costs more than a missing one).
 */
const TURNS_PER_SHORT_TOPIC = 8;
const SHORT_MAX = 4;

/** Segment spans (inclusive) of the meeting's topics, in order, covering [first, last] segment. */
export function segmentTopics(units: Unit[], firstSeg: number, lastSeg: number, target?: number): Span[] {
  const content = units.filter((u) => u.content);
  const zh = content.some((u) => hasHan(u.text));
  const total = content.reduce((a, u) => a + u.len, 0);
  let k = target ?? targetTopicCount(total, zh);
  let strict = false;
  if (target === undefined && k <= 1) {
    const turns = new Set(content.map((u) => u.seg)).size;
    k = Math.min(SHORT_MAX, Math.floor(turns / TURNS_PER_SHORT_TOPIC));
    strict = true;
  }
  if (k <= 1 || content.length < 8) return [{ start: firstSeg, end: lastSeg }];
  const idf = idfOf(content.map((u) => u.terms));
  const w = Math.max(4, Math.min(30, Math.round(content.length / (k * 3))));
  // Candidate gaps: before unit i where the segment changes.
  const gaps: number[] = [];
  const sims: number[] = [];
  for (let i = 1; i < content.length; i++) {
    if (content[i].seg === content[i - 1].seg) continue;
    gaps.push(i);
    sims.push(cosine(windowVec(content, i - w, i, idf), windowVec(content, i, i + w, idf)));
  }
  // Depth: how far the similarity dips below the peaks on either side.
  const depth = sims.map((s, g) => {
    let l = s;
    for (let a = g - 1; a >= 0 && sims[a] >= l; a--) l = sims[a];
    let r = s;
    for (let b = g + 1; b < sims.length && sims[b] >= r; b++) r = sims[b];
    return l - s + (r - s);
  });
  const minGap = Math.max(3, Math.floor(content.length / (k * 2.5)));
  const order = depth.map((d, g) => [d, g] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const mean = depth.reduce((a, d) => a + d, 0) / Math.max(1, depth.length);
  const sd = Math.sqrt(depth.reduce((a, d) => a + (d - mean) ** 2, 0) / Math.max(1, depth.length));
  const floor = strict ? mean + sd / 2 : 0;
  const cuts: number[] = [];
  for (const [d, g] of order) {
    if (cuts.length >= k - 1 || d <= floor) break;
    const at = gaps[g];
    if (at < minGap || content.length - at < minGap) continue;
    if (cuts.some((c) => Math.abs(c - at) < minGap)) continue;
    cuts.push(at);
  }
  cuts.sort((a, b) => a - b);
  const spans: Span[] = [];
  let start = firstSeg;
  for (const c of cuts) {
    const seg = content[c].seg;
    spans.push({ start, end: seg - 1 });
    start = seg;
  }
  spans.push({ start, end: lastSeg });
  return spans.filter((s) => s.end >= s.start);
}

export interface HeadingSection extends Span {
  title: string;
}

/**
 * Document sections by heading. Uses the shallowest heading level that actually divides the
 * document (a single "# Title" wrapping everything does not), and keeps text before the first
 * heading (an abstract) as its own section.
 */
export function headingSections(doc: ParsedDoc): HeadingSection[] {
  const paths = doc.segments.map((s) => s.headingPath ?? []);
  const maxDepth = paths.reduce((m, p) => Math.max(m, p.length), 0); // not a spread: one argument per segment
  for (let level = 0; level < maxDepth; level++) {
    const sections: HeadingSection[] = [];
    doc.segments.forEach((s, i) => {
      const p = paths[i];
      const title = p[level] ?? p.at(-1) ?? doc.title;
      const key = p.slice(0, level + 1).join("\u0000");
      const last = sections.at(-1) as (HeadingSection & { key?: string }) | undefined;
      if (last && last.key === key) last.end = s.index;
      else sections.push(Object.assign({ start: s.index, end: s.index, title }, { key }));
    });
    if (sections.length > 1) return sections.map(({ start, end, title }) => ({ start, end, title }));
  }
  return [];
}
