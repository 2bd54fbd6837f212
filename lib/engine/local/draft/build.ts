/**
 * Drafts from analyses, offline: every section is filled from what the engine found (summary,
 * topics, decisions, to-dos) or what the file states (title, date, speakers), each item keeping its
 * file and segment citations. Nothing is invented: a section with no data says "未记录" / "not
 * recorded". The local engine cannot translate, so item text stays in the meeting's own words.
 */
import type { Analysis, Todo } from "@/lib/engine/types";
import type { Draft, DraftItem, DraftSection, DraftTemplate, DraftTemplateSection } from "@/lib/engine/draft-types";
import type { ParsedDoc } from "@/lib/ingest/types";

export interface DraftInput {
  /** The file name shown as each item's source. */
  source: string;
  doc: ParsedDoc;
  analysis: Analysis;
}

const WORDS = {
  zh: { none: "未记录", nextTime: "待定（会议记录中未约定）", owner: "负责人", due: "期限", sep: "；", and: "、", colon: "：" },
  en: { none: "not recorded", nextTime: "to be decided (not set in the meeting)", owner: "owner", due: "due", sep: "; ", and: ", ", colon: ": " },
};

/** The meetings' language for templates that do not fix one: by segment count, Chinese when mixed. */
export function draftLanguage(template: DraftTemplate, inputs: DraftInput[]): "zh" | "en" {
  if (template.lang) return template.lang;
  let en = 0;
  let zh = 0;
  for (const i of inputs) {
    const n = i.doc.segments.length || 1;
    if (i.analysis.lang === "en") en += n;
    else zh += n;
  }
  return en > zh ? "en" : "zh";
}

const paren = (lang: "zh" | "en", inner: string) => (lang === "zh" ? `（${inner}）` : ` (${inner})`);

/**
 * The due date as said when the file has no meeting date: the engine then resolved "by Thursday"
 * against today, which would be a made-up date for an old meeting.
 */
function dueOf(t: Todo, doc: ParsedDoc): string | null {
  if (doc.meetingDate) return t.due ?? t.dueText;
  return t.dueText ?? t.due;
}

function todoText(t: Todo, doc: ParsedDoc, lang: "zh" | "en"): string {
  const w = WORDS[lang];
  return t.text + paren(lang, `${w.owner}${w.colon}${t.owner ?? w.none}${w.sep}${w.due}${w.colon}${dueOf(t, doc) ?? w.none}`);
}

/** Segment of the first line each speaker says, so an attendee is cited like any other fact. */
function attendees(input: DraftInput): DraftItem[] {
  const first = new Map<string, number>();
  for (const s of input.doc.segments) if (s.speaker && !first.has(s.speaker)) first.set(s.speaker, s.index);
  return [...first].map(([name, index]) => ({ text: name, citations: [index], source: input.source }));
}

function fill(template: DraftTemplate, section: DraftTemplateSection, input: DraftInput, lang: "zh" | "en"): DraftItem[] {
  const { analysis: a, doc, source } = input;
  const item = (text: string, citations: number[], evidence?: string[]): DraftItem => ({ text, citations, source, ...(evidence?.length ? { evidence } : {}) });
  switch (section.kind) {
    case "meeting":
      // With no date section of its own, the template shows each meeting's date beside its title.
      return [item(doc.meetingDate && !template.sections.some((x) => x.kind === "time") ? doc.title + paren(lang, doc.meetingDate) : doc.title, [])];
    case "time":
      return doc.meetingDate ? [item(doc.meetingDate, [])] : [];
    case "next-time":
      return [];
    case "attendees":
      return attendees(input);
    case "summary":
      return a.summary.map((p) => item(p.text, p.citations, p.evidence));
    case "topics":
      return a.topics.map((t) => item(t.title, t.citations, t.evidence));
    case "decisions":
      return a.decisions.map((d) => item(d.text, d.citations, d.evidence));
    case "todos":
      return a.todos.map((t) => item(todoText(t, doc, lang), t.citations, t.evidence));
  }
}

/** Attendees across several meetings: one item per person, cited in the first file they speak in. */
function dedupeAttendees(items: DraftItem[]): DraftItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(i.text)) return false;
    seen.add(i.text);
    return true;
  });
}

export function buildDraft(template: DraftTemplate, inputs: DraftInput[]): Draft {
  const lang = draftLanguage(template, inputs);
  const w = WORDS[lang];
  const titles = inputs.map((i) => i.doc.title).join(w.and);
  const sections: DraftSection[] = template.sections.map((s) => {
    let items = inputs.flatMap((input) => fill(template, s, input, lang));
    if (s.kind === "attendees") items = dedupeAttendees(items);
    return { id: s.id, heading: s.heading[lang], items, ...(items.length ? {} : { empty: s.kind === "next-time" ? w.nextTime : w.none }) };
  });
  return {
    template: template.id,
    lang,
    engine: inputs.some((i) => i.analysis.engine === "llm") ? "llm" : "local",
    title: template.title[lang].replace("{title}", titles),
    ...(template.opening ? { opening: template.opening[lang] } : {}),
    ...(template.closing ? { closing: template.closing[lang] } : {}),
    sections,
    sources: inputs.map((i) => i.source),
  };
}
