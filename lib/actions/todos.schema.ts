import { z } from "zod";
import { documentId, userText, workspaceId } from "./common.schema";

export const todoId = z.string().uuid("not a to-do id");
/** Empty means "clear it": a blank owner, member or due date field removes the value. */
const clearable = (what: string, max: number) =>
  userText(what, { max, min: 0 })
    .nullable()
    .transform((s) => s || null);

const text = userText("A to-do's text", { max: 2000, multiline: true });
const owner = clearable("The owner", 200);
const assigneeId = clearable("The assignee", 100);
// Shape only; lib/db/todos checks it is a real calendar date.
const due = clearable("The due date", 32).refine(
  (s) => s === null || /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(s),
  "use a date (2024-03-08) or date and time (2024-03-08T15:00)",
);
const status = z.enum(["open", "done", "dropped"]);

export const UpdateTodoSchema = z.object({
  workspaceId,
  todoId,
  text: text.optional(),
  owner: owner.optional(),
  assigneeId: assigneeId.optional(),
  due: due.optional(),
  status: status.optional(),
  /** The citations to keep (lib/db/todos refuses any the to-do did not have). */
  citations: z.array(z.number().int().nonnegative()).max(500).optional(),
});

export const CreateTodoSchema = z.object({
  workspaceId,
  documentId,
  text,
  owner: owner.optional(),
  assigneeId: assigneeId.optional(),
  due: due.optional(),
});

export const CarryOverSchema = z.object({ workspaceId, documentId, fromDocumentId: documentId });

export type UpdateTodoInput = z.input<typeof UpdateTodoSchema>;
export type CreateTodoInput = z.input<typeof CreateTodoSchema>;
