import { z } from "zod";
import { AnalysisSchema, OutlineSchema } from "@/lib/engine/types";
import { QuestionTypeSchema } from "@/lib/engine/quiz-types";

/**
 * The shapes HTTP API v1 answers with. The handlers build them, the OpenAPI document is generated from
 * them (lib/api/openapi.ts), and the contract test checks real responses against them. No server-only
 * imports: the stdio MCP server and the reference page load this file too.
 */

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string().describe("Stable error code (lib/errors.ts), e.g. NOT_FOUND"), message: z.string() }) })
  .meta({ id: "Error" });

const iso = z.string().describe("ISO 8601 time");

/** Cursor pagination of the lists (GET /documents, GET /todos); cursors are made in ./pagination.ts. */
export const PAGE_MAX = 500;
export const PAGE_DEFAULT = 100;

export const pageQuery = {
  limit: z.coerce
    .number({ message: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(PAGE_MAX, `limit can be at most ${PAGE_MAX}`)
    .default(PAGE_DEFAULT)
    .describe(`Items per page, 1–${PAGE_MAX} (default ${PAGE_DEFAULT})`),
  cursor: z.string().min(1).max(300).optional().describe("nextCursor of the previous page; the first page when omitted"),
};

export const nextCursorField = z.string().nullable().describe("Pass as cursor for the next page; null on the last page");

export const DOCUMENT_STATUSES = ["uploaded", "parsing", "parsed", "analyzing", "ready", "failed", "live"] as const;

export const DocumentSchema = z
  .object({
    id: z.string().uuid(),
    title: z.string(),
    fileName: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    kind: z.enum(["meeting", "document"]).nullable().describe("Known once the file has been read"),
    lang: z.string().nullable(),
    meetingDate: z.string().nullable().describe("YYYY-MM-DD"),
    speakers: z.array(z.string()),
    status: z.enum(DOCUMENT_STATUSES).describe("ready: minutes, to-dos and slides exist; failed: see error; live: a live meeting still receiving lines"),
    step: z.string().nullable().describe("The processing step under way"),
    progress: z.number().int().min(0).max(100),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    uploadedBy: z.object({ name: z.string(), email: z.string() }).nullable(),
    createdAt: iso,
    updatedAt: iso,
  })
  .meta({ id: "Document" });
export type ApiDocument = z.infer<typeof DocumentSchema>;

export const DocumentListSchema = z.object({ documents: z.array(DocumentSchema), nextCursor: nextCursorField }).meta({ id: "DocumentList" });
export const DeletedSchema = z.object({ id: z.string().uuid(), title: z.string() }).meta({ id: "Deleted" });

export const SegmentSchema = z
  .object({
    index: z.number().int().describe("What citations point at"),
    speaker: z.string().nullable(),
    startMs: z.number().int().nullable(),
    endMs: z.number().int().nullable(),
    page: z.number().int().nullable(),
    text: z.string(),
  })
  .meta({ id: "Segment" });
export const TranscriptSchema = z.object({ documentId: z.string().uuid(), segments: z.array(SegmentSchema) }).meta({ id: "Transcript" });

const artifactHead = { documentId: z.string().uuid(), version: z.number().int(), engine: z.string(), model: z.string().nullable(), createdAt: iso };
export const MinutesSchema = z
  .object({ ...artifactHead, content: AnalysisSchema.pick({ lang: true, summary: true, topics: true, decisions: true, coverage: true, usage: true }) })
  .meta({ id: "Minutes" });
export const SlidesSchema = z.object({ ...artifactHead, outline: OutlineSchema, edited: z.boolean() }).meta({ id: "Slides" });

export const TODO_STATUSES = ["open", "done", "dropped"] as const;
export const TodoSchema = z
  .object({
    id: z.string().uuid(),
    documentId: z.string().uuid(),
    documentTitle: z.string().optional(),
    text: z.string(),
    owner: z.string().nullable().describe("The owner as named in the meeting"),
    assignee: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable().describe("The workspace member linked to it"),
    due: z.string().nullable().describe("YYYY-MM-DD or YYYY-MM-DDTHH:mm"),
    dueText: z.string().nullable().describe("The due date as said in the meeting"),
    status: z.enum(TODO_STATUSES),
    citations: z.array(z.number().int()).describe("Transcript segment indexes"),
    verified: z.boolean().describe("false: the citation check could not confirm its source"),
    editedAt: iso.nullable(),
    editedBy: z.string().nullable(),
    createdAt: iso,
  })
  .meta({ id: "Todo" });
export type ApiTodo = z.infer<typeof TodoSchema>;
export const TodoListSchema = z.object({ todos: z.array(TodoSchema) }).meta({ id: "TodoList" });
export const TodoPageSchema = z.object({ todos: z.array(TodoSchema), nextCursor: nextCursorField }).meta({ id: "TodoPage" });

const snippet = z.array(z.object({ text: z.string(), mark: z.boolean() })).describe("Text runs; mark: matches a search term");
export const SearchResultsSchema = z
  .object({
    results: z.array(
      z.object({
        documentId: z.string().uuid(),
        title: snippet,
        hits: z.array(z.object({ index: z.number().int(), speaker: z.string().nullable(), snippet })),
        moreHits: z.number().int(),
      }),
    ),
  })
  .meta({ id: "SearchResults" });

export const MeSchema = z
  .object({
    workspace: z.object({ id: z.string().uuid(), name: z.string() }),
    user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    token: z.object({ id: z.string().uuid(), name: z.string(), scope: z.enum(["read", "write"]) }),
    role: z.enum(["owner", "admin", "member", "viewer"]).describe("What this token may do: the member's role, or viewer for a read token"),
  })
  .meta({ id: "Me" });

/** The data of each server-sent event of POST /ask, by event name. */
export const AskEventSchemas = {
  text: z.object({ text: z.string() }),
  citations: z.object({
    citations: z.array(z.object({ documentId: z.string().uuid(), segment: z.number().int(), title: z.string().optional(), label: z.string().optional() })),
  }),
  done: z.object({ found: z.boolean().describe("false: the sources do not contain the answer") }),
  error: ErrorSchema.shape.error,
} as const;

/** The data of each `status` event of GET /documents/{id}/events: the document as GET returns it. */
export const DocumentEventSchemas = { status: DocumentSchema, error: ErrorSchema.shape.error } as const;

export const MentionPageSchema = z
  .object({
    names: z.array(z.string()).describe("The token member's names looked for: display name, aliases, unambiguous given name"),
    mentions: z.array(
      z.object({
        documentId: z.string().uuid(),
        title: z.string(),
        meetingDate: z.string().nullable().describe("YYYY-MM-DD"),
        segment: z.number().int().describe("The line's segment index (what citations point at)"),
        speaker: z.string().nullable(),
        startMs: z.number().int().nullable(),
        text: z.string().describe("The line as shown (glossary applied)"),
        spans: z.array(z.tuple([z.number().int(), z.number().int()])).describe("[start, end) offsets of the member's names in text"),
      }),
    ),
    total: z.number().int(),
    nextCursor: nextCursorField,
  })
  .meta({ id: "MentionPage" });

/** Stored quizzes (issue 12), read-only: the list of a document's quizzes and one quiz with its questions. */
const quizHead = {
  id: z.string().uuid(),
  title: z.string(),
  documentId: z.string().uuid().nullable().describe("The document it was made from; null for a collection's quiz"),
  collectionId: z.string().uuid().nullable(),
  createdAt: iso,
};
export const QuizListSchema = z.object({ documentId: z.string().uuid(), quizzes: z.array(z.object({ ...quizHead, questionCount: z.number().int() })) }).meta({ id: "QuizList" });
export const QuizQuestionSchema = z
  .object({
    id: z.string().uuid(),
    type: QuestionTypeSchema.describe("single or multiple choice, true or false, fill in the blank"),
    question: z.string(),
    options: z.array(z.string()).describe("The choices (single, multiple); empty otherwise"),
    answer: z
      .union([z.number().int(), z.array(z.number().int()), z.boolean(), z.string()])
      .describe("single: option index; multiple: indexes; truefalse: boolean; fill: the missing text"),
    explanation: z.string(),
    citations: z.array(z.object({ documentId: z.string().uuid(), segment: z.number().int() })).describe("The document lines it is based on (transcript segment indexes)"),
    verified: z.boolean().describe("false: the citation check could not confirm its source"),
  })
  .meta({ id: "QuizQuestion" });
export const QuizSchema = z.object({ ...quizHead, engine: z.string(), model: z.string().nullable(), questions: z.array(QuizQuestionSchema) }).meta({ id: "Quiz" });
