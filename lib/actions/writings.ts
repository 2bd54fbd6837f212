"use server";
import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import {
  AcceptedWordSchema,
  CopyDocumentSchema,
  CreateWritingSchema,
  DraftFromMeetingsSchema,
  PolishTextSchema,
  ProofreadTextSchema,
  RestoreWritingSchema,
  SaveWritingSchema,
  TopicDeckSchema,
  WritingRefSchema,
} from "./writings.schema";
import * as writings from "@/lib/db/writings";
import { emptyDoc } from "@/lib/text/rich-doc";
import { basicPolish, proofreadWriting, proofreadWritingWithModel } from "@/lib/pipelines/writing-assist";
import { documentAsWriting, draftFromMeetings } from "@/lib/pipelines/writing-drafts";
import { writingAsDeckSource } from "@/lib/pipelines/writing-decks";
import { topicDeck } from "@/lib/pipelines/topic-deck";
import { findDocumentIdBySha256 } from "@/lib/db/documents";
import { storeUploadedFile } from "@/lib/jobs/uploads";

const list = (workspaceId: string) => revalidatePath(`/w/${workspaceId}/writings`);

/** A new, empty document (or the given content), owned by the workspace. */
export const createWriting = workspaceAction("member", CreateWritingSchema, async (ctx, { title, content }) => {
  const row = await writings.createWriting(ctx.workspaceId, ctx.user.id, { title: title || "Untitled", content: content ?? emptyDoc() });
  list(ctx.workspaceId);
  return row;
});

/** Autosave and explicit save: refused with CONFLICT when someone saved since `baseRevision`. */
export const saveWriting = workspaceAction("member", SaveWritingSchema, async (ctx, { writingId, ...input }) => {
  const row = await writings.saveWriting(ctx.workspaceId, writingId, ctx.user.id, input);
  return { revision: row.revision, updatedAt: row.updatedAt.toISOString(), title: row.title };
});

export const listWritingVersions = workspaceAction("viewer", WritingRefSchema, async (ctx, { writingId }) => {
  const rows = await writings.listWritingVersions(ctx.workspaceId, writingId);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
});

export const restoreWritingVersion = workspaceAction("member", RestoreWritingSchema, async (ctx, { writingId, versionId, baseRevision }) => {
  const row = await writings.restoreWritingVersion(ctx.workspaceId, writingId, versionId, ctx.user.id, baseRevision);
  const full = await writings.getWriting(ctx.workspaceId, writingId);
  return { revision: row.revision, title: row.title, content: full!.content };
});

export const deleteWriting = workspaceAction("member", WritingRefSchema, async (ctx, { writingId }) => {
  const row = await writings.deleteWriting(ctx.workspaceId, writingId);
  list(ctx.workspaceId);
  return row;
});

/** An uploaded document opened as an editable copy (the original stays as it is). */
export const copyDocumentToWriting = workspaceAction("member", CopyDocumentSchema, async (ctx, { documentId }) => {
  const { title, content } = await documentAsWriting(ctx.workspaceId, documentId);
  const row = await writings.createWriting(ctx.workspaceId, ctx.user.id, { title, content, sourceDocumentId: documentId });
  list(ctx.workspaceId);
  return row;
});

/** A draft from meetings (formal minutes, English minutes, follow-up email, weekly report, meeting notice). */
export const draftWriting = workspaceAction("member", DraftFromMeetingsSchema, async (ctx, input) => {
  const { title, content } = await draftFromMeetings(ctx.workspaceId, input);
  const row = await writings.createWriting(ctx.workspaceId, ctx.user.id, { title, content, template: input.template });
  list(ctx.workspaceId);
  return row;
});

export const proofreadText = workspaceAction("member", ProofreadTextSchema, async (ctx, { text, spacing, engine }) => ({
  suggestions: engine === "llm" ? await proofreadWritingWithModel(ctx.workspaceId, text) : await proofreadWriting(ctx.workspaceId, text, { spacing }),
}));

export const polishTextBasic = workspaceAction("member", PolishTextSchema, async (_ctx, { text }) => ({ text: await basicPolish(text) }));

const words = (workspaceId: string) => revalidatePath(`/w/${workspaceId}/writings/words`);

/** The workspace's accepted spelling words: proofreading stops flagging them (any case). */
export const addAcceptedWord = workspaceAction("member", AcceptedWordSchema, async (ctx, { word }) => {
  const row = await writings.addAcceptedWord(ctx.workspaceId, word);
  words(ctx.workspaceId);
  return row;
});
export const removeAcceptedWord = workspaceAction("member", AcceptedWordSchema, async (ctx, { word }) => {
  const row = await writings.removeAcceptedWord(ctx.workspaceId, word);
  words(ctx.workspaceId);
  return row;
});

/**
 * A deck from this writing: it becomes a Markdown document of the library, processed like an upload,
 * whose Slides tab holds the outline (editable, PPTX export, citations to its lines). The same text
 * twice opens the document made the first time.
 */
export const deckFromWriting = workspaceAction("member", WritingRefSchema, async (ctx, { writingId }) => {
  const { fileName, bytes } = await writingAsDeckSource(ctx.workspaceId, writingId);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const existing = await findDocumentIdBySha256(ctx.workspaceId, sha256);
  if (existing) return { documentId: existing, existing: true };
  const doc = await storeUploadedFile({ workspaceId: ctx.workspaceId, userId: ctx.user.id }, { fileName, mimeType: "text/markdown", bytes, sha256 });
  revalidatePath(`/w/${ctx.workspaceId}`);
  return { documentId: doc.id, existing: false };
});

/**
 * A deck about a topic from documents, with the workspace's model: the cited outline is stored as a
 * writing (opened in the editor, then "Make a deck" for slides and PPTX). `found: false` when the
 * documents say nothing about the topic: nothing is stored and nothing is made up.
 */
export const deckAboutTopic = workspaceAction("member", TopicDeckSchema, async (ctx, { topic, documentIds, collectionId }) => {
  const result = await topicDeck(ctx.workspaceId, { topic, documentIds, collectionId });
  if (!result.found) return { found: false as const };
  const row = await writings.createWriting(ctx.workspaceId, ctx.user.id, { title: result.title, content: result.content, template: "topic-deck" });
  list(ctx.workspaceId);
  return { found: true as const, writingId: row.id, dropped: result.dropped };
});
