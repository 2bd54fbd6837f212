import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { minutesToMarkdown } from "@/lib/export/markdown";
import { escapeInline } from "@/lib/export/markdown-escape";
import type { MinutesInput } from "@/lib/export/types";

/**
 * The whole workspace as one zip, streamed: one document is loaded and written at a time (the
 * stream pulls the next when the client has read the last), so memory stays at one document however
 * big the workspace. Layout:
 *   workspace.json                     the workspace and an index of its documents
 *   todos.md, todos.json               every to-do, by document
 *   documents/<n>-<title>/original/<file name>   the uploaded bytes
 *   documents/<n>-<title>/minutes.md, minutes.json, todos.json
 */
export interface ExportTodo {
  id: string;
  text: string;
  owner: string | null;
  due: string | null;
  status: string;
  citations: number[];
}

export interface ExportedDocument {
  meta: { id: string; title: string; fileName: string; kind: string | null; lang: string | null; status: string; createdAt: string; meetingDate: string | null };
  original: Uint8Array | null;
  minutes: { markdownInput: MinutesInput; content: unknown; version: number; engine: string; model: string | null } | null;
  todos: ExportTodo[];
}

/** A path segment safe on every OS and inside zip tools: no separators, reserved or control characters. */
export function safeSegment(name: string, fallback: string): string {
  const s = name
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .slice(0, 80)
    .trim();
  return s || fallback;
}

const json = (v: unknown) => strToU8(`${JSON.stringify(v, null, 2)}\n`);

function todosMarkdown(docs: { title: string; todos: ExportTodo[] }[]): string {
  const lines = ["# To-dos", ""];
  for (const d of docs) {
    if (!d.todos.length) continue;
    lines.push(`## ${escapeInline(d.title)}`, "");
    for (const t of d.todos) {
      const facts = [t.owner ? escapeInline(t.owner) : null, t.due, t.status === "open" ? null : t.status].filter(Boolean).join(" · ");
      lines.push(`- [${t.status === "done" ? "x" : " "}] ${escapeInline(t.text)}${facts ? ` — ${facts}` : ""}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

export function workspaceZipStream(
  workspace: { id: string; name: string },
  documentIds: string[],
  load: (id: string) => Promise<ExportedDocument | null>,
): ReadableStream<Uint8Array> {
  let zip: Zip;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let next = 0;
  const index: (ExportedDocument["meta"] & { folder: string })[] = [];
  const allTodos: { documentId: string; title: string; todos: ExportTodo[] }[] = [];

  const addFile = (path: string, bytes: Uint8Array, compress = true) => {
    const file = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    zip.add(file);
    file.push(bytes, true);
  };

  return new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      zip = new Zip((err, chunk, final) => {
        if (err) return controller.error(err);
        if (chunk.length) controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      if (next < documentIds.length) {
        const n = next++;
        const doc = await load(documentIds[n]);
        if (!doc) return; // deleted while the export ran
        const folder = `documents/${String(n + 1).padStart(3, "0")}-${safeSegment(doc.meta.title, "document")}`;
        index.push({ ...doc.meta, folder });
        // Originals are often compressed already (docx, pdf, audio): stored as they are.
        if (doc.original) addFile(`${folder}/original/${safeSegment(doc.meta.fileName, "original")}`, doc.original, false);
        if (doc.minutes) {
          addFile(`${folder}/minutes.md`, strToU8(minutesToMarkdown(doc.minutes.markdownInput)));
          addFile(`${folder}/minutes.json`, json({ version: doc.minutes.version, engine: doc.minutes.engine, model: doc.minutes.model, content: doc.minutes.content }));
        }
        addFile(`${folder}/todos.json`, json(doc.todos));
        allTodos.push({ documentId: doc.meta.id, title: doc.meta.title, todos: doc.todos });
        return;
      }
      addFile("workspace.json", json({ workspace, exportedAt: new Date().toISOString(), documents: index }));
      addFile("todos.json", json(allTodos));
      addFile("todos.md", strToU8(todosMarkdown(allTodos)));
      zip.end();
    },
    cancel() {
      zip.terminate();
    },
  });
}
