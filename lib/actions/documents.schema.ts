import { z } from "zod";
import { documentId, workspaceId } from "./common.schema";

export const UploadDocumentSchema = z.object({
  workspaceId,
  file: z.instanceof(File, { message: "Choose a file to upload" }),
});

export const DocumentRefSchema = z.object({ workspaceId, documentId });
