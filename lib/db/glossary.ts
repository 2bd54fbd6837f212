import "server-only";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import { compileGlossary, type CompiledGlossary, type GlossaryEntry } from "@/lib/text/glossary";
import { Prisma } from "@/lib/generated/prisma/client";

export type { GlossaryEntry };

/** Terms per workspace: a list a person can keep in their head, and a bounded speech prompt. */
export const GLOSSARY_MAX_TERMS = 500;
export const GLOSSARY_MAX_VARIANTS = 20;

export interface GlossaryTermRow {
  id: string;
  term: string;
  variants: string[];
  updatedAt: Date;
}

/** The workspace glossary, terms in alphabetical order (read by the transcript, search, analysis and speech). */
export async function listGlossaryTerms(workspaceId: string): Promise<GlossaryTermRow[]> {
  return db().glossaryTerm.findMany({
    where: { workspaceId },
    select: { id: true, term: true, variants: true, updatedAt: true },
    orderBy: { term: "asc" },
    take: GLOSSARY_MAX_TERMS,
  });
}

/** The glossary compiled for replacement (lib/text/glossary.ts); empty glossaries cost nothing to apply. */
export async function loadGlossary(workspaceId: string): Promise<CompiledGlossary> {
  const rows = await listGlossaryTerms(workspaceId);
  return compileGlossary(rows.map((r) => ({ term: r.term, variants: r.variants })));
}

/**
 * The terms as a hint for a speech-to-text endpoint's `prompt` (OpenAI's limit is about 224 tokens,
 * so it is cut at `maxChars`): the correct spellings only, the misheard ones would teach it the errors.
 */
export async function glossaryPrompt(workspaceId: string, maxChars = 600): Promise<string> {
  const rows = await listGlossaryTerms(workspaceId);
  let out = "";
  for (const r of rows) {
    const next = out ? `${out}, ${r.term}` : r.term;
    if (next.length > maxChars) break;
    out = next;
  }
  return out;
}

function clean(term: string, variants: string[]): { term: string; variants: string[] } {
  const seen = new Set([term.toLowerCase()]);
  const kept: string[] = [];
  for (const v of variants) {
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    kept.push(v);
  }
  if (kept.length > GLOSSARY_MAX_VARIANTS) throw new AppError("INVALID_INPUT", `variants: at most ${GLOSSARY_MAX_VARIANTS} per term.`);
  return { term, variants: kept };
}

const duplicate = (term: string) => new AppError("CONFLICT", `“${term}” is already in the glossary; edit that entry instead.`);

export async function createGlossaryTerm(workspaceId: string, term: string, variants: string[]): Promise<GlossaryTermRow> {
  const data = clean(term, variants);
  const count = await db().glossaryTerm.count({ where: { workspaceId } });
  if (count >= GLOSSARY_MAX_TERMS) throw new AppError("INVALID_INPUT", `A glossary holds at most ${GLOSSARY_MAX_TERMS} terms; remove some first.`);
  try {
    return await db().glossaryTerm.create({ data: { workspaceId, ...data }, select: { id: true, term: true, variants: true, updatedAt: true } });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw duplicate(term);
    throw e;
  }
}

export async function updateGlossaryTerm(workspaceId: string, id: string, term: string, variants: string[]): Promise<GlossaryTermRow> {
  const data = clean(term, variants);
  try {
    const { count } = await db().glossaryTerm.updateMany({ where: { workspaceId, id }, data });
    if (!count) throw new AppError("NOT_FOUND", "This glossary term does not exist in this workspace.");
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw duplicate(term);
    throw e;
  }
  return db().glossaryTerm.findFirstOrThrow({ where: { workspaceId, id }, select: { id: true, term: true, variants: true, updatedAt: true } });
}

export async function deleteGlossaryTerm(workspaceId: string, id: string): Promise<{ id: string }> {
  const { count } = await db().glossaryTerm.deleteMany({ where: { workspaceId, id } });
  if (!count) throw new AppError("NOT_FOUND", "This glossary term does not exist in this workspace.");
  return { id };
}
