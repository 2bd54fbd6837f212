import { z } from "zod";
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Chunk } from "@/lib/chunk/types";
import type { NameForm } from "@/lib/text/names";

/**
 * The engine seam (see ARCHITECTURE.md). Every item carries `citations`: segment indexes of the source.
 * `verified` is set by the citation check (lib/engine/verify.ts) before anything is stored;
 * an unverified item is shown as such, never as sourced.
 */
const citations = z.array(z.number().int().nonnegative()).describe("Indexes of the source segments this item comes from");
/** Optional: short verbatim quotes from the cited segments; verify.ts checks each one is found there. */
const evidence = z.array(z.string()).optional().describe("Short verbatim quotes from the cited segments that support this item");
/**
 * Set only when a person changed (or added) the item after the engine wrote it (lib/db/minutes-edits.ts);
 * engines never set it. Shown as "edited" so readers know the wording is a person's, not the machine's.
 */
const edited = z
  .object({ by: z.string().nullable(), at: z.string(), added: z.boolean().optional() })
  .optional()
  .describe("Who changed this item by hand and when (ISO time); added: the item was written by a person");

export const SummaryPointSchema = z.object({
  text: z.string(),
  citations,
  verified: z.boolean().default(true),
  evidence,
  edited,
});

export const TopicSchema = z.object({
  title: z.string(),
  summary: z.string(),
  /** Inclusive segment range the topic spans. */
  segmentStart: z.number().int().nonnegative(),
  segmentEnd: z.number().int().nonnegative(),
  startMs: z.number().optional(),
  citations,
  verified: z.boolean().default(true),
  evidence,
  edited,
});

export const DecisionSchema = z.object({ text: z.string(), citations, verified: z.boolean().default(true), evidence, edited });

export const TodoSchema = z.object({
  text: z.string(),
  owner: z.string().nullable(),
  /** ISO date YYYY-MM-DD (or YYYY-MM-DDTHH:mm when a time was said), resolved against the meeting date. */
  due: z.string().nullable(),
  /** The phrase the due date came from ("by Friday", "下周五之前"). */
  dueText: z.string().nullable().default(null),
  confidence: z.number().min(0).max(1),
  citations,
  verified: z.boolean().default(true),
  evidence,
});

export const SlideSchema = z.object({ title: z.string(), bullets: z.array(z.string()), citations, verified: z.boolean().default(true) });
export const OutlineSchema = z.object({ title: z.string(), slides: z.array(SlideSchema) });

export const CoverageSchema = z.object({
  /** Chunks the engine processed successfully / in total. "part 7 of 9 failed" comes from here. */
  chunksTotal: z.number().int(),
  chunksOk: z.number().int(),
  failed: z.array(z.object({ chunk: z.number().int(), segmentStart: z.number().int(), segmentEnd: z.number().int(), error: z.string() })),
});

export const AnalysisSchema = z.object({
  engine: z.enum(["local", "llm"]),
  model: z.string().nullable(),
  lang: z.enum(["zh", "en", "mixed"]),
  summary: z.array(SummaryPointSchema),
  topics: z.array(TopicSchema),
  decisions: z.array(DecisionSchema),
  todos: z.array(TodoSchema),
  outline: OutlineSchema,
  coverage: CoverageSchema,
  usage: z.object({ calls: z.number().int(), promptTokens: z.number().int(), completionTokens: z.number().int() }).optional(),
});

export type SummaryPoint = z.infer<typeof SummaryPointSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type Todo = z.infer<typeof TodoSchema>;
export type Slide = z.infer<typeof SlideSchema>;
export type Outline = z.infer<typeof OutlineSchema>;
export type Coverage = z.infer<typeof CoverageSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;

export interface AnalyzeOptions {
  /** ISO date the meeting took place, to resolve "next Friday" / "下周五". Defaults to doc.meetingDate or today. */
  meetingDate?: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface Passage {
  segmentStart: number;
  segmentEnd: number;
  text: string;
  score: number;
}

export interface AnswerResult {
  answer: string;
  citations: number[];
  /** False when the sources do not contain the answer (the answer then says so). */
  found: boolean;
}

export interface AnswerStreamPart {
  type: "text" | "citations" | "done" | "error";
  text?: string;
  citations?: number[];
  error?: string;
}

/**
 * Who is asking, for "was I mentioned?" and "my" questions: their user id and the name forms of
 * every member of the workspace (lib/text/names.ts) — everyone's, so that a longer name of someone
 * else is not taken for the asker's given name. Data, never instructions.
 */
export interface Asker {
  userId: string;
  forms: NameForm[];
}

export interface AskOptions {
  signal?: AbortSignal;
  /** Current position in a live/recorded meeting, for "what was just said"; defaults to the end. */
  nowMs?: number;
  asker?: Asker;
}

export interface Engine {
  readonly name: "local" | "llm";
  analyze(doc: ParsedDoc, chunks: Chunk[], opts?: AnalyzeOptions): Promise<Analysis>;
  answer(question: string, doc: ParsedDoc, chunks: Chunk[], opts?: AskOptions): AsyncIterable<AnswerStreamPart>;
  transform(text: string, instruction: "polish" | "proofread" | "rewrite" | string, opts?: { signal?: AbortSignal }): Promise<string>;
}
