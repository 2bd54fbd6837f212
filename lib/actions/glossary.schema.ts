import { z } from "zod";
import { userText, workspaceId } from "./common.schema";

const term = userText("The term", { max: 100 });
/**
 * Variants are typed in one field, separated by commas (either width), 、, semicolons or new lines;
 * each one is checked like any other typed text.
 */
const variants = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,，、;；\n]/)))
  .pipe(z.array(userText("A variant", { max: 100, min: 0 })).max(100, "variants: at most 20 per term"))
  .transform((vs) => vs.filter(Boolean));

export const CreateGlossaryTermSchema = z.object({ workspaceId, term, variants });
export const UpdateGlossaryTermSchema = z.object({ workspaceId, termId: z.string().uuid("not a glossary term id"), term, variants });
export const DeleteGlossaryTermSchema = z.object({ workspaceId, termId: z.string().uuid("not a glossary term id") });
