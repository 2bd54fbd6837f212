import { z } from "zod";

/** Where an offline section looks for its content: the analysis' items, or the transcript's lines. */
export type SectionSource = "summary" | "topics" | "decisions" | "todos" | "lines" | "questions" | "candidate";

export interface TemplateSection {
  key: string;
  title: { zh: string; en: string };
  /** What the section should hold: sent to the model; offline, its words help pick lines (custom templates). */
  instructions: string;
  from: SectionSource[];
  /** Words whose presence makes an item belong here (offline); empty: every item of `from`. */
  cues?: string[];
}

export interface MeetingTemplate {
  /** A built-in type ("interview") or a custom template's id. */
  id: string;
  name: { zh: string; en: string };
  /** What the model should emphasise overall. */
  instructions: string;
  sections: TemplateSection[];
  custom?: boolean;
}

export const BUILTIN_TYPES = ["general", "standup", "review", "one_on_one", "sales", "interview", "lecture"] as const;
export type BuiltinType = (typeof BUILTIN_TYPES)[number];

export const TemplateItemSchema = z.object({
  text: z.string(),
  citations: z.array(z.number().int().nonnegative()),
  verified: z.boolean().default(true),
  /** The text is a transcript line, verbatim (shown as a quote with its speaker), not the engine's wording. */
  quote: z.boolean().optional(),
  speaker: z.string().optional(),
});

export const TemplateSectionResultSchema = z.object({
  key: z.string(),
  title: z.string(),
  items: z.array(TemplateItemSchema),
  /** True when nothing in the meeting belongs here: shown as "not discussed", never filled in. */
  notDiscussed: z.boolean(),
});

/** Stored with each minutes version: which template shaped it and its filled sections. */
export const TemplateResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** True when the type was detected, false when a person chose it. */
  detected: z.boolean(),
  engine: z.enum(["local", "llm"]),
  sections: z.array(TemplateSectionResultSchema),
});

export type TemplateItem = z.infer<typeof TemplateItemSchema>;
export type TemplateSectionResult = z.infer<typeof TemplateSectionResultSchema>;
export type TemplateResult = z.infer<typeof TemplateResultSchema>;
