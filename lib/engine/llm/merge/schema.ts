import { z } from "zod";

/**
 * What the reduce call returns. Items point back at the map items they merge (`from` ids such as
 * "D3"), so citations and evidence are carried over by code, not retyped by the model: the model
 * cannot invent a citation at this step, and the notes it reads stay short.
 */
const from = z.array(z.string()).default([]).describe('Ids of the notes this item merges, e.g. ["D1","D4"]');

export const MergeSchema = z.object({
  title: z.string().default("").describe("A short title for the whole meeting or document"),
  summary: z
    .array(z.object({ text: z.string().describe("One key point"), from }))
    .default([])
    .describe("3-8 key points of the whole source"),
  decisions: z
    .array(z.object({ text: z.string().describe("The decision"), from }))
    .default([])
    .describe("Every distinct decision, duplicates merged"),
  todos: z
    .array(
      z.object({
        text: z.string().describe("The task"),
        owner: z.string().nullable().default(null).describe("Who will do it; null when nobody is named"),
        due: z.string().nullable().default(null).describe("YYYY-MM-DD or null"),
        dueText: z.string().nullable().default(null).describe("The words the due date came from"),
        from,
      }),
    )
    .default([])
    .describe("Every distinct action item, duplicates merged"),
  topics: z
    .array(z.object({ title: z.string().describe("Topic title"), summary: z.string().default("").describe("What was said"), from }))
    .default([])
    .describe("Topics in source order, neighbouring parts of one topic merged"),
  slides: z
    .array(z.object({ title: z.string().describe("Slide title"), bullets: z.array(z.string()).default([]).describe("2-5 short bullets"), from }))
    .default([])
    .describe("A 5-15 slide outline covering the whole source"),
});

export type MergeResult = z.infer<typeof MergeSchema>;
