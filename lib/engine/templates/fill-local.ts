/**
 * Offline template sections: filled from what the local engine already found (summary points,
 * chapters, decisions, to-dos, each with citations) and from the transcript's own lines, quoted
 * verbatim with their speaker. A section nothing belongs to says "not discussed" — it is never
 * padded with lines that merely exist.
 */
import type { ParsedDoc, Segment } from "@/lib/ingest/types";
import type { Decision, SummaryPoint, Topic } from "@/lib/engine/types";
import type { MeetingTemplate, SectionSource, TemplateItem, TemplateSection, TemplateSectionResult } from "./types";

export interface TemplateInput {
  summary: SummaryPoint[];
  topics: Topic[];
  decisions: Decision[];
  todos: { text: string; owner: string | null; due: string | null; dueText?: string | null; citations: number[]; verified?: boolean }[];
}

const MAX_LINES = 5;
const MAX_ITEMS = 8;
/** Lines shorter than this ("好的。", "OK") carry nothing a section could use. */
const MIN_LINE_CHARS = 6;

const isLatin = (c: string | undefined) => !!c && /[a-z0-9]/i.test(c);

/** A cue occurs in `lower` (already lower-cased); Latin cues as whole words, others anywhere. */
function cueHits(lower: string, cues: string[]): number {
  let hits = 0;
  for (const cue of cues) {
    const c = cue.toLowerCase();
    for (let at = lower.indexOf(c); at !== -1; at = lower.indexOf(c, at + 1)) {
      if (isLatin(c[0]) && isLatin(lower[at - 1])) continue;
      if (isLatin(c[c.length - 1]) && isLatin(lower[at + c.length])) continue;
      hits++;
      break;
    }
  }
  return hits;
}

const QUESTION = /[?？吗呢][。.]?$/;

function lineItem(s: Segment): TemplateItem {
  return { text: s.text.trim(), citations: [s.index], verified: true, quote: true, ...(s.speaker ? { speaker: s.speaker } : {}) };
}

/** The interview's candidate: of the two main speakers, the one who asks fewer questions and talks more. */
function candidateItems(doc: ParsedDoc, lang: "zh" | "en"): TemplateItem[] {
  const stats = new Map<string, { chars: number; lines: number; questions: number; first: Segment[] }>();
  for (const s of doc.segments) {
    if (!s.speaker) continue;
    const st = stats.get(s.speaker) ?? { chars: 0, lines: 0, questions: 0, first: [] };
    st.chars += s.text.length;
    st.lines++;
    if (QUESTION.test(s.text.trim())) st.questions++;
    if (st.first.length < 3 && s.text.trim().length >= MIN_LINE_CHARS) st.first.push(s);
    stats.set(s.speaker, st);
  }
  const main = [...stats.entries()].sort((a, b) => b[1].chars - a[1].chars).slice(0, 2);
  if (main.length < 2) return [];
  const [who, st] = main.sort((a, b) => a[1].questions / a[1].lines - b[1].questions / b[1].lines || b[1].chars - a[1].chars)[0];
  const label = lang === "zh" ? `候选人：${who}（回答最多、提问最少的一方）` : `Candidate: ${who} (the one who answered most and asked least)`;
  return [{ text: label, citations: st.first.map((s) => s.index), verified: true }, ...st.first.slice(0, 2).map(lineItem)];
}

function questionItems(doc: ParsedDoc): TemplateItem[] {
  const out: TemplateItem[] = [];
  const segs = doc.segments;
  for (let i = 0; i < segs.length && out.length < MAX_ITEMS; i++) {
    const q = segs[i];
    if (!QUESTION.test(q.text.trim()) || q.text.trim().length < MIN_LINE_CHARS) continue;
    out.push(lineItem(q));
    const answer = segs.slice(i + 1, i + 4).find((s) => s.speaker !== q.speaker && s.text.trim().length >= MIN_LINE_CHARS);
    if (answer) out.push(lineItem(answer));
  }
  return out;
}

function todoText(t: TemplateInput["todos"][number], lang: "zh" | "en"): string {
  const due = t.due ?? t.dueText;
  const owner = t.owner ? (lang === "zh" ? `负责人：${t.owner}` : `owner: ${t.owner}`) : null;
  const when = due ? (lang === "zh" ? `截止：${due}` : `due: ${due}`) : null;
  const extra = [owner, when].filter(Boolean).join(lang === "zh" ? "，" : ", ");
  return extra ? `${t.text} (${extra})` : t.text;
}

interface Candidate {
  item: TemplateItem;
  kind: SectionSource;
}

function candidates(source: SectionSource, doc: ParsedDoc, input: TemplateInput, lang: "zh" | "en"): Candidate[] {
  const at = (items: TemplateItem[]) => items.map((item) => ({ item, kind: source }));
  switch (source) {
    case "summary":
      return at(input.summary.map((p) => ({ text: p.text, citations: p.citations, verified: p.verified })));
    case "topics":
      return at(input.topics.map((t) => ({ text: t.summary ? `${t.title}: ${t.summary}` : t.title, citations: t.citations, verified: t.verified })));
    case "decisions":
      return at(input.decisions.map((d) => ({ text: d.text, citations: d.citations, verified: d.verified })));
    case "todos":
      return at(input.todos.map((t) => ({ text: todoText(t, lang), citations: t.citations, verified: t.verified ?? true })));
    case "lines":
      return at(doc.segments.filter((s) => s.text.trim().length >= MIN_LINE_CHARS).map(lineItem));
    case "questions":
      return at(questionItems(doc));
    case "candidate":
      return at(candidateItems(doc, lang));
  }
}

/** Cue filtering applies to lines and summary points (and, for custom sections, to everything). */
const FILTERED: ReadonlySet<SectionSource> = new Set(["lines", "summary"]);

function fillSection(section: TemplateSection, doc: ParsedDoc, input: TemplateInput, lang: "zh" | "en", used: Set<number>, filterAll: boolean): TemplateSectionResult {
  const cues = section.cues ?? [];
  const picked: { item: TemplateItem; kind: SectionSource; score: number; order: number }[] = [];
  let order = 0;
  for (const source of section.from) {
    for (const c of candidates(source, doc, input, lang)) {
      order++;
      const filtered = cues.length > 0 && (filterAll || FILTERED.has(c.kind));
      const score = filtered ? cueHits(c.item.text.toLowerCase(), cues) : 1;
      if (score === 0) continue;
      // A verbatim line already used by an earlier section, or cited by a picked item, is not repeated.
      if (c.item.quote && (used.has(c.item.citations[0]) || picked.some((p) => p.item.citations.includes(c.item.citations[0])))) continue;
      picked.push({ item: c.item, kind: c.kind, score, order });
    }
  }
  // Transcript lines are many: only the ones with the most cue words stay (in meeting order).
  const lines = picked.filter((p) => p.kind === "lines");
  const keepLines = new Set(lines.sort((a, b) => b.score - a.score || a.order - b.order).slice(0, MAX_LINES));
  const items = picked
    .filter((p) => !lines.includes(p) || keepLines.has(p))
    .sort((a, b) => a.order - b.order)
    .slice(0, MAX_ITEMS)
    .map((p) => p.item);
  for (const it of items) if (it.quote) used.add(it.citations[0]);
  return { key: section.key, title: lang === "zh" ? section.title.zh : section.title.en, items, notDiscussed: items.length === 0 };
}

export function fillTemplateLocally(template: MeetingTemplate, doc: ParsedDoc, input: TemplateInput): TemplateSectionResult[] {
  const lang = doc.lang === "en" ? "en" : "zh";
  const used = new Set<number>();
  return template.sections.map((s) => fillSection(s, doc, input, lang, used, !!template.custom));
}
