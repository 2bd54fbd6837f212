import "server-only";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Collections: folders of the library (a document may be in several) that scope the library list,
 * search, Ask the library and quizzes. Every query is scoped by the workspace; a document can only
 * join a collection of its own workspace.
 */
export interface CollectionRow {
  id: string;
  name: string;
  documents: number;
}

const duplicate = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
const NAME_TAKEN = "A collection with this name already exists.";

export async function listCollections(workspaceId: string): Promise<CollectionRow[]> {
  const rows = await db().collection.findMany({
    where: { workspaceId },
    select: { id: true, name: true, _count: { select: { documents: true } } },
    orderBy: { name: "asc" },
    take: 500,
  });
  return rows.map((r) => ({ id: r.id, name: r.name, documents: r._count.documents }));
}

export async function getCollection(workspaceId: string, collectionId: string): Promise<{ id: string; name: string } | null> {
  return db().collection.findFirst({ where: { workspaceId, id: collectionId }, select: { id: true, name: true } });
}

export async function createCollection(workspaceId: string, name: string): Promise<{ id: string; name: string }> {
  try {
    return await db().collection.create({ data: { workspaceId, name }, select: { id: true, name: true } });
  } catch (e) {
    if (duplicate(e)) throw new AppError("CONFLICT", NAME_TAKEN);
    throw e;
  }
}

export async function renameCollection(workspaceId: string, collectionId: string, name: string): Promise<void> {
  try {
    const { count } = await db().collection.updateMany({ where: { workspaceId, id: collectionId }, data: { name } });
    if (!count) throw new AppError("NOT_FOUND", "This collection does not exist.");
  } catch (e) {
    if (duplicate(e)) throw new AppError("CONFLICT", NAME_TAKEN);
    throw e;
  }
}

/** The documents stay in the library; the collection's quizzes go with it. */
export async function deleteCollection(workspaceId: string, collectionId: string): Promise<void> {
  const { count } = await db().collection.deleteMany({ where: { workspaceId, id: collectionId } });
  if (!count) throw new AppError("NOT_FOUND", "This collection does not exist.");
}

/** Adding a document that is already in the collection is harmless. */
export async function addToCollection(workspaceId: string, collectionId: string, documentIds: string[]): Promise<number> {
  if (!(await getCollection(workspaceId, collectionId))) throw new AppError("NOT_FOUND", "This collection does not exist.");
  const docs = await db().document.findMany({ where: { workspaceId, id: { in: documentIds } }, select: { id: true } });
  if (docs.length !== new Set(documentIds).size) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
  const { count } = await db().collectionDocument.createMany({ data: docs.map((d) => ({ workspaceId, collectionId, documentId: d.id })), skipDuplicates: true });
  return count;
}

export async function removeFromCollection(workspaceId: string, collectionId: string, documentId: string): Promise<void> {
  if (!(await getCollection(workspaceId, collectionId))) throw new AppError("NOT_FOUND", "This collection does not exist.");
  await db().collectionDocument.deleteMany({ where: { workspaceId, collectionId, documentId } });
}

export async function collectionsOfDocument(workspaceId: string, documentId: string): Promise<Array<{ id: string; name: string }>> {
  const rows = await db().collectionDocument.findMany({ where: { workspaceId, documentId }, select: { collection: { select: { id: true, name: true } } } });
  return rows.map((r) => r.collection).sort((a, b) => a.name.localeCompare(b.name));
}

/** The collection's documents that are ready (have lines to ask and quiz), oldest first. */
export async function readyCollectionDocuments(workspaceId: string, collectionId: string): Promise<Array<{ id: string; title: string }>> {
  return db().document.findMany({
    where: { workspaceId, status: "ready", collections: { some: { collectionId, workspaceId } } },
    select: { id: true, title: true },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
}

/** Ids of every document in the collection (any status). */
export async function collectionDocumentIds(workspaceId: string, collectionId: string): Promise<string[]> {
  const rows = await db().collectionDocument.findMany({ where: { workspaceId, collectionId }, select: { documentId: true }, take: 5000 });
  return rows.map((r) => r.documentId);
}
