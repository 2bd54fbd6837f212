import { z } from "zod";
import { documentId, userText, workspaceId } from "./common.schema";

/** Bounds of a hand-edited item: longer than any point the engines write, short enough to stay a point. */
export const MINUTES_EDIT_LIMITS = { text: 2000, title: 200 } as const;

// Control characters refused like every typed field (jsonb cannot hold NUL: it was a 500).
const text = (max: number, what: string) => userText(what, { max });
const index = z.number().int().min(0).max(9999);
/** The item's citations to keep (lib/db/minutes-edits refuses any it did not have). */
const citations = z.array(z.number().int().nonnegative()).max(500);

export const MinutesEditSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("summary"), index, text: text(MINUTES_EDIT_LIMITS.text, "A summary point"), citations }),
  z.object({
    op: z.literal("chapter"),
    index,
    title: text(MINUTES_EDIT_LIMITS.title, "A chapter title"),
    summary: text(MINUTES_EDIT_LIMITS.text, "A chapter summary"),
    citations,
  }),
  z.object({ op: z.literal("decision"), index, text: text(MINUTES_EDIT_LIMITS.text, "A decision"), citations }),
  z.object({ op: z.literal("addDecision"), text: text(MINUTES_EDIT_LIMITS.text, "A decision") }),
  z.object({ op: z.literal("deleteDecision"), index }),
]);

export const EditMinutesSchema = z.object({
  workspaceId,
  documentId,
  /** The version shown when the edit started; the save is refused if a newer one exists. */
  baseVersion: z.number().int().positive(),
  edit: MinutesEditSchema,
});

export type EditMinutesInput = z.input<typeof EditMinutesSchema>;
export type MinutesEditInput = z.input<typeof MinutesEditSchema>;
