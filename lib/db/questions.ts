import "server-only";
import { z } from "zod";
import { db } from "./client";

export const QuestionCitationsSchema = z.array(z.object({ documentId: z.string(), segment: z.number().int().nonnegative() }));
export type QuestionCitation = z.infer<typeof QuestionCitationsSchema>[number];

export async function saveQuestion(input: {
  workspaceId: string;
  documentId: string | null;
  userId: string;
  question: string;
  answer: string;
  citations: QuestionCitation[];
  found: boolean;
  engine: string;
}) {
  return db().question.create({ data: input, select: { id: true } });
}

/** A document's (or, with null, the library's) questions, newest last, citations parsed on read. */
export async function listQuestions(workspaceId: string, documentId: string | null, take = 50) {
  const rows = await db().question.findMany({
    where: { workspaceId, documentId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, question: true, answer: true, citations: true, found: true, createdAt: true },
  });
  return rows.reverse().map((r) => ({ ...r, citations: QuestionCitationsSchema.catch([]).parse(r.citations) }));
}
