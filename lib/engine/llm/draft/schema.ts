import { z } from "zod";

/** What the model returns: the written sections, each item citing a file and its segment indexes. */
export const ModelDraftItemSchema = z.object({
  text: z.string().min(1).describe("One fact of the section, in the draft's language"),
  source: z.string().describe("The file name (from <notes>) the cited segments belong to"),
  citations: z.array(z.number().int().nonnegative()).describe("Segment indexes in that file, copied from the notes this item rests on"),
});

export const ModelDraftSchema = z.object({
  sections: z
    .array(
      z.object({
        id: z.string().describe("The section id as given"),
        items: z.array(ModelDraftItemSchema.nullable().catch(null)).default([]).describe("The section's items; [] when the notes hold nothing for it"),
      }),
    )
    .default([]),
});
export type ModelDraft = z.infer<typeof ModelDraftSchema>;
