import { z } from "zod";
import { userText, workspaceId } from "./common.schema";
import { SECTION_KINDS } from "@/lib/engine/draft-types";

const templateId = z.string().uuid("not a template id");

const section = z.object({
  title: userText("A section's title", { max: 100 }),
  kind: z.enum(SECTION_KINDS, { message: "Choose what fills each section" }),
  instructions: userText("A section's instructions", { max: 1000, min: 0 }).default(""),
});

/** A workspace's own draft template: "auto" language follows the meetings, as the built-in email and report do. */
const fields = {
  name: userText("The template's name", { max: 100 }),
  lang: z.enum(["auto", "zh", "en"], { message: "The language is auto, zh or en" }).default("auto"),
  instructions: userText("The instructions", { max: 2000, min: 0, multiline: true }).default(""),
  sections: z.array(section).min(1, "sections: add at least one section").max(12, "sections: at most 12"),
};

export const CreateDraftTemplateSchema = z.object({ workspaceId, ...fields });
export const UpdateDraftTemplateSchema = z.object({ workspaceId, templateId, ...fields });
export const DeleteDraftTemplateSchema = z.object({ workspaceId, templateId });
