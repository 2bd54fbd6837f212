import "server-only";
import { z } from "zod";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { BUILTIN_TEMPLATES, customTemplate, isBuiltinType, type MeetingTemplate } from "@/lib/engine/templates";

export const TEMPLATE_MAX_SECTIONS = 12;
const SectionsSchema = z.array(z.object({ title: z.string(), instructions: z.string().default("") })).max(TEMPLATE_MAX_SECTIONS);

export interface CustomTemplateRow {
  id: string;
  name: string;
  instructions: string;
  sections: { title: string; instructions: string }[];
}

export async function listCustomTemplates(workspaceId: string): Promise<CustomTemplateRow[]> {
  const rows = await db().meetingTemplate.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, instructions: true, sections: true },
    take: 200,
  });
  return rows.map((r) => ({ ...r, sections: SectionsSchema.parse(r.sections) }));
}

/** A template id as stored on a document, resolved: built-in type, this workspace's template, or null. */
export async function resolveTemplate(workspaceId: string, templateId: string | null): Promise<MeetingTemplate | null> {
  if (!templateId) return null;
  if (isBuiltinType(templateId)) return BUILTIN_TEMPLATES[templateId];
  if (!z.string().uuid().safeParse(templateId).success) return null;
  const row = await db().meetingTemplate.findFirst({ where: { workspaceId, id: templateId }, select: { id: true, name: true, instructions: true, sections: true } });
  return row ? customTemplate({ ...row, sections: SectionsSchema.parse(row.sections) }) : null;
}

const duplicate = (name: string) => new AppError("CONFLICT", `A template named “${name}” already exists in this workspace.`);

function rethrow(e: unknown, name: string): never {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw duplicate(name);
  throw e;
}

export interface TemplateFields {
  name: string;
  instructions: string;
  sections: { title: string; instructions: string }[];
}

function check(f: TemplateFields) {
  if (!f.sections.length) throw new AppError("INVALID_INPUT", "sections: a template needs at least one section.");
  if (isBuiltinType(f.name)) throw new AppError("INVALID_INPUT", "name: that name is a built-in type; choose another.");
}

export async function createCustomTemplate(workspaceId: string, f: TemplateFields): Promise<CustomTemplateRow> {
  check(f);
  try {
    const row = await db().meetingTemplate.create({ data: { workspaceId, name: f.name, instructions: f.instructions, sections: f.sections }, select: { id: true } });
    return { id: row.id, ...f };
  } catch (e) {
    rethrow(e, f.name);
  }
}

export async function updateCustomTemplate(workspaceId: string, id: string, f: TemplateFields): Promise<CustomTemplateRow> {
  check(f);
  try {
    const { count } = await db().meetingTemplate.updateMany({ where: { workspaceId, id }, data: { name: f.name, instructions: f.instructions, sections: f.sections } });
    if (!count) throw new AppError("NOT_FOUND", "This template does not exist in this workspace.");
  } catch (e) {
    rethrow(e, f.name);
  }
  return { id, ...f };
}

/** Deleting a template sends the meetings that used it back to their detected type. */
export async function deleteCustomTemplate(workspaceId: string, id: string): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.meetingTemplate.deleteMany({ where: { workspaceId, id } });
    if (!count) throw new AppError("NOT_FOUND", "This template does not exist in this workspace.");
    await tx.document.updateMany({ where: { workspaceId, templateId: id }, data: { templateId: null } });
    return { id };
  });
}

/** Records the template a person chose for a meeting ("auto" clears it: the detected type applies). */
export async function setDocumentTemplate(workspaceId: string, documentId: string, templateId: string): Promise<{ templateId: string | null }> {
  const value = templateId === "auto" ? null : templateId;
  if (value && !(await resolveTemplate(workspaceId, value))) throw new AppError("INVALID_INPUT", "templateId: no such template in this workspace.");
  const { count } = await db().document.updateMany({ where: { workspaceId, id: documentId }, data: { templateId: value } });
  if (!count) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
  return { templateId: value };
}

export async function documentTemplateId(workspaceId: string, documentId: string): Promise<string | null> {
  const d = await db().document.findFirst({ where: { workspaceId, id: documentId }, select: { templateId: true } });
  return d?.templateId ?? null;
}
