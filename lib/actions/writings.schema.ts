import { z } from "zod";
import { documentId, isCalendarDate, userText, workspaceId } from "./common.schema";
import { RichDocSchema } from "@/lib/text/rich-doc";

export const writingId = z.string().uuid("not a document id");
const title = userText("The title", { max: 200 });
const revision = z.number().int().positive().max(2_147_483_647);

export const CreateWritingSchema = z.object({ workspaceId, title: title.optional(), content: RichDocSchema.optional() });
export const SaveWritingSchema = z.object({ workspaceId, writingId, baseRevision: revision, title, content: RichDocSchema, checkpoint: z.boolean().optional() });
export const WritingRefSchema = z.object({ workspaceId, writingId });
export const RestoreWritingSchema = z.object({ workspaceId, writingId, versionId: z.string().uuid("not a version id"), baseRevision: revision });
export const CopyDocumentSchema = z.object({ workspaceId, documentId });

/** Proofreading and basic polish take the text the editor shows (at most 100,000 characters a call). */
const assistText = z.string().max(100_000, "At most 100,000 characters can be checked at once; select a part.");
/** `engine: "llm"` proofreads with the workspace's model (MODEL_NOT_CONFIGURED without one); the offline rules otherwise. */
export const ProofreadTextSchema = z.object({
  workspaceId,
  text: assistText,
  spacing: z.boolean().optional(),
  engine: z.enum(["local", "llm"], { message: "The engine is local or llm" }).default("local"),
});
export const PolishTextSchema = z.object({ workspaceId, text: assistText.min(1, "Select some text first.") });
/** One word as the speller sees it: letters or digits, with inner apostrophes, hyphens or dots ("O'Neill", "e-mail", "Node.js"). */
const ONE_WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.-](?=[\p{L}\p{N}]))*$/u;
const word = userText("The word", { max: 60 }).refine((w) => ONE_WORD.test(w), "The word must be one word (letters and digits, with ' - or . inside): no spaces or other signs.");
export const AcceptedWordSchema = z.object({ workspaceId, word });

export const DRAFT_TEMPLATE_IDS = ["minutes-zh", "minutes-en", "followup-email", "weekly-report", "meeting-notice"] as const;
const date = z.string().refine(isCalendarDate, "Dates are YYYY-MM-DD");
/** A draft from chosen meetings, or (weekly report) from every meeting in a date range. */
export const DraftFromMeetingsSchema = z
  .object({
    workspaceId,
    // A built-in template, or one of the workspace's own (lib/actions/draft-templates.ts) by its id.
    template: z.union([z.enum(DRAFT_TEMPLATE_IDS), z.string().uuid()], { message: "Choose a template" }),
    documentIds: z.array(documentId).max(50, "At most 50 meetings in one draft").default([]),
    from: date.optional(),
    to: date.optional(),
  })
  .refine((v) => v.documentIds.length > 0 || (v.from && v.to), "Choose at least one meeting, or a date range")
  .refine((v) => !(v.from && v.to) || v.from <= v.to, "The range ends before it starts");

/**
 * A deck about a topic from documents: the chosen ones, or a collection's, or (neither) every
 * document of the workspace. Needs a model.
 */
export const TopicDeckSchema = z
  .object({
    workspaceId,
    topic: userText("The topic", { max: 200, min: 2 }),
    documentIds: z.array(documentId).max(50, "At most 50 documents in one deck").default([]),
    collectionId: z.string().uuid("not a collection id").optional(),
  })
  .refine((v) => !(v.documentIds.length && v.collectionId), "Choose documents or a collection, not both");

export const ASSIST_ACTIONS = [
  "polish",
  "rewrite-formal",
  "rewrite-concise",
  "rewrite-friendly",
  "rewrite-persuasive",
  "expand",
  "shorten",
  "continue",
  "translate-en",
  "translate-zh",
  "summarize",
] as const;
export type AssistAction = (typeof ASSIST_ACTIONS)[number];
export const AssistStreamSchema = z.object({ action: z.enum(ASSIST_ACTIONS, { message: "Unknown assistant action" }), text: assistText.min(1, "Select some text first.") });
