import { z } from "zod";
import { documentId, userText, workspaceId } from "./common.schema";

/** Bounds a deck must fit: what a meeting summary needs, and what the PPTX writer lays out legibly. */
export const SLIDE_LIMITS = { slides: 30, bullets: 8, title: 200, bullet: 500 } as const;

const line = (max: number, what: string) => userText(what, { max });

export const EditedSlideSchema = z.object({
  /** Position of this slide in the version it was edited from; null for a slide added while editing. */
  source: z.number().int().min(0).max(999).nullable(),
  title: line(SLIDE_LIMITS.title, "A slide title"),
  bullets: z.array(line(SLIDE_LIMITS.bullet, "A bullet")).max(SLIDE_LIMITS.bullets, `A slide can have at most ${SLIDE_LIMITS.bullets} bullets`),
});

export const SaveSlidesSchema = z.object({
  workspaceId,
  documentId,
  /** The version the edit started from: kept slides take their citations from it. */
  baseVersion: z.number().int().positive(),
  title: line(SLIDE_LIMITS.title, "The deck title"),
  slides: z.array(EditedSlideSchema).min(1, "A deck needs at least one slide").max(SLIDE_LIMITS.slides, `A deck can have at most ${SLIDE_LIMITS.slides} slides`),
});

export const RegenerateSchema = z
  .object({
    workspaceId,
    documentId,
    kind: z.enum(["minutes", "slides"]),
    engine: z.enum(["local", "llm"]),
    /** Regenerate only this chapter of the latest minutes. */
    topicIndex: z.number().int().min(0).max(999).optional(),
  })
  .refine((v) => v.topicIndex === undefined || v.kind === "minutes", { message: "Only minutes have chapters", path: ["topicIndex"] });

export type SaveSlidesInput = z.input<typeof SaveSlidesSchema>;
export type EditedSlide = z.input<typeof EditedSlideSchema>;
