import "server-only";
import { getCollection } from "@/lib/db/collections";
import { documentsByIds } from "@/lib/db/documents";
import { saveModelCalls } from "@/lib/db/model-calls";
import { workspaceEngineSettings } from "@/lib/db/workspace-settings";
import type { Draft } from "@/lib/engine/draft-types";
import { createModel, type ModelCallRecord } from "@/lib/engine/llm";
import { topicDeckWithLlm } from "@/lib/engine/llm/topic-deck";
import { llmAvailable, llmConfigFor } from "@/lib/engine/registry";
import type { TopicDeck } from "@/lib/engine/topic-deck-types";
import { AppError } from "@/lib/errors";
import { draftToRichDoc } from "@/lib/export/draft-doc";
import { detectLang } from "@/lib/text/lang";
import type { RichNode } from "@/lib/text/rich-doc";
import { libraryLines } from "./library-lines";
import { modelCallRows } from "./model-call-rows";

/**
 * "Make a deck about X from these documents" (issue 11): the lines about X in the chosen documents
 * (or a collection's, or the whole workspace's) come from the library's retrieval, scoped to the
 * workspace in the query; the model writes a cited outline (lib/engine/llm/topic-deck), and the
 * verified outline becomes a writing (one heading per slide, its bullets linking to their lines),
 * which the existing deck-from-writing path turns into slides and PPTX. Needs a model: there is no
 * offline version, and the caller says so instead of pretending.
 */
export interface TopicDeckRequest {
  topic: string;
  documentIds?: string[];
  collectionId?: string;
}

/** Lines sent at most (ranked); the chunk budget usually stops earlier. */
const MAX_LINES = 120;

const needsModel = () => new AppError("MODEL_NOT_CONFIGURED", "A deck about a topic needs a language model: set one in the workspace settings (or MODEL_BASE_URL on the server).");

/** The documents the request may draw on, all of this workspace: the chosen ones must exist here and be ready. */
async function scopeOf(workspaceId: string, req: TopicDeckRequest): Promise<{ collectionId?: string; documentIds?: string[] }> {
  if (req.documentIds?.length) {
    const rows = await documentsByIds(workspaceId, req.documentIds);
    if (rows.length < new Set(req.documentIds).size) throw new AppError("NOT_FOUND", "One of the chosen documents does not exist in this workspace.");
    const busy = rows.find((r) => r.status !== "ready");
    if (busy) throw new AppError("INVALID_INPUT", `“${busy.title}” is still being processed; try again when it is ready.`);
    return { documentIds: rows.map((r) => r.id) };
  }
  if (req.collectionId) {
    if (!(await getCollection(workspaceId, req.collectionId))) throw new AppError("NOT_FOUND", "This collection does not exist.");
    return { collectionId: req.collectionId };
  }
  return {};
}

const lineHref = (workspaceId: string, documentId: string, segment: number) => `/w/${workspaceId}/d/${documentId}#seg-${segment}`;

/** The verified outline as an editable document, through the drafts' renderer (same citation links). */
function deckAsWriting(workspaceId: string, deck: Extract<TopicDeck, { found: true }>, titles: Map<string, string>, lang: "zh" | "en"): RichNode {
  const label = new Map<string, string>();
  const byLabel = new Map<string, string>();
  for (const s of deck.slides)
    for (const b of s.bullets) {
      if (label.has(b.documentId)) continue;
      let name = titles.get(b.documentId) ?? "source";
      // Two documents with one title would share citations: the second is told apart by its position.
      if (byLabel.has(name)) name = `${name} (${label.size + 1})`;
      label.set(b.documentId, name);
      byLabel.set(name, b.documentId);
    }
  const draft: Draft = {
    template: "topic-deck",
    lang,
    engine: "llm",
    title: deck.title,
    sources: [...byLabel.keys()],
    sections: deck.slides.map((s, i) => ({
      id: `slide-${i + 1}`,
      heading: s.title,
      items: s.bullets.map((b) => ({ text: b.text, citations: b.citations, source: label.get(b.documentId)!, evidence: b.evidence })),
    })),
  };
  return draftToRichDoc(draft, (source, segment) => {
    const id = byLabel.get(source);
    return id ? lineHref(workspaceId, id, segment) : null;
  });
}

export async function topicDeck(
  workspaceId: string,
  req: TopicDeckRequest,
  signal?: AbortSignal,
): Promise<{ found: false } | { found: true; title: string; content: RichNode; dropped: number }> {
  const settings = await workspaceEngineSettings(workspaceId);
  if (!llmAvailable(settings)) throw needsModel();
  const scope = await scopeOf(workspaceId, req);
  const lines = await libraryLines(workspaceId, req.topic, { max: MAX_LINES, ...scope });
  if (!lines.length) return { found: false };

  const calls: ModelCallRecord[] = [];
  const config = llmConfigFor(settings, { onCall: (c) => calls.push(c) });
  const lang = detectLang(req.topic) === "en" ? "en" : "zh";
  let deck: TopicDeck;
  try {
    deck = await topicDeckWithLlm({ config, model: createModel(config), signal, usage: { calls: 0, promptTokens: 0, completionTokens: 0 } }, req.topic, lines, lang);
  } finally {
    await saveModelCalls(modelCallRows({ workspaceId, documentId: null }, calls));
  }
  if (!deck.found) return { found: false };
  const titles = new Map(lines.map((l) => [l.documentId, l.title]));
  return { found: true, title: deck.title.slice(0, 200), content: deckAsWriting(workspaceId, deck, titles, lang), dropped: deck.dropped };
}
