import { z } from "zod";
import { documentId, userText, workspaceId } from "./common.schema";

export const MAX_RECIPIENTS = 50;

/** Addresses typed in one field (commas of either width, semicolons, spaces or new lines) or sent as a list; each must be an email address. */
const recipients = z
  .union([z.string().max(20_000), z.array(z.string().max(320))])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[\s,，;；]+/)))
  .transform((vs) => [...new Set(vs.map((s) => s.trim().toLowerCase()).filter(Boolean))])
  .pipe(
    z
      .array(z.string().email({ message: "recipients: this is not an email address" }))
      .min(1, "recipients: add at least one address")
      .max(MAX_RECIPIENTS, `recipients: at most ${MAX_RECIPIENTS} addresses`),
  );

export const SendMinutesSchema = z.object({
  workspaceId,
  documentId,
  recipients,
  note: userText("The note", { max: 2000, min: 0, multiline: true }).optional(),
  version: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});
