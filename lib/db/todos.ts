import "server-only";
import { db } from "./client";
import { queueWebhookEvent } from "./webhooks";
import { AppError } from "@/lib/errors";
import type { Prisma, TodoStatus } from "@/lib/generated/prisma/client";

export type { TodoStatus };
export const TODO_STATUSES = ["open", "done", "dropped"] as const satisfies readonly TodoStatus[];

export const TODO_SELECT = {
  id: true,
  documentId: true,
  text: true,
  owner: true,
  assigneeId: true,
  assignee: { select: { name: true, email: true } },
  due: true,
  dueText: true,
  status: true,
  citations: true,
  verified: true,
  confidence: true,
  position: true,
  carriedFromId: true,
  editedAt: true,
  editedBy: true,
  createdAt: true,
} satisfies Prisma.TodoSelect;

export type TodoRow = Prisma.TodoGetPayload<{ select: typeof TODO_SELECT }>;
export type DocumentTodo = TodoRow & { carriedFrom: { documentId: string; title: string } | null };

/** "2024-03-08" or "2024-03-08T15:00" (seconds optional), and a real calendar date and time. */
export function isValidDue(due: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(due);
  if (!m) return false;
  const [y, mo, d, h = "0", mi = "0", s = "0"] = m.slice(1);
  const date = new Date(Date.UTC(+y, +mo - 1, +d));
  const dayOk = date.getUTCFullYear() === +y && date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d;
  return dayOk && +h < 24 && +mi < 60 && +s < 60;
}

export async function listTodos(workspaceId: string, documentId: string): Promise<DocumentTodo[]> {
  const todos = await db().todo.findMany({
    where: { workspaceId, documentId },
    select: TODO_SELECT,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const sourceIds = todos.map((t) => t.carriedFromId).filter((id): id is string => !!id);
  const sources = sourceIds.length
    ? await db().todo.findMany({ where: { workspaceId, id: { in: sourceIds } }, select: { id: true, documentId: true, document: { select: { title: true } } } })
    : [];
  const byId = new Map(sources.map((s) => [s.id, { documentId: s.documentId, title: s.document.title }]));
  return todos.map((t) => ({ ...t, carriedFrom: (t.carriedFromId && byId.get(t.carriedFromId)) || null }));
}

export interface TodoFields {
  text?: string;
  owner?: string | null;
  assigneeId?: string | null;
  due?: string | null;
  status?: TodoStatus;
  /** The to-do's citations to keep: a person can drop a citation that does not support it, never add one. */
  citations?: number[];
}

async function checkFields(workspaceId: string, f: TodoFields): Promise<void> {
  if (f.text !== undefined && !f.text.trim()) throw new AppError("INVALID_INPUT", "text: a to-do needs some text.");
  if (f.due && !isValidDue(f.due)) throw new AppError("INVALID_INPUT", `due: “${f.due}” is not a date (2024-03-08) or date and time (2024-03-08T15:00).`);
  if (f.assigneeId) {
    const member = await db().member.findUnique({ where: { workspaceId_userId: { workspaceId, userId: f.assigneeId } }, select: { id: true } });
    if (!member) throw new AppError("INVALID_INPUT", "assigneeId: a to-do can only be linked to a member of this workspace.");
  }
}

function dataOf(f: TodoFields) {
  return {
    ...(f.text !== undefined ? { text: f.text.trim() } : {}),
    ...(f.owner !== undefined ? { owner: f.owner?.trim() || null } : {}),
    ...(f.assigneeId !== undefined ? { assigneeId: f.assigneeId || null } : {}),
    // A typed due date replaces the meeting's wording of it ("by Friday"), which no longer applies.
    ...(f.due !== undefined ? { due: f.due || null, dueText: null } : {}),
    ...(f.status !== undefined ? { status: f.status } : {}),
  };
}

/** Changing what the engine wrote (not just ticking it off) marks the to-do as a person's. */
function editedStamp(f: TodoFields, editorName: string | null) {
  const reworded = f.text !== undefined || f.owner !== undefined || f.assigneeId !== undefined || f.due !== undefined || f.citations !== undefined;
  return reworded ? { editedAt: new Date(), editedBy: editorName } : {};
}

/** The kept citations in stored order; a to-do left citing nothing has nothing to be unverified against. */
async function keptCitations(workspaceId: string, todoId: string, keep: number[] | undefined) {
  if (keep === undefined) return {};
  const current = await db().todo.findFirst({ where: { workspaceId, id: todoId }, select: { citations: true, verified: true } });
  if (!current) throw new AppError("NOT_FOUND", "This to-do does not exist in this workspace.");
  if (keep.some((c) => !current.citations.includes(c))) throw new AppError("INVALID_INPUT", "citations: an edit can remove citations but not add new ones.");
  const citations = current.citations.filter((c) => keep.includes(c));
  return { citations, verified: citations.length ? current.verified : true };
}

export async function updateTodo(workspaceId: string, todoId: string, fields: TodoFields, editorName: string | null = null): Promise<TodoRow> {
  await checkFields(workspaceId, fields);
  const cited = await keptCitations(workspaceId, todoId, fields.citations);
  const { count } = await db().todo.updateMany({ where: { workspaceId, id: todoId }, data: { ...dataOf(fields), ...cited, ...editedStamp(fields, editorName) } });
  if (!count) throw new AppError("NOT_FOUND", "This to-do does not exist in this workspace.");
  const todo = await db().todo.findFirstOrThrow({ where: { workspaceId, id: todoId }, select: TODO_SELECT });
  await queueWebhookEvent(workspaceId, "todo.updated", { todo: webhookTodo(todo) });
  return todo;
}

/** A to-do as webhook receivers get it. */
function webhookTodo(t: TodoRow) {
  return { id: t.id, documentId: t.documentId, text: t.text, owner: t.owner, assigneeId: t.assigneeId, due: t.due, status: t.status, citations: t.citations };
}

/**
 * Locks the document's row for the rest of the transaction: every writer of new to-do positions
 * (add, carry over) takes it first, so two of them can never read the same "last position".
 */
async function lockDocument(tx: Prisma.TransactionClient, workspaceId: string, documentId: string): Promise<boolean> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Document" WHERE "workspaceId" = ${workspaceId} AND "id" = ${documentId} FOR UPDATE`;
  return locked.length > 0;
}

async function nextPosition(tx: Prisma.TransactionClient, workspaceId: string, documentId: string): Promise<number> {
  const last = await tx.todo.findFirst({ where: { workspaceId, documentId }, orderBy: { position: "desc" }, select: { position: true } });
  return (last?.position ?? -1) + 1;
}

export async function createTodo(workspaceId: string, documentId: string, fields: TodoFields & { text: string }, editorName: string | null = null): Promise<TodoRow> {
  await checkFields(workspaceId, fields);
  return db().$transaction(async (tx) => {
    if (!(await lockDocument(tx, workspaceId, documentId))) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
    const todo = await tx.todo.create({
      data: {
        workspaceId,
        documentId,
        ...dataOf(fields),
        text: fields.text.trim(),
        citations: [],
        verified: true,
        confidence: 1,
        position: await nextPosition(tx, workspaceId, documentId),
        editedAt: new Date(),
        editedBy: editorName,
      },
      select: TODO_SELECT,
    });
    await queueWebhookEvent(workspaceId, "todo.created", { todo: webhookTodo(todo) }, tx);
    return todo;
  });
}

/** When a document took place: its meeting date if known, else when it was uploaded. */
const effectiveDate = (d: { meetingDate: Date | null; createdAt: Date }) => d.meetingDate ?? d.createdAt;

/** Other documents of the workspace from before this one that still have open to-dos. */
export async function listEarlierMeetings(workspaceId: string, documentId: string): Promise<{ id: string; title: string; openCount: number }[]> {
  const current = await db().document.findFirst({ where: { workspaceId, id: documentId }, select: { meetingDate: true, createdAt: true } });
  if (!current) return [];
  const docs = await db().document.findMany({
    where: { workspaceId, id: { not: documentId }, todos: { some: { status: "open" } } },
    select: { id: true, title: true, meetingDate: true, createdAt: true, _count: { select: { todos: { where: { status: "open" } } } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const at = effectiveDate(current).getTime();
  return docs
    .filter((d) => effectiveDate(d).getTime() <= at)
    .sort((a, b) => effectiveDate(b).getTime() - effectiveDate(a).getTime())
    .slice(0, 50)
    .map((d) => ({ id: d.id, title: d.title, openCount: d._count.todos }));
}

/**
 * Copies the open to-dos of an earlier document into this one. Each source to-do is carried at most
 * once (by carriedFromId); the target row is locked so two concurrent clicks cannot both copy.
 */
export async function carryOverTodos(workspaceId: string, documentId: string, fromDocumentId: string): Promise<{ count: number }> {
  if (documentId === fromDocumentId) throw new AppError("INVALID_INPUT", "fromDocumentId: choose a different, earlier meeting.");
  return db().$transaction(async (tx) => {
    const locked = await lockDocument(tx, workspaceId, documentId);
    const from = await tx.document.findFirst({ where: { workspaceId, id: fromDocumentId }, select: { id: true } });
    if (!locked || !from) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
    const open = await tx.todo.findMany({
      where: { workspaceId, documentId: fromDocumentId, status: "open" },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, text: true, owner: true, assigneeId: true, due: true, dueText: true, confidence: true },
    });
    const already = await tx.todo.findMany({
      where: { workspaceId, documentId, carriedFromId: { in: open.map((t) => t.id) } },
      select: { carriedFromId: true },
    });
    const skip = new Set(already.map((t) => t.carriedFromId));
    const fresh = open.filter((t) => !skip.has(t.id));
    if (!fresh.length) return { count: 0 };
    const start = await nextPosition(tx, workspaceId, documentId);
    // Citations point at the earlier document's lines, so the copy carries none; it links back instead.
    await tx.todo.createMany({
      data: fresh.map(({ id, ...t }, i) => ({ ...t, workspaceId, documentId, carriedFromId: id, citations: [], verified: true, status: "open" as const, position: start + i })),
    });
    return { count: fresh.length };
  });
}
