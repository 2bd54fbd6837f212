import "server-only";
import { z } from "zod";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { SECTION_KINDS, type CustomDraftTemplate } from "@/lib/engine/draft-types";

/**
 * Workspace admins' own templates for drafts from meetings: a name, an optional fixed language,
 * instructions for the model and up to 12 sections, each filled offline from one kind of stored fact.
 */
export const DRAFT_TEMPLATE_MAX_SECTIONS = 12;
const SectionsSchema = z.array(z.object({ title: z.string(), kind: z.enum(SECTION_KINDS), instructions: z.string().default("") })).max(DRAFT_TEMPLATE_MAX_SECTIONS);
const LangSchema = z.enum(["zh", "en"]).nullable().catch(null);

export type DraftTemplateFields = Omit<CustomDraftTemplate, "id">;
const select = { id: true, name: true, lang: true, instructions: true, sections: true } as const;

/** Stored rows are parsed on read: a malformed row never reaches the builder unchecked. */
function parse(row: { id: string; name: string; lang: string | null; instructions: string; sections: unknown }): CustomDraftTemplate {
  const sections = SectionsSchema.safeParse(row.sections);
  if (!sections.success) throw new AppError("INTERNAL", `The template “${row.name}” could not be read.`);
  return { id: row.id, name: row.name, lang: LangSchema.parse(row.lang), instructions: row.instructions, sections: sections.data };
}

export async function listDraftTemplates(workspaceId: string): Promise<CustomDraftTemplate[]> {
  const rows = await db().draftTemplate.findMany({ where: { workspaceId }, orderBy: { name: "asc" }, select, take: 200 });
  return rows.map(parse);
}

export async function getDraftTemplate(workspaceId: string, id: string): Promise<CustomDraftTemplate | null> {
  if (!z.string().uuid().safeParse(id).success) return null;
  const row = await db().draftTemplate.findFirst({ where: { workspaceId, id }, select });
  return row ? parse(row) : null;
}

function check(f: DraftTemplateFields) {
  if (!f.sections.length) throw new AppError("INVALID_INPUT", "sections: a template needs at least one section.");
  if (f.sections.length > DRAFT_TEMPLATE_MAX_SECTIONS) throw new AppError("INVALID_INPUT", `sections: at most ${DRAFT_TEMPLATE_MAX_SECTIONS}.`);
}

function rethrow(e: unknown, name: string): never {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("CONFLICT", `A draft template named “${name}” already exists in this workspace.`);
  throw e;
}

const data = (f: DraftTemplateFields) => ({ name: f.name, lang: f.lang, instructions: f.instructions, sections: f.sections });

export async function createDraftTemplate(workspaceId: string, f: DraftTemplateFields): Promise<CustomDraftTemplate> {
  check(f);
  try {
    const row = await db().draftTemplate.create({ data: { workspaceId, ...data(f) }, select: { id: true } });
    return { id: row.id, ...f };
  } catch (e) {
    rethrow(e, f.name);
  }
}

export async function updateDraftTemplate(workspaceId: string, id: string, f: DraftTemplateFields): Promise<CustomDraftTemplate> {
  check(f);
  let count = 0;
  try {
    ({ count } = await db().draftTemplate.updateMany({ where: { workspaceId, id }, data: data(f) }));
  } catch (e) {
    rethrow(e, f.name);
  }
  if (!count) throw new AppError("NOT_FOUND", "This template does not exist in this workspace.");
  return { id, ...f };
}

/** Drafts made with a deleted template keep their text; only the template goes. */
export async function deleteDraftTemplate(workspaceId: string, id: string): Promise<{ id: string }> {
  const { count } = await db().draftTemplate.deleteMany({ where: { workspaceId, id } });
  if (!count) throw new AppError("NOT_FOUND", "This template does not exist in this workspace.");
  return { id };
}
