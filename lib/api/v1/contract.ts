import { z } from "zod";
import { AskSchema } from "@/lib/actions/ask.schema";
import { documentId, queryDate, versionParam } from "@/lib/actions/common.schema";
import { RenameDocumentSchema } from "@/lib/actions/documents.schema";
import { quizId } from "@/lib/actions/quizzes.schema";
import { todoId, UpdateTodoSchema } from "@/lib/actions/todos.schema";
import {
  DeletedSchema,
  DOCUMENT_STATUSES,
  DocumentListSchema,
  DocumentSchema,
  MeSchema,
  MinutesSchema,
  pageQuery,
  SearchResultsSchema,
  SlidesSchema,
  TODO_STATUSES,
  TodoListSchema,
  TodoPageSchema,
  MentionPageSchema,
  QuizListSchema,
  QuizSchema,
  TodoSchema,
  TranscriptSchema,
} from "./schemas";

/**
 * Every endpoint of HTTP API v1: method, path, who may call it, and the zod schemas of its input and
 * output. The route wrapper parses requests with these schemas, the OpenAPI document is generated from
 * them, the MCP server's HTTP client builds its requests from them, and the contract test checks that
 * each route file serves exactly one of these. Input schemas are the web app's own (lib/actions/*.schema.ts),
 * so a value the web app refuses is refused here with the same message.
 */
export type Method = "GET" | "POST" | "PATCH" | "DELETE";
export type MinRole = "viewer" | "member" | "admin";

export interface Endpoint {
  method: Method;
  /** OpenAPI path under /api/v1, e.g. /documents/{documentId}. */
  path: string;
  summary: string;
  description?: string;
  tag: "Documents" | "Minutes and slides" | "Quizzes" | "To-dos" | "Ask and search" | "Token";
  /** The lowest effective role allowed (a read token is a viewer whatever the member's role). */
  role: MinRole;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** JSON body; or "multipart" for the upload. */
  body?: z.ZodObject | "multipart";
  /** JSON response schema, or a non-JSON media type (streams and files). */
  response: { status: number; schema: z.ZodType } | { status: number; media: string; description: string };
}

const docParams = z.object({ documentId });
const version = z.object({ version: versionParam.optional().describe("A version number; the latest when omitted") });
export const EXPORT_FORMATS = ["minutes.md", "minutes.docx", "slides.md", "slides.pptx"] as const;
/** The web app's quiz downloads (lib/api/quiz-export.ts): question paper and answer key in Word, Markdown, Moodle GIFT. */
export const QUIZ_EXPORT_FORMATS = ["paper.docx", "key.docx", "quiz.md", "quiz.gift"] as const;

export const ENDPOINTS = {
  getMe: { method: "GET", path: "/me", tag: "Token", summary: "The token's workspace, member and effective role", role: "viewer", response: { status: 200, schema: MeSchema } },
  listDocuments: {
    method: "GET",
    path: "/documents",
    tag: "Documents",
    summary: "List documents, newest first, a page at a time",
    description:
      "Pages of `limit` documents (default 100, at most 500); while `nextCursor` is not null, pass it as `cursor` for the next page. Filters apply to every page; give the same ones with each cursor.",
    role: "viewer",
    query: z.object({
      ...pageQuery,
      status: z.enum(DOCUMENT_STATUSES).optional(),
      kind: z.enum(["meeting", "document"]).optional(),
      speaker: z.string().max(200).optional(),
      from: queryDate.describe("YYYY-MM-DD: meeting (or upload) date from"),
      to: queryDate.describe("YYYY-MM-DD: meeting (or upload) date to"),
    }),
    response: { status: 200, schema: DocumentListSchema },
  },
  uploadDocument: {
    method: "POST",
    path: "/documents",
    tag: "Documents",
    summary: "Upload a file (multipart/form-data, field `file`)",
    description:
      "The file is streamed and processed in the background: poll GET /documents/{documentId} or subscribe to /documents/{documentId}/events until status is ready or failed. Same limits and error codes as the web app (FILE_TOO_LARGE, DUPLICATE_FILE, UNSUPPORTED_TYPE, …).",
    role: "member",
    body: "multipart",
    response: { status: 201, schema: DocumentSchema },
  },
  getDocument: {
    method: "GET",
    path: "/documents/{documentId}",
    tag: "Documents",
    summary: "A document and its processing status",
    role: "viewer",
    params: docParams,
    response: { status: 200, schema: DocumentSchema },
  },
  renameDocument: {
    method: "PATCH",
    path: "/documents/{documentId}",
    tag: "Documents",
    summary: "Rename a document",
    role: "member",
    params: docParams,
    body: RenameDocumentSchema.pick({ title: true }),
    response: { status: 200, schema: DocumentSchema },
  },
  deleteDocument: {
    method: "DELETE",
    path: "/documents/{documentId}",
    tag: "Documents",
    summary: "Delete a document and everything derived from it",
    role: "member",
    params: docParams,
    response: { status: 200, schema: DeletedSchema },
  },
  documentEvents: {
    method: "GET",
    path: "/documents/{documentId}/events",
    tag: "Documents",
    summary: "Subscribe to processing status (server-sent events)",
    description:
      "Events named `status` carry the Document (as GET returns it) whenever its status, step or progress changes; the stream ends after ready or failed, or after 10 minutes.",
    role: "viewer",
    params: docParams,
    response: { status: 200, media: "text/event-stream", description: "event: status, data: Document (JSON)" },
  },
  getTranscript: {
    method: "GET",
    path: "/documents/{documentId}/transcript",
    tag: "Documents",
    summary: "The transcript's segments (what citations point at)",
    role: "viewer",
    params: docParams,
    response: { status: 200, schema: TranscriptSchema },
  },
  getMinutes: {
    method: "GET",
    path: "/documents/{documentId}/minutes",
    tag: "Minutes and slides",
    summary: "Minutes: summary, topics, decisions, with citations",
    role: "viewer",
    params: docParams,
    query: version,
    response: { status: 200, schema: MinutesSchema },
  },
  getSlides: {
    method: "GET",
    path: "/documents/{documentId}/slides",
    tag: "Minutes and slides",
    summary: "The slide outline",
    role: "viewer",
    params: docParams,
    query: version,
    response: { status: 200, schema: SlidesSchema },
  },
  exportDocument: {
    method: "GET",
    path: "/documents/{documentId}/exports/{format}",
    tag: "Minutes and slides",
    summary: "Download minutes or slides as Markdown, Word or PowerPoint",
    role: "viewer",
    params: z.object({ documentId, format: z.enum(EXPORT_FORMATS) }),
    query: version,
    response: { status: 200, media: "application/octet-stream", description: "The file (text/markdown, .docx or .pptx), with Content-Disposition" },
  },
  listDocumentQuizzes: {
    method: "GET",
    path: "/documents/{documentId}/quizzes",
    tag: "Quizzes",
    summary: "A document's stored quizzes, newest first",
    role: "viewer",
    params: docParams,
    response: { status: 200, schema: QuizListSchema },
  },
  getQuiz: {
    method: "GET",
    path: "/quizzes/{quizId}",
    tag: "Quizzes",
    summary: "A quiz with its questions, answers, explanations and citations",
    role: "viewer",
    params: z.object({ quizId }),
    response: { status: 200, schema: QuizSchema },
  },
  exportQuiz: {
    method: "GET",
    path: "/quizzes/{quizId}/export/{format}",
    tag: "Quizzes",
    summary: "Download a quiz: question paper or answer key (Word), Markdown, or Moodle GIFT",
    role: "viewer",
    params: z.object({ quizId, format: z.enum(QUIZ_EXPORT_FORMATS) }),
    response: { status: 200, media: "application/octet-stream", description: "The file (.docx, text/markdown or GIFT text), with Content-Disposition" },
  },
  listDocumentTodos: {
    method: "GET",
    path: "/documents/{documentId}/todos",
    tag: "To-dos",
    summary: "A document's to-dos",
    role: "viewer",
    params: docParams,
    response: { status: 200, schema: TodoListSchema },
  },
  listTodos: {
    method: "GET",
    path: "/todos",
    tag: "To-dos",
    summary: "To-dos across the workspace, a page at a time",
    description:
      "Open first, soonest due first. Pages of `limit` to-dos (default 100, at most 500); while `nextCursor` is not null, pass it as `cursor` for the next page, with the same filters.",
    role: "viewer",
    query: z.object({
      ...pageQuery,
      view: z.enum(["mine", "open", "all"]).default("all").describe("mine: linked to or named after the token's member"),
      status: z.enum(TODO_STATUSES).optional(),
      owner: z.string().max(200).optional(),
      documentId: documentId.optional(),
    }),
    response: { status: 200, schema: TodoPageSchema },
  },
  updateTodo: {
    method: "PATCH",
    path: "/todos/{todoId}",
    tag: "To-dos",
    summary: "Update a to-do's status, owner, assignee, due date or text",
    description: "An empty string or null clears owner, assigneeId or due.",
    role: "member",
    params: z.object({ todoId }),
    body: UpdateTodoSchema.pick({ text: true, owner: true, assigneeId: true, due: true, status: true }),
    response: { status: 200, schema: TodoSchema },
  },
  listMentions: {
    method: "GET",
    path: "/mentions",
    tag: "Ask and search",
    summary: "Lines of the workspace's meetings that name the token's member (\"was I mentioned?\")",
    description: "Newest meeting first, then in meeting order; lines the member spoke are left out. Pages of `limit` lines; pass `nextCursor` as `cursor` for the next.",
    role: "viewer",
    query: z.object({ ...pageQuery }),
    response: { status: 200, schema: MentionPageSchema },
  },
  ask: {
    method: "POST",
    path: "/ask",
    tag: "Ask and search",
    summary: "Ask a document (documentId) or the whole library; the answer streams as server-sent events",
    description:
      "Events: `text` ({text}) pieces of the answer, `citations` ({citations:[{documentId, segment, title?, label?}]}), then `done` ({found}) or `error` ({code, message}). The answer states only what the cited lines say, and says so when the sources do not contain it.",
    role: "viewer",
    body: AskSchema,
    response: { status: 200, media: "text/event-stream", description: "events: text, citations, done | error" },
  },
  search: {
    method: "GET",
    path: "/search",
    tag: "Ask and search",
    summary: "Full-text search of titles and transcripts",
    role: "viewer",
    query: z.object({ q: z.string().min(1, "Give something to search for").max(500) }),
    response: { status: 200, schema: SearchResultsSchema },
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;

type Out<S> = S extends z.ZodType ? z.output<S> : object;
/** The parsed input a handler gets: path parameters, query and JSON body merged (no name repeats). */
export type InputOf<K extends EndpointName> = Out<(typeof ENDPOINTS)[K] extends { params: infer P } ? P : undefined> &
  Out<(typeof ENDPOINTS)[K] extends { query: infer Q } ? Q : undefined> &
  Out<(typeof ENDPOINTS)[K] extends { body: infer B } ? (B extends z.ZodType ? B : undefined) : undefined>;
/** What a JSON endpoint answers with. */
export type OutputOf<K extends EndpointName> = (typeof ENDPOINTS)[K]["response"] extends { schema: infer S } ? z.output<S & z.ZodType> : never;

/** "/documents/{documentId}" → "/documents/[documentId]", the app/api/v1 folder that serves it. */
export function routeFolder(path: string): string {
  return path.replace(/\{(\w+)\}/g, "[$1]");
}
