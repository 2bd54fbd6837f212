import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * Cursor pagination of the v1 lists. A cursor is opaque to clients (base64url JSON): for documents the
 * last row's creation time and id (keyset: a document uploaded meanwhile never shifts a page), for
 * to-dos, whose order (status, due date) changes as they are edited, the offset in that order. A cursor
 * names its list, so one list's cursor is refused by another.
 */
const DocCursor = z.object({ k: z.literal("documents"), t: z.string().datetime(), i: z.string().uuid() });
const TodoCursor = z.object({ k: z.literal("todos"), o: z.number().int().min(0).max(1_000_000) });
const MentionCursor = z.object({ k: z.literal("mentions"), o: z.number().int().min(0).max(1_000_000) });

const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
function decode<T>(schema: z.ZodType<T>, cursor: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "cursor: not a cursor this list gave out; pass nextCursor from the previous page unchanged.");
  return parsed.data;
}

export function documentsAfter(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const c = decode(DocCursor, cursor);
  return { createdAt: new Date(c.t), id: c.i };
}

export function documentsCursor(last: { createdAt: Date; id: string }): string {
  return encode({ k: "documents", t: last.createdAt.toISOString(), i: last.id });
}

export const todosOffset = (cursor: string | undefined): number => (cursor ? decode(TodoCursor, cursor).o : 0);
export const todosCursor = (offset: number): string => encode({ k: "todos", o: offset });

export const mentionsOffset = (cursor: string | undefined): number => (cursor ? decode(MentionCursor, cursor).o : 0);
export const mentionsCursor = (offset: number): string => encode({ k: "mentions", o: offset });

/** Rows fetched with one extra: the page, and whether another follows. */
export function splitPage<T>(rows: T[], limit: number): { items: T[]; more: boolean } {
  return { items: rows.slice(0, limit), more: rows.length > limit };
}
