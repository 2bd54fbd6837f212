import { z } from "zod";
import { documentId, userText, workspaceId } from "./common.schema";

const name = (what: string) => userText(what, { max: 100 });
/** The speaker-map version the person saw (0 before any change), so concurrent changes conflict. */
const baseVersion = z.number().int().min(0).max(2_147_483_647);

export const RenameSpeakerSchema = z.object({ workspaceId, documentId, baseVersion, from: name("The speaker"), to: name("The new name") });
export const MergeSpeakersSchema = z.object({ workspaceId, documentId, baseVersion, from: name("The speaker"), into: name("The speaker to merge into") });
export const LinkSpeakerSchema = z.object({
  workspaceId,
  documentId,
  baseVersion,
  name: name("The speaker"),
  // Empty unlinks; better-auth user ids are opaque strings.
  userId: z
    .string()
    .trim()
    .max(200, "not a user id")
    .transform((s) => s || null),
});
export const UndoSpeakerSchema = z.object({ workspaceId, documentId, baseVersion });
