import type { ParsedDoc } from "@/lib/ingest/types";
import type { MeetingTemplate } from "@/lib/engine/templates";
import { neutralizeDelimiters, outputLanguage, renderSegments, untrustedDataRule } from "@/lib/engine/llm/render";

export function templateSystemPrompt(template: MeetingTemplate, lang: "zh" | "en"): string {
  return [
    `You write the minutes of a meeting of this type: ${neutralizeDelimiters(template.name.en)} (${neutralizeDelimiters(template.name.zh)}).`,
    `Emphasis: ${neutralizeDelimiters(template.instructions)}`,
    untrustedDataRule("transcript"),
    "Use only what the transcript says; never invent a person, number, date or verdict. Every point cites the indexes of the transcript lines it rests on. A section the meeting did not discuss gets no points: it is shown as not discussed.",
    outputLanguage(lang),
    'Reply with JSON only: {"sections":[{"key":"…","items":[{"text":"…","citations":[12]}]}]}.',
  ].join("\n");
}

export function templateUserPrompt(template: MeetingTemplate, doc: ParsedDoc, lang: "zh" | "en", range: { start: number; end: number }): string {
  const spec = template.sections.map((s) => `- ${s.key}: ${neutralizeDelimiters(lang === "zh" ? s.title.zh : s.title.en)} — ${neutralizeDelimiters(s.instructions)}`).join("\n");
  return [`Sections to write:\n${spec}`, `<transcript>\n${renderSegments(doc, range.start, range.end)}\n</transcript>`].join("\n\n");
}
