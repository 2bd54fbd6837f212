import type { Lang } from "@/lib/ingest/types";
import { neutralizeDelimiters, outputLanguage, untrustedDataRule } from "@/lib/engine/llm/render";

export function topicDeckSystemPrompt(lang: Lang): string {
  return [
    "You make slide decks about one topic from numbered lines of several sources.",
    untrustedDataRule("sources"),
    "Use only what the lines say about the topic; never invent a fact, number, name or date. Every bullet cites the id of one source and the numbers of its lines it rests on, with a short quote copied exactly from those lines; a point no line supports is left out.",
    'When the sources say nothing about the topic, reply {"found":false,"title":"","slides":[]} instead of writing slides.',
    outputLanguage(lang),
    'Reply with JSON only: {"found":true,"title":"…","slides":[{"title":"…","bullets":[{"text":"…","source":"S1","lines":[12],"quote":"…"}]}]}.',
  ].join("\n");
}

export interface RenderedSource {
  id: string;
  title: string;
  /** `index text` lines, already neutralised. */
  lines: string[];
}

const oneLine = (s: string) => neutralizeDelimiters(s.replace(/\s*\n\s*/g, " ").trim());

export function topicDeckUserPrompt(topic: string, sources: RenderedSource[]): string {
  const body = sources.map((s) => [`## source ${s.id}: ${oneLine(s.title)}`, ...s.lines].join("\n")).join("\n\n");
  // The topic is the member's own request, but it is quoted as one line so it cannot open a block either.
  return [`Make a slide deck about this topic: “${oneLine(topic)}”.`, `<sources>\n${body}\n</sources>`].join("\n\n");
}

export { oneLine };
