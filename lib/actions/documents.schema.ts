import { z } from "zod";
import { documentId, workspaceId } from "./common.schema";

export const UploadDocumentSchema = z.object({
  workspaceId,
  file: z.instanceof(File, { message: "Choose a file to upload" }),
});

export const DocumentRefSchema = z.object({ workspaceId, documentId });

/** Lines of the transcript the document page renders at once, and loads per "show more". */
export const TRANSCRIPT_PAGE_LINES = 300;

export const TranscriptPageSchema = z.object({ workspaceId, documentId, from: z.number().int().min(0).max(100_000_000) });

/** Same bound as lib/db/documents TITLE_MAX; control characters (NUL included) become spaces. */
export const RenameDocumentSchema = z.object({
  workspaceId,
  documentId,
  title: z
    .string()
    .transform((s) =>
      s
        .replace(/[\u0000-\u001f\u007f]+/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .pipe(z.string().min(1, "A title cannot be empty").max(200, "A title can be at most 200 characters")),
});
