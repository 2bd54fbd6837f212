import { z } from "zod";

/**
 * What the model returns for one chunk (the map step). Lenient where models commonly wobble
 * (numbers as strings, a missing array, a missing confidence, an empty item, which is dropped
 * later rather than failing the chunk) and strict where it matters (citations are segment
 * numbers). Short keys (cite, quote, start, end): this shape is spelled out in every map prompt.
 */
const cite = z.array(z.coerce.number().int().nonnegative()).describe("Numbers of the segments this item comes from, e.g. [12, 13]");
const quote = z.string().default("").describe("A short quote copied verbatim from one cited segment");
const items = <T extends z.ZodType>(item: T, what: string) => z.array(item).default([]).describe(what);

export const ExtractedPointSchema = z.object({
  text: z.string().describe("The point, in one sentence"),
  cite,
  quote,
});

export const ExtractedTodoSchema = z.object({
  text: z.string().describe("The task, phrased as an action"),
  owner: z.string().nullable().default(null).describe("Who will do it, as named in the source; null when nobody is named"),
  due: z.string().nullable().default(null).describe("Due date as YYYY-MM-DD (or YYYY-MM-DDTHH:mm), resolved against the meeting date; null when none"),
  dueText: z.string().nullable().default(null).describe("The words the due date came from, e.g. 下周五之前 / by Friday"),
  confidence: z.coerce.number().min(0).max(1).default(0.7).describe("How sure it is a real commitment, 0–1"),
  cite,
  quote,
});

export const ExtractedTopicSchema = z.object({
  title: z.string().describe("A short title for the topic"),
  summary: z.string().default("").describe("One or two sentences on what was said"),
  start: z.coerce.number().int().nonnegative().describe("First segment number of the topic"),
  end: z.coerce.number().int().nonnegative().describe("Last segment number of the topic"),
  cite: cite.default([]),
  quote,
});

export const ExtractChunkSchema = z.object({
  summary: items(ExtractedPointSchema, "Key points of this part"),
  decisions: items(ExtractedPointSchema, "Decisions that were made or agreed"),
  todos: items(ExtractedTodoSchema, "Action items someone committed to"),
  topics: items(ExtractedTopicSchema, "Consecutive stretches about one subject, in order"),
});

export type ExtractedPoint = z.infer<typeof ExtractedPointSchema>;
export type ExtractedTodo = z.infer<typeof ExtractedTodoSchema>;
export type ExtractedTopic = z.infer<typeof ExtractedTopicSchema>;
export type ExtractChunkResult = z.infer<typeof ExtractChunkSchema>;
