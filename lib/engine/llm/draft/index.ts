/**
 * Drafts with a model. The sections that state what the file says (title, date, attendees, next
 * time) come from the offline builder, so a model can never make up a time or an attendee; the
 * model writes the rest from the analyses, sent as delimited notes. Post-check: every citation must
 * name a given file and a segment that exists in it; an item left with no valid citation is dropped.
 */
import type { Draft, DraftItem, DraftTemplate } from "@/lib/engine/draft-types";
import { buildDraft, type DraftInput } from "@/lib/engine/local/draft";
import { generateStructured, type CallScope } from "@/lib/engine/llm/call";
import { draftSystemPrompt, draftUserPrompt } from "./prompt";
import { ModelDraftSchema, type ModelDraft } from "./schema";

const MODEL_KINDS = new Set(["summary", "topics", "decisions", "todos"]);

/** Keeps only citations of existing segments in a known file; drops items with none left. */
export function checkItems(items: ModelDraft["sections"][number]["items"], inputs: DraftInput[]): DraftItem[] {
  const bySource = new Map(inputs.map((i) => [i.source, i.doc.segments.length]));
  const out: DraftItem[] = [];
  for (const item of items) {
    if (!item) continue;
    // A file the model names that was not given is a made-up source: the item goes.
    const count = bySource.get(item.source);
    if (count === undefined) continue;
    const citations = [...new Set(item.citations.filter((c) => c < count))];
    if (citations.length) out.push({ text: item.text, citations, source: item.source });
  }
  return out;
}

export async function draftWithLlm(scope: CallScope, template: DraftTemplate, inputs: DraftInput[]): Promise<Draft> {
  const base = buildDraft(template, inputs);
  const asked = template.sections.filter((s) => MODEL_KINDS.has(s.kind));
  if (!asked.length) return { ...base, engine: "llm" };
  const reply = await generateStructured(
    scope,
    { task: "draft" },
    { system: draftSystemPrompt(base.lang), prompt: draftUserPrompt(template, asked, inputs), schema: ModelDraftSchema },
  );
  const written = new Map(reply.sections.map((s) => [s.id, checkItems(s.items, inputs)]));
  return {
    ...base,
    engine: "llm",
    sections: base.sections.map((s) => {
      const items = written.get(s.id);
      if (!asked.some((a) => a.id === s.id) || items === undefined) return s;
      return items.length ? { id: s.id, heading: s.heading, items } : { id: s.id, heading: s.heading, items, empty: base.lang === "zh" ? "未记录" : "not recorded" };
    }),
  };
}
