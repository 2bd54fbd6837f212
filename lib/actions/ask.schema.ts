import { z } from "zod";
import { documentId } from "./common.schema";

export const AskSchema = z.object({
  question: z.string().trim().min(1, "Type a question").max(2000, "Keep the question under 2,000 characters"),
  /** Omitted: ask across every document of the workspace. */
  documentId: documentId.optional(),
  /** Position in the recording (ms) for "what was just said"; defaults to the end. */
  nowMs: z.number().int().nonnegative().optional(),
});
