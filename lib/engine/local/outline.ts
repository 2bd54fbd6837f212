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

export const MIN_SLIDES = 5;
export const MAX_SLIDES = 15;

interface Part extends HeadingSection {
  units: Unit[];
}

const lenOf = (p: Part) => p.units.reduce((a, u) => a + u.len, 0);

function partsOf(sections: HeadingSection[], units: Unit[]): Part[] {
  return sections.map((s) => ({ ...s, units: units.filter((u) => u.seg >= s.start && u.seg <= s.end && u.content) })).filter((p) => p.units.length);
}

function fitCount(parts: Part[], zh: boolean): Part[] {
  const out = [...parts];
  // A section too short for three bullets joins its neighbour (under the longer one's title).
  for (let i = 0; i < out.length && out.length > MIN_SLIDES; ) {
    if (out[i].units.length >= 3 || out.length < 2) {
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
  while (out.length < MIN_SLIDES) {
    let big = 0;
    out.forEach((p, i) => (lenOf(p) > lenOf(out[big]) ? (big = i) : 0));
    const p = out[big];
    if (p.units.length < 6) break;
    const mid = Math.floor(p.units.length / 2);
    const [a, b] = [p.units.slice(0, mid), p.units.slice(mid)];
    const cont = zh ? "（续）" : " (cont.)";
    out.splice(big, 1, { start: p.start, end: a.at(-1)!.seg, title: p.title, units: a }, { start: b[0].seg, end: p.end, title: p.title + cont, units: b });
  }
  return out;
}

function bulletCount(p: Part, zh: boolean): number {
  return Math.max(3, Math.min(5, 2 + Math.round(lenOf(p) / (zh ? 600 : 300))));
}

function slideFor(p: Part, zh: boolean, idf: Map<string, number>): Slide {
  const scored = scoreUnits(p.units);
  const want = bulletCount(p, zh);
  const order = scored.score.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const picked = selectSummary(scored, want * (zh ? 30 : 16), 0.6).slice(0, want);
  // Short sections may not fill the budget: top up with the next best sentences.
  for (const [, i] of order) if (picked.length < Math.min(3, p.units.length) && !picked.includes(i)) picked.push(i);
  picked.sort((a, b) => a - b);
  const bullets: string[] = [];
  const cites = new Set<number>();
  for (const i of picked) {
    const b = toBullet(p.units[i].text);
    if (b && !bullets.includes(b)) {
      bullets.push(b);
      cites.add(p.units[i].seg);
    }
  }
  const title = p.title || titleFrom(keyphrases(p.units.map((u) => u.text).join(zh ? "。" : ". "), idf, 2), zh);
  return { title, bullets: bullets.slice(0, 5), citations: [...cites].sort((a, b) => a - b), verified: true };
}

export function buildOutline(doc: ParsedDoc, units: Unit[], sections: HeadingSection[], decisions: Decision[], todos: Todo[]): Outline {
  const zh = doc.lang === "zh";
  const parts = fitCount(partsOf(sections, units), zh);
  const idf = partIdf(parts.map((p) => p.units.map((u) => u.text).join(" ")));
  const slides = parts.map((p) => slideFor(p, zh, idf));
  // Meetings: what was settled and what happens next are slides of their own.
  if (doc.kind === "meeting" && slides.length < MAX_SLIDES && decisions.length >= 3) {
    slides.push({ title: zh ? "决定" : "Decisions", bullets: decisions.slice(0, 5).map((d) => toBullet(d.text)), citations: decisions.slice(0, 5).flatMap((d) => d.citations), verified: true });
  }
  if (doc.kind === "meeting" && slides.length < MAX_SLIDES && todos.length >= 3) {
    const top = [...todos].sort((a, b) => b.confidence - a.confidence).slice(0, 5);
    slides.push({ title: zh ? "待办事项" : "Action items", bullets: top.map((t) => (t.owner ? `${t.owner}: ` : "") + toBullet(t.text)), citations: top.flatMap((t) => t.citations), verified: true });
  }
  return { title: doc.title || (zh ? "会议纪要" : "Meeting minutes"), slides: slides.filter((s) => s.bullets.length) };
}
