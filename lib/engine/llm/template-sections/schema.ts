import { z } from "zod";

/** What the model returns: each template section's items, citing transcript segment indexes. */
export const ModelTemplateSchema = z.object({
  sections: z
    .array(
      z.object({
        key: z.string().describe("The section key as given"),
        items: z
          .array(
            z
              .object({
                text: z.string().min(1).describe("One point of the section, in the minutes' language, stating only what the transcript says"),
                citations: z.array(z.number().int().nonnegative()).describe("Indexes of the transcript lines this point rests on"),
              })
              .nullable()
              .catch(null),
          )
          .default([])
          .describe("The section's points; [] when the meeting did not discuss it"),
      }),
    )
    .default([]),
});
export type ModelTemplate = z.infer<typeof ModelTemplateSchema>;
