"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { CarryOverSchema, CreateTodoSchema, UpdateTodoSchema } from "./todos.schema";
import { carryOverTodos as carryOver, createTodo as create, updateTodo as update } from "@/lib/db/todos";
import { dispatchSoon } from "@/lib/jobs/webhooks";

/** After a change: the pages, and the webhook events lib/db/todos queued, sent now. */
function revalidate(workspaceId: string, documentId: string) {
  revalidatePath(`/w/${workspaceId}/d/${documentId}`);
  revalidatePath(`/w/${workspaceId}/todos`);
  dispatchSoon();
}

export const updateTodo = workspaceAction("member", UpdateTodoSchema, async (ctx, { todoId, text, owner, assigneeId, due, status, citations }) => {
  const todo = await update(ctx.workspaceId, todoId, { text, owner, assigneeId, due, status, citations }, ctx.user.name || null);
  revalidate(ctx.workspaceId, todo.documentId);
  return todo;
});

export const createTodo = workspaceAction("member", CreateTodoSchema, async (ctx, { documentId, text, owner, assigneeId, due }) => {
  const todo = await create(ctx.workspaceId, documentId, { text, owner, assigneeId, due }, ctx.user.name || null);
  revalidate(ctx.workspaceId, documentId);
  return todo;
});

export const carryOverTodos = workspaceAction("member", CarryOverSchema, async (ctx, { documentId, fromDocumentId }) => {
  const result = await carryOver(ctx.workspaceId, documentId, fromDocumentId);
  revalidate(ctx.workspaceId, documentId);
  return result;
});
