import { z } from "zod";
import { documentId, userText, workspaceId } from "./common.schema";

const templateId = z.string().trim().min(1, "Choose a template").max(100, "not a template id");

/**
 * Sections typed one per line, "Title: what goes in it" (a full-width colon works too), or sent as
 * objects; each title and instruction is checked like any typed text.
 */
const sections = z
  .union([z.string(), z.array(z.object({ title: z.string(), instructions: z.string().default("") }))])
  .transform((v) =>
    typeof v === "string"
      ? v
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const at = line.search(/[:：]/);
            return at === -1 ? { title: line, instructions: "" } : { title: line.slice(0, at), instructions: line.slice(at + 1) };
          })
      : v,
  )
  .pipe(
    z
      .array(z.object({ title: userText("A section's title", { max: 100 }), instructions: userText("A section's instructions", { max: 1000, min: 0 }) }))
      .min(1, "sections: add at least one section")
      .max(12, "sections: at most 12"),
  );

const fields = {
  name: userText("The template's name", { max: 100 }),
  instructions: userText("The instructions", { max: 2000, min: 0, multiline: true }),
  sections,
};

export const SetMeetingTemplateSchema = z.object({ workspaceId, documentId, templateId });
export const CreateTemplateSchema = z.object({ workspaceId, ...fields });
export const UpdateTemplateSchema = z.object({ workspaceId, templateId: z.string().uuid("not a template id"), ...fields });
export const DeleteTemplateSchema = z.object({ workspaceId, templateId: z.string().uuid("not a template id") });
