/**
 * Template sections written by a model: the template's sections and instructions go to the model
 * with the transcript (delimited, as data). Post-check: a citation must name an existing line; a
 * point left with none is dropped; a section left empty is "not discussed".
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import { generateStructured } from "@/lib/engine/llm/call";
import { resolveLlmConfig, type LlmConfigInput } from "@/lib/engine/llm/config";
import { createModel } from "@/lib/engine/llm";
import type { MeetingTemplate, TemplateSectionResult } from "@/lib/engine/templates";
import { countTokens } from "@/lib/text/tokens";
import { templateSystemPrompt, templateUserPrompt } from "./prompt";
import { ModelTemplateSchema } from "./schema";

/** Transcript sent at most; a longer meeting sends its first lines up to this (the local sections cover the rest). */
const MAX_TRANSCRIPT_TOKENS = 12_000;

function rangeWithin(doc: ParsedDoc, budget: number): { start: number; end: number } {
  let tokens = 0;
  let end = -1;
  for (const s of doc.segments) {
    tokens += countTokens(s.text) + 3;
    if (tokens > budget) break;
    end = s.index;
  }
  return { start: 0, end: Math.max(end, 0) };
}

export async function templateSectionsWithLlm(input: LlmConfigInput, template: MeetingTemplate, doc: ParsedDoc): Promise<TemplateSectionResult[]> {
  const config = resolveLlmConfig(input);
  const scope = { config, model: createModel(config), usage: { calls: 0, promptTokens: 0, completionTokens: 0 } };
  const lang = doc.lang === "en" ? "en" : "zh";
  const range = rangeWithin(doc, MAX_TRANSCRIPT_TOKENS);
  const reply = await generateStructured(
    scope,
    { task: "template" },
    { system: templateSystemPrompt(template, lang), prompt: templateUserPrompt(template, doc, lang, range), schema: ModelTemplateSchema },
  );
  const count = doc.segments.length;
  const written = new Map(reply.sections.map((s) => [s.key, s.items]));
  return template.sections.map((s) => {
    const items = (written.get(s.key) ?? [])
      .filter((it): it is NonNullable<typeof it> => !!it)
      .map((it) => ({ text: it.text.trim(), citations: [...new Set(it.citations.filter((c) => c < count))], verified: true }))
      .filter((it) => it.text && it.citations.length);
    return { key: s.key, title: lang === "zh" ? s.title.zh : s.title.en, items, notDiscussed: items.length === 0 };
  });
}
