import type { DraftTemplate, DraftTemplateSection } from "@/lib/engine/draft-types";
import type { DraftInput } from "@/lib/engine/local/draft";
import { neutralizeDelimiters, outputLanguage, untrustedDataRule } from "@/lib/engine/llm/render";

export function draftSystemPrompt(lang: "zh" | "en"): string {
  return [
    "You write office documents from meeting notes (会议纪要、邮件、周报、会议通知).",
    untrustedDataRule("notes"),
    "Use only facts in the notes; never invent a person, date, number or decision. Each item cites the file and the segment indexes of the notes it rests on; an item with no supporting note is left out.",
    outputLanguage(lang),
    'Reply with JSON only: {"sections":[{"id":"…","items":[{"text":"…","source":"file name","citations":[12]}]}]}.',
  ].join("\n");
}

const clean = (s: string) => neutralizeDelimiters(s.replace(/\s*\n\s*/g, " ").trim());
const refs = (c: number[]) => `[${c.join(",")}]`;

/** One file's analysis as numbered notes: kind, citations, text, and the verbatim evidence. */
export function renderNotes(input: DraftInput): string {
  const a = input.analysis;
  const lines = [`## file: ${clean(input.source)} — ${clean(input.doc.title)}`];
  const add = (kind: string, text: string, c: number[], evidence?: string[]) =>
    lines.push(`${kind} ${refs(c)} ${clean(text)}${evidence?.length ? ` — quote: ${evidence.map(clean).join(" / ")}` : ""}`);
  for (const p of a.summary) add("summary", p.text, p.citations, p.evidence);
  for (const t of a.topics) add("topic", `${t.title}: ${t.summary}`, t.citations, t.evidence);
  for (const d of a.decisions) add("decision", d.text, d.citations, d.evidence);
  for (const t of a.todos) add("todo", `${t.text} | owner: ${t.owner ?? "not recorded"} | due: ${t.due ?? t.dueText ?? "not recorded"}`, t.citations, t.evidence);
  return lines.join("\n");
}

export function draftUserPrompt(template: DraftTemplate, sections: DraftTemplateSection[], inputs: DraftInput[]): string {
  const spec = sections.map((s) => `- ${s.id}: ${s.heading.en === s.heading.zh ? `“${clean(s.heading.en)}” — ` : ""}${clean(s.instruction)}`).join("\n");
  return [
    `Write the sections of a "${template.id}" (${template.description}) from these notes.`,
    // A workspace template's own instructions shape the wording; the rules above still hold.
    ...(template.instructions ? [`Instructions for this template: ${clean(template.instructions)}`] : []),
    `Sections:\n${spec}`,
    `<notes>\n${inputs.map(renderNotes).join("\n\n")}\n</notes>`,
  ].join("\n\n");
}
