import "server-only";
import { db } from "./client";
import { speakerMapsFor } from "./speakers";
import { ownerWithSpeakers } from "./speaker-read";
import { myOwnerMatch } from "./mentions";
import { TODO_SELECT } from "./todos";
import type { Prisma, TodoStatus } from "@/lib/generated/prisma/client";

/** To-dos across a workspace (the To-dos page, My to-dos, the API and calendars); one meeting's to-dos and edits are in ./todos. */

export type TodoView = "mine" | "open" | "all";

export interface WorkspaceTodoFilters {
  view: TodoView;
  me: { id: string; name: string };
  status?: TodoStatus;
  owner?: string;
  documentId?: string;
}

const WORKSPACE_TODO_SELECT = { ...TODO_SELECT, document: { select: { id: true, title: true, meetingDate: true, createdAt: true } } } satisfies Prisma.TodoSelect;
export type WorkspaceTodo = Prisma.TodoGetPayload<{ select: typeof WORKSPACE_TODO_SELECT }>;

/**
 * To-dos across the workspace. "Mine" is what is linked to me, or whose owner names me — by my
 * display name, my aliases or my unambiguous given name (lib/text/names.ts) — or is a speaker of a
 * meeting shown under my name or linked to me. The web page shows the first 500.
 */
export async function listWorkspaceTodos(workspaceId: string, f: WorkspaceTodoFilters): Promise<WorkspaceTodo[]> {
  const q = await todoQuery(workspaceId, f);
  return q.present(await q.rows(0, 500));
}

/**
 * A page of the same list for the API: `limit` to-dos from position `offset` of the ordered rows
 * (positions count the rows read, so the "mine" filter that runs after the query never shifts a page),
 * and the position the next page starts at, or null after the last.
 */
export async function pageWorkspaceTodos(
  workspaceId: string,
  f: WorkspaceTodoFilters,
  page: { offset: number; limit: number },
): Promise<{ todos: WorkspaceTodo[]; nextOffset: number | null }> {
  const q = await todoQuery(workspaceId, f);
  const kept: { row: WorkspaceTodo; next: number }[] = [];
  let at = page.offset;
  for (;;) {
    const rows = await q.rows(at, page.limit + 1);
    const shown = await q.present(rows, true);
    for (const i of rows.keys()) {
      const s = shown[i];
      if (s) kept.push({ row: s, next: at + i + 1 });
      if (kept.length > page.limit) break;
    }
    if (kept.length > page.limit) return { todos: kept.slice(0, page.limit).map((k) => k.row), nextOffset: kept[page.limit - 1].next };
    if (rows.length <= page.limit) return { todos: kept.map((k) => k.row), nextOffset: null };
    at += rows.length;
  }
}

async function todoQuery(workspaceId: string, f: WorkspaceTodoFilters) {
  const status = f.view === "open" ? "open" : f.status;
  const mine = f.view === "mine" ? await myOwnerMatch(workspaceId, f.me.id) : null;
  const myForms = mine ? [...new Set(mine.forms.filter((x) => x.userId === f.me.id).map((x) => x.form))] : [];
  const where: Prisma.TodoWhereInput = {
    workspaceId,
    ...(status ? { status } : {}),
    ...(f.owner ? { owner: { equals: f.owner, mode: "insensitive" } } : {}),
    ...(f.documentId ? { documentId: f.documentId } : {}),
    ...(mine
      ? {
          OR: [
            { assigneeId: f.me.id },
            ...myForms.map((form) => ({ owner: { contains: form, mode: "insensitive" as const } })),
            ...mine.labels.map((l) => ({ documentId: l.documentId, owner: { in: l.labels } })),
          ],
        }
      : {}),
  };
  const rows = (skip: number, take: number) =>
    db().todo.findMany({
      where,
      select: WORKSPACE_TODO_SELECT,
      // Open first (enum order), soonest due first; to-dos without a due date after dated ones; id last,
      // a total order, so consecutive API pages neither repeat nor skip a row.
      orderBy: [{ status: "asc" }, { due: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      skip,
      take,
    });
  /** Owners as each meeting's speakers are named now; rows the "mine" match refuses dropped (or, `keepSlots`, left as null). */
  async function present(rows: WorkspaceTodo[]): Promise<WorkspaceTodo[]>;
  async function present(rows: WorkspaceTodo[], keepSlots: true): Promise<(WorkspaceTodo | null)[]>;
  async function present(rows: WorkspaceTodo[], keepSlots = false): Promise<(WorkspaceTodo | null)[]> {
    const maps = await speakerMapsFor(
      workspaceId,
      rows.map((r) => r.documentId),
    );
    // The SQL prefilter matched substrings; an owner is mine when it names me as a whole name.
    const out = rows.map((r) => {
      if (mine && !(r.assigneeId === f.me.id || mine.matches(r.owner, r.documentId) || mine.matches(ownerOf(r, maps), r.documentId))) return null;
      const map = maps.get(r.documentId);
      return map ? { ...r, owner: ownerWithSpeakers(r.owner, map) } : r;
    });
    return keepSlots ? out : out.filter((r): r is WorkspaceTodo => r !== null);
  }
  return { rows, present };
}

function ownerOf(r: { owner: string | null; documentId: string }, maps: Map<string, Parameters<typeof ownerWithSpeakers>[1]>): string | null {
  const map = maps.get(r.documentId);
  return map ? ownerWithSpeakers(r.owner, map) : r.owner;
}

/** Owner names used in the workspace, for the owner filter. */
export async function listTodoOwners(workspaceId: string): Promise<string[]> {
  const rows = await db().todo.findMany({
    where: { workspaceId, owner: { not: null } },
    distinct: ["owner"],
    select: { owner: true },
    orderBy: { owner: "asc" },
    take: 300,
  });
  return rows.map((r) => r.owner!).filter(Boolean);
}

export async function listMembersForAssign(workspaceId: string): Promise<{ id: string; name: string; email: string }[]> {
  const rows = await db().member.findMany({
    where: { workspaceId },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.user);
}
