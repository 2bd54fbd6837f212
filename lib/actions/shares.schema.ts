import { z } from "zod";
import { documentId, workspaceId } from "./common.schema";

export const SHARE_EXPIRY_DAYS = [1, 7, 30] as const;

const checkbox = z.union([z.boolean(), z.enum(["on", "true", "false"])]).transform((v) => v === true || v === "on" || v === "true");

export const CreateShareSchema = z.object({
  workspaceId,
  documentId,
  includeTranscript: checkbox.default(false),
  /** Days until the link stops working; "never" (or absent) for no expiry. */
  expiresInDays: z
    .union([z.literal("never"), z.coerce.number().int()])
    .default("never")
    .refine((v) => v === "never" || (SHARE_EXPIRY_DAYS as readonly number[]).includes(v), { message: "Choose never, 1, 7 or 30 days" })
    .transform((v) => (v === "never" ? null : v)),
});

export const RevokeShareSchema = z.object({ workspaceId, documentId, shareId: z.string().uuid("not a share link id") });
