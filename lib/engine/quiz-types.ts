/**
 * Schemas of the learning products (issue 12): quizzes and the document outline tree. Kept apart
 * from lib/engine/types.ts; both engines produce these shapes and the CLI prints them as they are.
 * `citations` are segment indexes, as everywhere else.
 */
import { z } from "zod";

export const QuestionTypeSchema = z.enum(["single", "multiple", "truefalse", "fill"]);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

export const QuestionSchema = z.object({
  type: QuestionTypeSchema,
  question: z.string().min(1),
  options: z.array(z.string().min(1)).optional(),
  /** single: index of the correct option; multiple: their indexes; truefalse: the truth; fill: the missing text. */
  answer: z.union([z.number().int(), z.array(z.number().int()), z.boolean(), z.string()]),
  explanation: z.string(),
  citations: z.array(z.number().int().nonnegative()),
});
export type Question = z.infer<typeof QuestionSchema>;

export const QuizSchema = z.object({ questions: z.array(QuestionSchema) });
export type Quiz = z.infer<typeof QuizSchema>;

export const QuizDifficultySchema = z.enum(["easy", "medium", "hard"]);
export type QuizDifficulty = z.infer<typeof QuizDifficultySchema>;

export interface QuizOptions {
  /** How many questions at most (default 10). */
  count?: number;
  /** Only these types (default: all four, mixed). */
  types?: QuestionType[];
  /** Choice questions: easy has one distractor fewer, hard one more, the most alike (default medium). */
  difficulty?: QuizDifficulty;
}

export const KeyPointSchema = z.object({ text: z.string(), citations: z.array(z.number().int().nonnegative()) });
export type KeyPoint = z.infer<typeof KeyPointSchema>;

export interface OutlineNode {
  title: string;
  /** Depth in the tree, 1 = top level (part, or chapter when there are no parts). */
  level: number;
  /** Every segment the node spans. */
  citations: number[];
  points: KeyPoint[];
  children: OutlineNode[];
}

export const OutlineNodeSchema: z.ZodType<OutlineNode> = z.lazy(() =>
  z.object({ title: z.string(), level: z.number().int().positive(), citations: z.array(z.number().int()), points: z.array(KeyPointSchema), children: z.array(OutlineNodeSchema) }),
);

export const OutlineTreeSchema = z.object({ title: z.string(), source: z.enum(["headings", "topics"]), nodes: z.array(OutlineNodeSchema) });
export type OutlineTree = z.infer<typeof OutlineTreeSchema>;
