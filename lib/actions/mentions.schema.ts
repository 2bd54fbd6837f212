import { z } from "zod";
import { userText, workspaceId } from "./common.schema";

/** Aliases are typed in one field, separated by commas (either width), 、, semicolons or new lines. */
const aliases = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,，、;；\n]/)))
  .pipe(z.array(userText("An alias", { max: 60, min: 0 })).max(50, "aliases: at most 10"))
  .transform((vs) => vs.filter(Boolean));

export const SetMyAliasesSchema = z.object({ workspaceId, aliases });
