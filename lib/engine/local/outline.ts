/**
 * Slide outline: one slide per document section (heading structure) or meeting topic, 5–15
 * slides of 3–5 short bullets. Too few sections → the longest is split by topic segmentation;
 * too many → the shortest neighbours are merged. Every slide cites the segments its bullets quote.
 */
import type { Decision, Outline, Slide, Todo } from "@/lib/engine/types";
import type { ParsedDoc } from "@/lib/ingest/types";
import { toBullet } from "@/lib/engine/local/bullets";
import { keyphrases, partIdf, titleFrom } from "@/lib/engine/local/keyphrases";
import { scoreUnits, selectSummary } from "@/lib/engine/local/summarize";
import type { HeadingSection } from "@/lib/engine/local/topics";
import type { Unit } from "@/lib/engine/local/units";
import { isNoise } from "@/lib/text/standalone";

export const MIN_SLIDES = 5;
export const MAX_SLIDES = 15;

interface Part extends HeadingSection {
  units: Unit[];
  /** A piece of a longer section with no subheading of its own: titled "<parent>: <keyphrases>". */
  parent?: string;
}

/** The heading path of a segment (documents), for splitting a long section at its subheadings. */
type HeadingsOf = (seg: number) => string[];

const uniq = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
const lenOf = (p: Part) => p.units.reduce((a, u) => a + u.len, 0);

/** Greetings, meeting mechanics, author lists and references are never bullets — unless they are all there is. */
function slideUnits(units: Unit[]): Unit[] {
  const kept = units.filter((u) => u.content && !isNoise(u.text));
  return kept.length ? kept : units.filter((u) => u.content);
}

function partsOf(sections: HeadingSection[], units: Unit[]): Part[] {
  const usable = slideUnits(units);
  return sections.map((s) => ({ ...s, units: usable.filter((u) => u.seg >= s.start && u.seg <= s.end) })).filter((p) => p.units.length);
}

// A slide needs three sentences to choose bullets from; fewer and it merges or is not split off.
const MIN_PART_UNITS = 3;

/**
 * Cut a part into `n` pieces of about equal size. Cuts snap to the nearest turn/paragraph
 * boundary within a quarter piece of the ideal position (a slide should not start mid-turn),
 * falling back to a sentence boundary inside a long turn.
 */
function splitPart(p: Part, n: number, kind: "meeting" | "document", fromHeading: boolean): Part[] {
  const us = p.units;
  const size = us.length / n;
  const cuts: number[] = [];
  for (let k = 1; k < n; k++) {
    const ideal = Math.round(k * size);
    const lo = Math.max((cuts.at(-1) ?? 0) + MIN_PART_UNITS, ideal - Math.floor(size / 4));
    const hi = Math.min(us.length - MIN_PART_UNITS * (n - k), ideal + Math.floor(size / 4));
    let best = Math.min(Math.max(ideal, lo), hi);
    let bestDist = Infinity;
    for (let c = lo; c <= hi; c++) {
      if (us[c].seg === us[c - 1].seg) continue;
      if (Math.abs(c - ideal) < bestDist) [best, bestDist] = [c, Math.abs(c - ideal)];
    }
    cuts.push(best);
  }
  const bounds = [0, ...cuts, us.length];
  return bounds.slice(0, -1).map((from, k) => {
    const piece = us.slice(from, bounds[k + 1]);
    // Meeting pieces get their own keyphrase title (slideFor). A document's first piece keeps its
    // heading and the others say which part of the section they cover ("Method: loss, training"),
    // so no run of "…(cont.)" slides.
    const parent = kind === "document" && k && fromHeading ? p.title : undefined;
    const title = kind === "document" && !k && fromHeading ? p.title : "";
    return { start: k ? piece[0].seg : p.start, end: k === n - 1 ? p.end : piece.at(-1)!.seg, title, parent, units: piece };
  });
}

/**
 * A long document section split where the author split it: at the next heading level inside it,
 * each piece titled by its subheading. Null when the section has fewer than two subsections with
 * enough text for a slide.
 */
function splitAtSubheadings(p: Part, headingsOf: HeadingsOf): Part[] | null {
  // A loop, not Math.min(...): a section of 100,000+ units would overflow the call stack.
  const depth = p.units.reduce((m, u) => Math.min(m, headingsOf(u.seg).length), Infinity);
  const groups: Part[] = [];
  for (const u of p.units) {
    const path = headingsOf(u.seg);
    const key = path.length > depth ? path[depth] : "";
    const last = groups.at(-1);
    if (last && (last as Part & { key?: string }).key === key) {
      last.units.push(u);
      last.end = u.seg;
    } else groups.push(Object.assign({ start: u.seg, end: u.seg, title: key || p.title, units: [u] }, { key }));
  }
  const real = groups.filter((g) => (g as Part & { key?: string }).key);
  if (real.length < 2 || groups.some((g) => g.units.length < MIN_PART_UNITS)) return null;
  groups[0].start = p.start;
  groups.at(-1)!.end = p.end;
  return groups.map(({ start, end, title, units }) => ({ start, end, title, units }));
}

function fitCount(parts: Part[], kind: "meeting" | "document", headingsOf: HeadingsOf): Part[] {
  const out = [...parts];
  // A section too short for three bullets joins its neighbour (under the longer one's title).
  for (let i = 0; i < out.length && out.length > MIN_SLIDES; ) {
    if (out[i].units.length >= MIN_PART_UNITS) {
      i++;
      continue;
    }
    const j = i > 0 ? i - 1 : i + 1;
    const [a, b] = i < j ? [out[i], out[j]] : [out[j], out[i]];
    const title = lenOf(a) >= lenOf(b) ? a.title : b.title;
    out.splice(Math.min(i, j), 2, { start: a.start, end: b.end, title, units: [...a.units, ...b.units] });
  }
  while (out.length > MAX_SLIDES) {
    let best = 0;
    for (let i = 1; i < out.length - 1; i++) if (lenOf(out[i]) + lenOf(out[i + 1]) < lenOf(out[best]) + lenOf(out[best + 1])) best = i;
    const [a, b] = [out[best], out[best + 1]];
    out.splice(best, 2, { start: a.start, end: b.end, title: a.title, units: [...a.units, ...b.units] });
  }
  // Few topics but enough text (≥ 15 sentences): split the largest parts until there are 5 slides.
  while (out.length > 0 && out.length < MIN_SLIDES) {
    let big = 0;
    for (const [i, p] of out.entries()) if (p.units.length > out[big].units.length) big = i;
    const p = out[big];
    const n = Math.min(Math.floor(p.units.length / MIN_PART_UNITS), MIN_SLIDES - out.length + 1);
    if (n < 2) break;
    const sub = kind === "document" ? splitAtSubheadings(p, headingsOf) : null;
    // A title from the document's own headings stays the first part of its pieces' titles.
    const fromHeading = headingsOf(p.start).includes(p.title);
    out.splice(big, 1, ...(sub ?? splitPart(p, n, kind, fromHeading)));
  }
  return out;
}

function bulletCount(p: Part, zh: boolean): number {
  return Math.max(3, Math.min(5, 2 + Math.round(lenOf(p) / (zh ? 600 : 300))));
}

const wordsOf = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .split(/[\s,，、：:;；]+/)
      .filter(Boolean),
  );

/**
 * A keyphrase title for a part without a heading. Pieces of one section share its vocabulary, so
 * phrases that repeat the section's title or a title already used are skipped: each slide says
 * what is new on it.
 */
function pieceTitle(p: Part, zh: boolean, idf: Map<string, number>, used: Set<string>): string {
  const text = p.units.map((u) => u.text).join(zh ? "。" : ". ");
  const taken = new Set([...used, p.parent ?? ""].flatMap((t) => [...wordsOf(t)]));
  const all = keyphrases(text, idf, 8);
  const fresh = all.filter((k) => (zh ? ![...taken].some((w) => w.length > 1 && k.includes(w)) : ![...wordsOf(k)].some((w) => taken.has(w))));
  const key = titleFrom((fresh.length ? fresh : all).slice(0, 2), zh);
  return p.parent ? `${p.parent}${zh ? "：" : ": "}${key}` : key;
}

/**
 * A section the author divided ("三、方案" with 3.1, 3.2, 3.3): the subsections of its units, in order,
 * each with its heading (numbering dropped). Null when there are fewer than two.
 */
function subsections(p: Part, headingsOf: HeadingsOf): { heading: string; idx: number[] }[] | null {
  // The headings all the section's units share; the next level down divides it.
  const paths = p.units.map((u) => headingsOf(u.seg));
  let depth = 0;
  while (paths.every((x) => x.length > depth && x[depth] === paths[0][depth])) depth++;
  // Only a section's own children: two short sections merged onto one slide are not its subsections.
  if (!depth || paths[0][depth - 1] !== p.title) return null;
  const groups: { heading: string; idx: number[] }[] = [];
  p.units.forEach((u, i) => {
    const sub = headingsOf(u.seg)[depth];
    if (!sub) return;
    if (groups.at(-1)?.heading !== sub) groups.push({ heading: sub, idx: [] });
    groups.at(-1)!.idx.push(i);
  });
  return groups.length >= 2
    ? groups.map((g) => ({ ...g, heading: g.heading.replace(/^\s*(?:\d+(?:\.\d+)*|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])\s*/u, "") }))
    : null;
}

function slideFor(p: Part, zh: boolean, idf: Map<string, number>, used: Set<string>, headingsOf: HeadingsOf): Slide {
  const scored = scoreUnits(p.units);
  const subs = subsections(p, headingsOf);
  const want = bulletCount(p, zh);
  const order = scored.score.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  // Subsections each get their opening sentence (where a written section states its point), labelled with
  // their heading, so the slide covers the whole section.
  const best = subs?.slice(0, 5).map((g) => g.idx[0]);
  const label = new Map(best?.map((i, k) => [i, subs![k].heading]) ?? []);
  const picked = best ?? selectSummary(scored, want * (zh ? 30 : 16), 0.6).slice(0, want);
  // Short sections may not fill the budget: top up with the next best sentences.
  for (const [, i] of order) if (picked.length < Math.min(3, p.units.length) && !picked.includes(i)) picked.push(i);
  picked.sort((a, b) => a - b);
  const bullets: string[] = [];
  const cites = new Set<number>();
  for (const i of picked) {
    const text = toBullet(p.units[i].text);
    const b = label.has(i) && text ? `${label.get(i)}${zh ? "：" : ": "}${text}` : text;
    if (b && !bullets.includes(b)) {
      bullets.push(b);
      cites.add(p.units[i].seg);
    }
  }
  const title = p.title || pieceTitle(p, zh, idf, used);
  used.add(title);
  return { title, bullets: bullets.slice(0, 5), citations: [...cites].sort((a, b) => a - b), verified: true };
}

export function buildOutline(doc: ParsedDoc, units: Unit[], sections: HeadingSection[], decisions: Decision[], todos: Todo[]): Outline {
  const zh = doc.lang === "zh";
  const headingsOf: HeadingsOf = (seg) => doc.segments[seg]?.headingPath ?? [];
  const parts = fitCount(partsOf(sections, units), doc.kind, headingsOf);
  const idf = partIdf(parts.map((p) => p.units.map((u) => u.text).join(" ")));
  // The participants' names count as used: a slide title names the subject, not who spoke ("Mei, final call").
  const used = new Set([...parts.map((p) => p.title).filter(Boolean), ...(doc.kind === "meeting" ? doc.speakers : [])]);
  const slides = parts.map((p) => slideFor(p, zh, idf, used, headingsOf));
  // Meetings: what was settled and what happens next are slides of their own.
  if (doc.kind === "meeting" && slides.length < MAX_SLIDES && decisions.length >= 3) {
    slides.push({
      title: zh ? "决定" : "Decisions",
      bullets: decisions.slice(0, 5).map((d) => toBullet(d.text)),
      citations: uniq(decisions.slice(0, 5).flatMap((d) => d.citations)),
      verified: true,
    });
  }
  if (doc.kind === "meeting" && slides.length < MAX_SLIDES && todos.length >= 3) {
    const top = [...todos].sort((a, b) => b.confidence - a.confidence).slice(0, 5);
    slides.push({
      title: zh ? "待办事项" : "Action items",
      bullets: top.map((t) => (t.owner ? `${t.owner}: ` : "") + toBullet(t.text)),
      citations: uniq(top.flatMap((t) => t.citations)),
      verified: true,
    });
  }
  return { title: doc.title || (zh ? "会议纪要" : "Meeting minutes"), slides: slides.filter((s) => s.bullets.length) };
}
