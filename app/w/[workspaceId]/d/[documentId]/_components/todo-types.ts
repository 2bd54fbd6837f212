/** The to-do shapes the panel and its form share (kept apart so neither imports the other). */
export type TodoStatusValue = "open" | "done" | "dropped";

/** A to-do as `listTodos` (lib/db/todos) returns it; extra fields are ignored. */
export interface TodoItem {
  id: string;
  text: string;
  owner: string | null;
  assigneeId: string | null;
  assignee: { name: string } | null;
  due: string | null;
  dueText: string | null;
  status: TodoStatusValue;
  citations: number[];
  verified: boolean;
  confidence: number;
  carriedFrom: { documentId: string; title: string } | null;
  /** Set when a person changed the wording, owner or due date, or added the to-do by hand. */
  editedAt?: Date | null;
  editedBy?: string | null;
}
export interface MemberOption {
  id: string;
  name: string;
  email: string;
}
