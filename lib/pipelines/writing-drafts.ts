import "server-only";
import type { Draft, DraftTemplate } from "@/lib/engine/draft-types";
import type { Analysis, Todo } from "@/lib/engine/types";
import { buildDraft, customDraftTemplate, findTemplate, type DraftInput } from "@/lib/engine/local/draft";
import { draftWithLlm } from "@/lib/engine/llm/draft";
import { createModel } from "@/lib/engine/llm";
import { llmAvailable, llmConfigFor } from "@/lib/engine/registry";
import { getArtifact } from "@/lib/db/artifacts";
import { getDocument, listDocuments } from "@/lib/db/documents";
import { getDraftTemplate } from "@/lib/db/draft-templates";
import { listTodos } from "@/lib/db/todos";
import { workspaceEngineSettings } from "@/lib/db/workspace-settings";
import { draftToRichDoc } from "@/lib/export/draft-doc";
import { AppError } from "@/lib/errors";
import { heading, paragraph, text, type RichNode } from "@/lib/text/rich-doc";
import { loadParsedDoc } from "./load-doc";

/**
 * Documents people start from: a draft from meetings (a template filled from the stored minutes and
 * to-dos, each fact linked to its lines) or an editable copy of an uploaded document.
 */
export interface DraftRequest {
  template: string;
  documentIds: string[];
  from?: string;
  to?: string;
}

const lineHref = (workspaceId: string, documentId: string, segment: number) => `/w/${workspaceId}/d/${documentId}#seg-${segment}`;

/** The meetings of the request: the chosen ones, or every ready meeting in the date range (oldest first). */
async function meetingIds(workspaceId: string, req: DraftRequest): Promise<string[]> {
  if (req.documentIds.length) return req.documentIds;
  const rows = await listDocuments(workspaceId, { kind: "meeting", status: "ready", from: req.from, to: req.to });
  if (!rows.length) throw new AppError("NOT_FOUND", `No processed meetings between ${req.from} and ${req.to}.`);
  return rows.reverse().map((r) => r.id);
}

const STATUS_WORD = { zh: { done: "（已完成）", dropped: "（已取消）" }, en: { done: " (done)", dropped: " (dropped)" } } as const;

/** A stored meeting as the draft builder's input: its latest minutes and its to-dos as people left them. */
async function draftInput(workspaceId: string, documentId: string, weekly: boolean): Promise<DraftInput> {
  const head = await getDocument(workspaceId, documentId);
  if (!head) throw new AppError("NOT_FOUND", "One of the chosen meetings does not exist in this workspace.");
  if (head.status !== "ready") throw new AppError("INVALID_INPUT", `“${head.title}” is still being processed; try again when it is ready.`);
  const [{ doc }, minutes, todos] = await Promise.all([
    loadParsedDoc(workspaceId, documentId, { chunkText: false }),
    getArtifact(workspaceId, documentId, "minutes"),
    listTodos(workspaceId, documentId),
  ]);
  if (!minutes) throw new AppError("INVALID_INPUT", `“${head.title}” has no minutes yet.`);
  const lang = minutes.content.lang === "en" ? "en" : "zh";
  const analysisTodos: Todo[] = todos
    .filter((t) => t.status !== "dropped" || weekly)
    // The weekly report says which to-dos are done: the web app records that, the meetings do not.
    .map((t) => ({
      text: weekly && t.status !== "open" ? t.text + STATUS_WORD[lang][t.status] : t.text,
      owner: t.owner,
      due: t.due,
      dueText: t.dueText,
      confidence: t.confidence,
      citations: t.citations,
      verified: t.verified,
    }));
  const analysis: Analysis = {
    engine: minutes.engine === "llm" ? "llm" : "local",
    model: minutes.model,
    lang: minutes.content.lang,
    summary: minutes.content.summary,
    topics: minutes.content.topics,
    decisions: minutes.content.decisions,
    todos: analysisTodos,
    outline: { title: doc.title, slides: [] },
    coverage: minutes.content.coverage,
  };
  return { source: head.title, doc, analysis };
}

/** A built-in template by id, or one of this workspace's own by its uuid. */
export async function resolveDraftTemplate(workspaceId: string, id: string): Promise<DraftTemplate> {
  const builtin = findTemplate(id);
  if (builtin) return builtin;
  const own = await getDraftTemplate(workspaceId, id);
  if (!own) throw new AppError("NOT_FOUND", "This template does not exist in this workspace.");
  return customDraftTemplate(own);
}

export async function draftFromMeetings(workspaceId: string, req: DraftRequest, signal?: AbortSignal): Promise<{ title: string; content: RichNode; draft: Draft }> {
  const template = await resolveDraftTemplate(workspaceId, req.template);
  const ids = await meetingIds(workspaceId, req);
  const weekly = template.id === "weekly-report";
  const inputs: DraftInput[] = [];
  const bySource = new Map<string, string>();
  for (const id of ids) {
    const input = await draftInput(workspaceId, id, weekly);
    // Two meetings with one title would share citations: the second is told apart by its position.
    if (bySource.has(input.source)) input.source = `${input.source} (${inputs.length + 1})`;
    bySource.set(input.source, id);
    inputs.push(input);
  }
  const settings = await workspaceEngineSettings(workspaceId);
  let draft: Draft;
  if (settings.defaultEngine !== "local" && llmAvailable(settings)) {
    const config = llmConfigFor(settings);
    draft = await draftWithLlm({ config, model: createModel(config), signal, usage: { calls: 0, promptTokens: 0, completionTokens: 0 } }, template, inputs);
  } else draft = buildDraft(template, inputs);
  const content = draftToRichDoc(draft, (source, segment) => {
    const id = bySource.get(source);
    return id ? lineHref(workspaceId, id, segment) : null;
  });
  return { title: draft.title.slice(0, 200), content, draft };
}

/** An uploaded document's text as an editable copy: its headings as headings, a meeting's lines as "speaker：text". */
export async function documentAsWriting(workspaceId: string, documentId: string): Promise<{ title: string; content: RichNode }> {
  const head = await getDocument(workspaceId, documentId);
  if (!head) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
  if (head.status !== "ready") throw new AppError("INVALID_INPUT", "This document is still being processed; open a copy when it is ready.");
  const { doc } = await loadParsedDoc(workspaceId, documentId, { chunkText: false });
  const content: RichNode[] = [heading(1, doc.title)];
  const sep = doc.lang === "en" ? ": " : "：";
  let path: string[] = [];
  for (const s of doc.segments) {
    const hp = s.headingPath ?? [];
    let same = 0;
    while (same < hp.length && same < path.length && hp[same] === path[same]) same++;
    // The document's own top heading is its title, already the first heading.
    const root = hp[0] === doc.title ? 1 : 0;
    for (let i = Math.max(same, root); i < hp.length; i++) content.push(heading(Math.min(i - root + 2, 6), hp[i]));
    path = hp;
    if (hp.length && s.text === hp.at(-1)) continue;
    content.push(paragraph(text(s.speaker ? `${s.speaker}${sep}${s.text}` : s.text)));
  }
  if (content.length === 1) content.push(paragraph());
  return { title: head.title.slice(0, 200), content: { type: "doc", content } };
}
