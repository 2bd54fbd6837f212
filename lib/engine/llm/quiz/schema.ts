import { z } from "zod";

/** One question as the model writes it; a malformed entry becomes null and is dropped, not the whole reply. */
export const ModelQuestionSchema = z.object({
  type: z.enum(["single", "multiple", "truefalse", "fill"]),
  question: z.string().min(1).describe("For fill: the cited sentence copied exactly, with the missing text replaced by ____"),
  options: z.array(z.string().min(1)).optional().describe("single/multiple only: 3–5 short options"),
  answer: z
    .union([z.number().int(), z.array(z.number().int()), z.boolean(), z.string()])
    .describe("single: option index; multiple: option indexes; truefalse: true/false; fill: the missing text"),
  explanation: z.string().default(""),
  citations: z.array(z.number().int().nonnegative()).min(1).describe("Line numbers that support the answer"),
});

export const ModelQuizSchema = z.object({ questions: z.array(ModelQuestionSchema.nullable().catch(null)).default([]) });
