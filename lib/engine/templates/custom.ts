/**
 * A workspace's own template (sections with instructions, written by an admin) as a MeetingTemplate.
 * Offline, a custom section has no cue list of its own: the words of its title and instructions are
 * its cues, so an item lands there only when it shares a real word with what the section asks for.
 */
import { segmentWords } from "@/lib/text/segment";
import { isStopword } from "@/lib/text/stopwords";
import type { MeetingTemplate, SectionSource } from "./types";

export interface CustomTemplateDef {
  id: string;
  name: string;
  instructions: string;
  sections: { title: string; instructions: string }[];
}

const MAX_CUES = 16;
const FROM: SectionSource[] = ["summary", "decisions", "todos", "lines"];

function cuesOf(text: string): string[] {
  const out = new Set<string>();
  for (const w of segmentWords(text)) {
    const lower = w.toLowerCase();
    if (lower.length < 2 || isStopword(lower) || /^\d+$/.test(lower)) continue;
    out.add(lower);
    if (out.size >= MAX_CUES) break;
  }
  return [...out];
}

export function customTemplate(def: CustomTemplateDef): MeetingTemplate {
  return {
    id: def.id,
    name: { zh: def.name, en: def.name },
    instructions: def.instructions,
    custom: true,
    sections: def.sections.map((s, i) => ({
      key: `s${i + 1}`,
      title: { zh: s.title, en: s.title },
      instructions: s.instructions,
      from: FROM,
      cues: cuesOf(`${s.title} ${s.instructions}`),
    })),
  };
}
