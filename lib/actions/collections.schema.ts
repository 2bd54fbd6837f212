import { z } from "zod";
import { documentId, userText, workspaceId } from "./common.schema";

export const collectionId = z.string().uuid("not a collection id");
const name = userText("The collection name", { max: 100 });

export const CreateCollectionSchema = z.object({ workspaceId, name });
export const RenameCollectionSchema = z.object({ workspaceId, collectionId, name });
export const CollectionRefSchema = z.object({ workspaceId, collectionId });
export const AddToCollectionSchema = z.object({
  workspaceId,
  collectionId,
  documentIds: z
    .union([documentId, z.array(documentId)])
    .transform((d) => (Array.isArray(d) ? d : [d]))
    .pipe(z.array(documentId).min(1, "Choose a document").max(500)),
});
export const RemoveFromCollectionSchema = z.object({ workspaceId, collectionId, documentId });
