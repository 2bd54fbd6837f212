import { z } from "zod";
import { documentId, userText } from "./common.schema";

export const AskSchema = z.object({
  question: userText("The question", { max: 2000, multiline: true }),
  /** Omitted: ask across every document of the workspace. */
  documentId: documentId.optional(),
  /** Ask the library within one collection (ignored with a documentId). */
  collectionId: z.string().uuid("not a collection id").optional(),
  /** Position in the recording (ms) for "what was just said"; defaults to the end. */
  nowMs: z.number().int().nonnegative().optional(),
});
export type AskInput = z.infer<typeof AskSchema>;
