import "server-only";
import { appOrigin } from "@/lib/auth/app-origin";
import { getDocument } from "@/lib/db/documents";
import type { ExportSource } from "@/lib/db/exports";
import { currentSpeakerMap } from "@/lib/db/speakers";
import { withSpeakerNames } from "@/lib/db/speaker-read";
import { listTodos } from "@/lib/db/todos";
import { listWorkspaceTodos } from "@/lib/db/workspace-todos";
import { todosToIcs, type IcsTodo } from "@/lib/export/ics";
import type { ExportFormat } from "./export-files";

/**
 * To-dos with due dates as .ics downloads: one meeting's (beside its other exports) and "My to-dos".
 * Dropped to-dos are left out; owners are shown as the meeting's speakers are named now.
 */
interface Calendar {
  name: string;
  todos: IcsTodo[];
}

const ICS = "text/calendar; charset=utf-8";
const write = (c: Calendar) => todosToIcs(c.todos, { name: c.name });

async function loadDocumentCalendar(workspaceId: string, documentId: string): Promise<ExportSource<Calendar> | null> {
  const doc = await getDocument(workspaceId, documentId);
  if (!doc) return null;
  const [todos, speakers, origin] = await Promise.all([listTodos(workspaceId, documentId), currentSpeakerMap(workspaceId, documentId), appOrigin()]);
  const url = `${origin}/w/${workspaceId}/d/${documentId}?tab=todos`;
  const dated = withSpeakerNames(todos, speakers.map).filter((t) => t.due && t.status !== "dropped");
  return {
    title: doc.title,
    version: 1,
    input: {
      name: doc.title,
      todos: dated.map((t) => ({ id: t.id, text: t.text, owner: t.owner ?? t.assignee?.name ?? null, due: t.due!, status: t.status, documentTitle: doc.title, url })),
    },
  };
}

export const TODOS_ICS: ExportFormat<Calendar> = { load: loadDocumentCalendar, write, contentType: ICS, suffix: ".todos.ics" };

/** "My to-dos" with due dates, across the workspace. */
export async function myTodosCalendar(workspaceId: string, me: { id: string; name: string }, calendarName: string): Promise<string> {
  const [todos, origin] = await Promise.all([listWorkspaceTodos(workspaceId, { view: "mine", me }), appOrigin()]);
  const dated = todos.filter((t) => t.due && t.status !== "dropped");
  return write({
    name: calendarName,
    todos: dated.map((t) => ({
      id: t.id,
      text: t.text,
      owner: t.owner ?? t.assignee?.name ?? null,
      due: t.due!,
      status: t.status,
      documentTitle: t.document.title,
      url: `${origin}/w/${workspaceId}/d/${t.document.id}?tab=todos`,
    })),
  });
}
