import { z } from "zod";

export const workspaceId = z.string().uuid("not a workspace id");
export const documentId = z.string().uuid("not a document id");
