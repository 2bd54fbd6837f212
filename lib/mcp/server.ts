import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { DOCUMENT_STATUSES, PAGE_DEFAULT, PAGE_MAX, TODO_STATUSES } from "@/lib/api/v1/schemas";
import { BackendError, type JiyaoBackend } from "./backend";

/**
 * Jiyao's MCP server: tools and document resources over a JiyaoBackend (HTTP API v1's endpoints, in
 * process or over HTTP). Tool inputs here only describe the arguments to the agent; the endpoint's
 * own schemas validate them, so an agent gets the web app's messages for bad input. Nothing is logged:
 * on stdio, stdout carries protocol messages only.
 */
export const MCP_TOOLS = ["search_library", "ask", "get_minutes", "list_todos", "update_todo", "upload_transcript", "list_documents", "get_document", "list_mentions"] as const;

const pageArgs = {
  limit: z.number().int().optional().describe(`How many per page, 1–${PAGE_MAX} (default ${PAGE_DEFAULT})`),
  cursor: z.string().optional().describe("nextCursor from the previous call; omit for the first page"),
};
const uuid = (what: string) => z.string().describe(`The ${what}'s id (a UUID)`);
const json = (value: unknown): CallToolResult => ({ content: [{ type: "text", text: JSON.stringify(value, null, 2) }], structuredContent: value as Record<string, unknown> });

async function run(work: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await work();
  } catch (e) {
    const text = e instanceof BackendError ? `${e.code}: ${e.message}` : "INTERNAL: the request failed; try again.";
    return { isError: true, content: [{ type: "text", text }] };
  }
}

type Citation = { documentId: string; segment: number; title?: string; label?: string };

function registerTools(server: McpServer, api: JiyaoBackend): void {
  server.registerTool(
    "list_documents",
    {
      title: "List documents",
      description:
        "Meetings and documents of the workspace, newest first, with their processing status (ready: minutes and to-dos exist). A page at a time: while nextCursor is not null, call again with it as cursor.",
      inputSchema: { status: z.enum(DOCUMENT_STATUSES).optional(), kind: z.enum(["meeting", "document"]).optional(), ...pageArgs },
      annotations: { readOnlyHint: true },
    },
    ({ status, kind, limit, cursor }) =>
      run(async () => {
        const { documents, nextCursor } = await api.call("listDocuments", { status, kind, limit, cursor });
        return json({
          documents: documents.map((d) => ({ id: d.id, title: d.title, kind: d.kind, status: d.status, meetingDate: d.meetingDate, createdAt: d.createdAt, error: d.error })),
          nextCursor,
        });
      }),
  );

  server.registerTool(
    "get_document",
    {
      title: "Get a document",
      description: "One document's metadata and processing status (poll after upload_transcript until status is ready or failed).",
      inputSchema: { documentId: uuid("document") },
      annotations: { readOnlyHint: true },
    },
    ({ documentId }) => run(async () => json(await api.call("getDocument", { documentId }))),
  );

  server.registerTool(
    "list_mentions",
    {
      title: "Was I mentioned?",
      description:
        "Lines of the workspace's meetings that name the token's member (display name, aliases, unambiguous given name), newest meeting first, each with its documentId and segment index. A page at a time: while nextCursor is not null, call again with it as cursor.",
      inputSchema: { ...pageArgs },
      annotations: { readOnlyHint: true },
    },
    ({ limit, cursor }) =>
      run(async () => {
        const { names, mentions, total, nextCursor } = await api.call("listMentions", { limit, cursor });
        return json({
          names,
          total,
          mentions: mentions.map((m) => ({
            documentId: m.documentId,
            title: m.title,
            meetingDate: m.meetingDate,
            segment: m.segment,
            speaker: m.speaker,
            startMs: m.startMs,
            text: m.text,
          })),
          nextCursor,
        });
      }),
  );

  server.registerTool(
    "search_library",
    {
      title: "Search the library",
      description: "Full-text search of every document's title and transcript (Chinese and English). Returns matching lines with their segment index (#n) per document.",
      inputSchema: { query: z.string().describe("Words to find; separate words with spaces to require all of them") },
      annotations: { readOnlyHint: true },
    },
    ({ query }) =>
      run(async () => {
        const { results } = await api.call("search", { q: query });
        const flat = (parts: { text: string }[]) => parts.map((p) => p.text).join("");
        const lines = results.flatMap((r) => [
          `## ${flat(r.title)} (documentId ${r.documentId})`,
          ...r.hits.map((h) => `#${h.index} ${h.speaker ? `${h.speaker}: ` : ""}${flat(h.snippet)}`),
          ...(r.moreHits ? [`(+${r.moreHits} more)`] : []),
        ]);
        return { content: [{ type: "text", text: lines.length ? lines.join("\n") : `Nothing found for “${query}”.` }] };
      }),
  );

  server.registerTool(
    "ask",
    {
      title: "Ask a document or the library",
      description:
        "A grounded answer with citations to transcript lines: give documentId to ask one document, or leave it out to ask across the whole library. Says so when the sources do not contain the answer.",
      inputSchema: { question: z.string().describe("The question, in Chinese or English"), documentId: uuid("document").optional().describe("Ask only this document") },
      annotations: { readOnlyHint: true },
    },
    ({ question, documentId }) =>
      run(async () => {
        const events = await api.ask({ question, ...(documentId ? { documentId } : {}) });
        const failed = events.find((e) => e.event === "error")?.data as { code: string; message: string } | undefined;
        if (failed) throw new BackendError(failed.code, failed.message);
        const answer = events
          .filter((e) => e.event === "text")
          .map((e) => (e.data as { text: string }).text)
          .join("");
        const citations = ((events.find((e) => e.event === "citations")?.data as { citations?: Citation[] } | undefined)?.citations ?? []) as Citation[];
        const found = (events.find((e) => e.event === "done")?.data as { found?: boolean } | undefined)?.found ?? citations.length > 0;
        const sources = citations.map((c) => `- ${c.title ? `${c.title} ` : ""}${c.label ?? `#${c.segment}`} (documentId ${c.documentId}, segment ${c.segment})`);
        return {
          content: [{ type: "text", text: sources.length ? `${answer}\n\nSources:\n${sources.join("\n")}` : answer }],
          structuredContent: { answer, found, citations },
        };
      }),
  );

  server.registerTool(
    "get_minutes",
    {
      title: "Get a meeting's minutes",
      description: "Summary, chapters and decisions of a document, each with the transcript segments it cites (verified: false when its source could not be confirmed).",
      inputSchema: { documentId: uuid("document"), version: z.number().int().positive().optional().describe("A minutes version; the latest when omitted") },
      annotations: { readOnlyHint: true },
    },
    ({ documentId, version }) => run(async () => json(await api.call("getMinutes", { documentId, version }))),
  );

  server.registerTool(
    "list_todos",
    {
      title: "List to-dos",
      description:
        "Action items across the workspace (or of one document) with owner, due date, status and source segments. A page at a time: while nextCursor is not null, call again with it as cursor.",
      inputSchema: {
        view: z.enum(["mine", "open", "all"]).optional().describe("mine: linked to or named after the token's member; open: open only; all (default)"),
        status: z.enum(TODO_STATUSES).optional(),
        owner: z.string().optional().describe("Owner name as said in the meeting"),
        documentId: uuid("document").optional(),
        ...pageArgs,
      },
      annotations: { readOnlyHint: true },
    },
    (input) => run(async () => json(await api.call("listTodos", input))),
  );

  server.registerTool(
    "update_todo",
    {
      title: "Update a to-do",
      description: "Change a to-do's status, owner, due date, assignee or text (needs a read-and-write token). An empty string or null clears owner, due or assignee.",
      inputSchema: {
        todoId: uuid("to-do"),
        status: z.enum(TODO_STATUSES).optional(),
        owner: z.string().nullable().optional(),
        due: z.string().nullable().optional().describe("YYYY-MM-DD or YYYY-MM-DDTHH:mm"),
        assigneeId: z.string().nullable().optional().describe("A workspace member's user id"),
        text: z.string().optional(),
      },
      annotations: { readOnlyHint: false, idempotentHint: true },
    },
    (input) => run(async () => json(await api.call("updateTodo", input))),
  );

  server.registerTool(
    "upload_transcript",
    {
      title: "Upload a transcript",
      description:
        "Add a meeting transcript or document as text (e.g. `Alice: …` lines, VTT, SRT or Markdown; the file name's extension tells the format). It is processed in the background: poll get_document until ready, then get_minutes and list_todos.",
      inputSchema: { fileName: z.string().min(1).max(255).describe("e.g. standup-2026-03-08.txt or call.vtt"), text: z.string().min(1).describe("The transcript's text") },
      annotations: { readOnlyHint: false },
    },
    ({ fileName, text }) => run(async () => json(await api.upload({ fileName, text }))),
  );
}

/** Each document as a resource: jiyao://documents/{documentId}, its transcript as text with segment numbers. */
function registerResources(server: McpServer, api: JiyaoBackend): void {
  server.registerResource(
    "document",
    new ResourceTemplate("jiyao://documents/{documentId}", {
      list: async () => {
        const { documents } = await api.call("listDocuments", { limit: PAGE_MAX });
        return {
          resources: documents.map((d) => ({
            uri: `jiyao://documents/${d.id}`,
            name: d.title,
            description: `${d.kind ?? "file"} · ${d.status} · ${d.meetingDate ?? d.createdAt.slice(0, 10)}`,
            mimeType: "text/plain",
          })),
        };
      },
    }),
    { title: "Document transcript", description: "A document's transcript, one segment per line as [#n] speaker: text", mimeType: "text/plain" },
    async (uri, { documentId }) => {
      const id = String(documentId);
      const [doc, transcript] = await Promise.all([api.call("getDocument", { documentId: id }), api.call("getTranscript", { documentId: id })]);
      const lines = transcript.segments.map((s) => `[#${s.index}] ${s.speaker ? `${s.speaker}: ` : ""}${s.text}`);
      return { contents: [{ uri: uri.href, mimeType: "text/plain", text: `# ${doc.title}\nstatus: ${doc.status}\n\n${lines.join("\n")}` }] };
    },
  );
}

export function createJiyaoMcpServer(api: JiyaoBackend): McpServer {
  const server = new McpServer({ name: "jiyao", version: "1.0.0" }, { capabilities: { tools: {}, resources: {} } });
  registerTools(server, api);
  registerResources(server, api);
  return server;
}
