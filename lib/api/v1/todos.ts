import "server-only";
import { getDocument } from "@/lib/db/documents";
import { listTodos, updateTodo } from "@/lib/db/todos";
import { pageWorkspaceTodos } from "@/lib/db/workspace-todos";
import { AppError } from "@/lib/errors";
import type { Handler } from "../route";
import { todosCursor, todosOffset } from "./pagination";
import { toApiTodo } from "./present";

export const listDocumentTodosHandler: Handler<"listDocumentTodos"> = async (ctx, { documentId }) => {
  if (!(await getDocument(ctx.workspaceId, documentId))) throw new AppError("NOT_FOUND", "This document does not exist or is not in this workspace.");
  return { todos: (await listTodos(ctx.workspaceId, documentId)).map(toApiTodo) };
};

export const listTodosHandler: Handler<"listTodos"> = async (ctx, q) => {
  const page = await pageWorkspaceTodos(
    ctx.workspaceId,
    { view: q.view, me: ctx.user, status: q.status, owner: q.owner, documentId: q.documentId },
    { offset: todosOffset(q.cursor), limit: q.limit },
  );
  return { todos: page.todos.map(toApiTodo), nextCursor: page.nextOffset === null ? null : todosCursor(page.nextOffset) };
};

/** The web app's update (lib/db/todos.ts): the same checks of due dates and assignees, the editor's name recorded. */
export const updateTodoHandler: Handler<"updateTodo"> = async (ctx, { todoId, text, owner, assigneeId, due, status }) => {
  const todo = await updateTodo(ctx.workspaceId, todoId, { text, owner, assigneeId, due, status }, ctx.user.name || null);
  return toApiTodo(todo);
};
