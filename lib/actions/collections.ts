"use server";
import { revalidatePath } from "next/cache";
import { workspaceAction } from "./client";
import { AddToCollectionSchema, CollectionRefSchema, CreateCollectionSchema, RemoveFromCollectionSchema, RenameCollectionSchema } from "./collections.schema";
import { addToCollection, createCollection, deleteCollection, removeFromCollection, renameCollection } from "@/lib/db/collections";

const library = (ws: string) => revalidatePath(`/w/${ws}`, "layout");

export const newCollection = workspaceAction("member", CreateCollectionSchema, async (ctx, input) => {
  const c = await createCollection(ctx.workspaceId, input.name);
  library(ctx.workspaceId);
  return c;
});

export const renameCollectionAction = workspaceAction("member", RenameCollectionSchema, async (ctx, input) => {
  await renameCollection(ctx.workspaceId, input.collectionId, input.name);
  library(ctx.workspaceId);
  return { id: input.collectionId, name: input.name };
});

export const deleteCollectionAction = workspaceAction("member", CollectionRefSchema, async (ctx, input) => {
  await deleteCollection(ctx.workspaceId, input.collectionId);
  library(ctx.workspaceId);
  return { id: input.collectionId };
});

export const addDocumentsToCollection = workspaceAction("member", AddToCollectionSchema, async (ctx, input) => {
  const added = await addToCollection(ctx.workspaceId, input.collectionId, input.documentIds);
  library(ctx.workspaceId);
  return { added };
});

export const removeDocumentFromCollection = workspaceAction("member", RemoveFromCollectionSchema, async (ctx, input) => {
  await removeFromCollection(ctx.workspaceId, input.collectionId, input.documentId);
  library(ctx.workspaceId);
  return { id: input.documentId };
});
