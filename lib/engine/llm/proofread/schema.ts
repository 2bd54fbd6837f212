import { z } from "zod";
import { SUGGESTION_KINDS } from "@/lib/engine/suggestions";

/**
 * What the model returns for one piece of text. Models cannot count characters reliably, so they
 * quote the wrong text (and a little of what precedes it) and we find the offsets ourselves.
 */
export const ModelSuggestionSchema = z.object({
  original: z.string().min(1).describe("The wrong text, copied exactly from the input (as short as possible)"),
  replacement: z.string().describe("What it should be"),
  kind: z
    .enum(SUGGESTION_KINDS)
    .catch("typo")
    .describe(`One of ${SUGGESTION_KINDS.join(", ")}`),
  reason: z.string().default("").describe("One short line: why"),
  before: z.string().default("").describe("Up to 10 characters copied exactly from just before `original`, to locate it"),
});

export const ModelProofreadSchema = z.object({
  suggestions: z.array(ModelSuggestionSchema.nullable().catch(null)).default([]).describe("One entry per error, in text order; [] when the text is correct"),
});
export type ModelSuggestion = z.infer<typeof ModelSuggestionSchema>;
