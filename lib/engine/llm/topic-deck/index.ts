/**
 * A deck about a topic from several documents, with a model. The lines retrieved about the topic are
 * sent as delimited data within the chunk budget (best first, each clipped), grouped by source and
 * numbered by their own segment index. Every bullet the model writes is checked by the citation
 * verifier against the lines that were sent (nothing else can be cited); a bullet that does not check
 * out is dropped and counted. No line, the model's "not found", or nothing left verified: not found.
 */
import type { TopicDeck, TopicDeckBullet, TopicDeckSlide, TopicLine } from "@/lib/engine/topic-deck-types";
import { verifyItems } from "@/lib/engine/verify";
import type { Lang, ParsedDoc } from "@/lib/ingest/types";
import { countTokens } from "@/lib/text/tokens";
import { generateStructured, type CallScope } from "@/lib/engine/llm/call";
import { oneLine, topicDeckSystemPrompt, topicDeckUserPrompt, type RenderedSource } from "./prompt";
import { ModelTopicDeckSchema } from "./schema";

/** A line longer than this is clipped: one long paragraph must not take the whole budget. */
export const TOPIC_LINE_CHARS = 600;
/** Room left in the budget for the instructions and the topic. */
const PROMPT_OVERHEAD_TOKENS = 300;

interface SentSource {
  id: string;
  documentId: string;
  title: string;
  doc: ParsedDoc;
}

/** The best lines that fit the budget (always at least one), grouped by document in rank order. */
export function pickLines(lines: TopicLine[], budgetTokens: number): { sources: SentSource[]; rendered: RenderedSource[]; sent: number } {
  const budget = Math.max(200, budgetTokens - PROMPT_OVERHEAD_TOKENS);
  const kept: Array<TopicLine & { shown: string }> = [];
  let used = 0;
  for (const l of lines) {
    const clipped = l.text.length > TOPIC_LINE_CHARS ? `${l.text.slice(0, TOPIC_LINE_CHARS)}…` : l.text;
    const shown = `${l.index}${l.speaker ? ` ${oneLine(l.speaker)}:` : ""} ${oneLine(clipped)}`;
    const t = countTokens(shown) + 2;
    if (kept.length && used + t > budget) continue;
    kept.push({ ...l, shown });
    used += t;
  }
  const byDoc = new Map<string, typeof kept>();
  for (const l of kept) byDoc.set(l.documentId, [...(byDoc.get(l.documentId) ?? []), l]);
  const sources: SentSource[] = [];
  const rendered: RenderedSource[] = [];
  for (const [documentId, ls] of byDoc) {
    const id = `S${sources.length + 1}`;
    ls.sort((a, b) => a.index - b.index);
    // The verifier's view of this source: only the lines sent, under their own indexes (as clipped, so a quote from the hidden tail does not count).
    const segments = ls.map((l) => ({ index: l.index, text: l.text.slice(0, TOPIC_LINE_CHARS), ...(l.speaker ? { speaker: l.speaker } : {}) }));
    sources.push({ id, documentId, title: ls[0].title, doc: { kind: "document", title: ls[0].title, lang: "mixed", speakers: [], format: "library", segments } });
    rendered.push({ id, title: ls[0].title, lines: ls.map((l) => l.shown) });
  }
  return { sources, rendered, sent: kept.length };
}

export async function topicDeckWithLlm(scope: CallScope, topic: string, lines: TopicLine[], lang: Lang): Promise<TopicDeck> {
  const { sources, rendered, sent } = pickLines(lines, scope.config.chunkTokens);
  if (!sent) return { found: false, sentLines: 0 };
  const reply = await generateStructured(
    scope,
    { task: "topic-deck" },
    { system: topicDeckSystemPrompt(lang), prompt: topicDeckUserPrompt(topic, rendered), schema: ModelTopicDeckSchema },
  );
  const byId = new Map(sources.map((s) => [s.id, s]));
  let dropped = 0;
  const slides: TopicDeckSlide[] = [];
  for (const slide of reply.found ? reply.slides : []) {
    if (!slide) continue;
    const bullets: TopicDeckBullet[] = [];
    for (const b of slide.bullets) {
      if (!b) continue;
      const source = byId.get(b.source.trim().toUpperCase());
      const item = { text: b.text.trim(), citations: b.lines, evidence: b.quote.trim() ? [b.quote.trim()] : [], verified: false };
      // A source the model made up is no source: the bullet cannot be verified.
      const [checked] = source ? verifyItems([item], source.doc) : [item];
      if (!source || !checked.verified || !checked.text) {
        dropped++;
        continue;
      }
      bullets.push({ ...checked, documentId: source.documentId });
    }
    if (bullets.length) slides.push({ title: slide.title.trim() || topic, bullets });
  }
  if (!slides.length) return { found: false, sentLines: sent };
  return { found: true, title: reply.title.trim() || topic, slides, dropped, sentLines: sent };
}
