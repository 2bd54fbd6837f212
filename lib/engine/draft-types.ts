import { z } from "zod";

/**
 * Drafts from meetings (issue 11, 辅助创作): a document assembled from one or more meetings' analyses
 * by a template. Every fact is an item that keeps where it came from: the file (`source`) and the
 * segment indexes in that file (`citations`). Shared by the local builder and the LLM module.
 */
export const DraftItemSchema = z.object({
  text: z.string(),
  citations: z.array(z.number().int().nonnegative()).describe("Segment indexes in `source` this item comes from"),
  source: z.string().describe("The file the cited segments belong to"),
  /** Verbatim quotes from the cited segments, when the analysis had them. */
  evidence: z.array(z.string()).optional(),
});
export type DraftItem = z.infer<typeof DraftItemSchema>;

export const DraftSectionSchema = z.object({
  id: z.string(),
  heading: z.string(),
  items: z.array(DraftItemSchema),
  /** Said instead of items when the meetings hold nothing for this section ("未记录", "not recorded"). */
  empty: z.string().optional(),
});
export type DraftSection = z.infer<typeof DraftSectionSchema>;

export const DraftSchema = z.object({
  template: z.string(),
  lang: z.enum(["zh", "en"]),
  engine: z.enum(["local", "llm"]),
  title: z.string(),
  /** Template wording (greeting, closing): not facts, so no citations. */
  opening: z.string().optional(),
  closing: z.string().optional(),
  sections: z.array(DraftSectionSchema),
  sources: z.array(z.string()),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What each section is filled from; a workspace's own template picks from the same kinds. */
export const SECTION_KINDS = ["meeting", "time", "attendees", "summary", "topics", "decisions", "todos", "next-time"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

type Bilingual = { zh: string; en: string };

export interface DraftTemplateSection {
  id: string;
  kind: SectionKind;
  heading: Bilingual;
  /** For the model (and for people editing templates): what this section should contain. */
  instruction: string;
}

export interface DraftTemplate {
  id: string;
  description: string;
  /** Fixed output language; when absent the meetings' language decides. */
  lang?: "zh" | "en";
  title: Bilingual;
  /** A workspace template's instructions for the model (tone, audience, what to stress). */
  instructions?: string;
  opening?: Bilingual;
  closing?: Bilingual;
  sections: DraftTemplateSection[];
}

/** A workspace's own template as stored (lib/db/draft-templates.ts); customDraftTemplate() makes it a DraftTemplate. */
export interface CustomDraftTemplate {
  id: string;
  name: string;
  lang: "zh" | "en" | null;
  instructions: string;
  sections: { title: string; kind: SectionKind; instructions: string }[];
}
