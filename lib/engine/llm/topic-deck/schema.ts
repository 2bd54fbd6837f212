import { z } from "zod";

/** What the model returns: found or not, and slides whose every bullet cites one source's lines. */
export const ModelTopicBulletSchema = z.object({
  text: z.string().min(1).describe("One point about the topic, in the deck's language"),
  source: z.string().describe("The id of the source (S1, S2, …) the cited lines belong to"),
  lines: z.array(z.number().int().nonnegative()).describe("Line numbers in that source, copied from <sources>, that this point rests on"),
  quote: z.string().default("").describe("A short verbatim quote from the cited lines that supports the point"),
});

export const ModelTopicDeckSchema = z.object({
  found: z.boolean().default(true).describe("false when the sources say nothing about the topic"),
  title: z.string().default("").describe("The deck's title"),
  slides: z
    .array(
      z
        .object({
          title: z.string().describe("The slide's title"),
          bullets: z.array(ModelTopicBulletSchema.nullable().catch(null)).default([]).describe("2-5 points, each citing its lines"),
        })
        .nullable()
        .catch(null),
    )
    .default([])
    .describe("3-8 slides about the topic; [] when found is false"),
});
export type ModelTopicDeck = z.infer<typeof ModelTopicDeckSchema>;
