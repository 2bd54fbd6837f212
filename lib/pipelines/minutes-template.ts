import "server-only";
import { minutesFrom, type MinutesContent } from "@/lib/db/artifacts";
import { documentTemplateId, resolveTemplate } from "@/lib/db/meeting-templates";
import { BUILTIN_TEMPLATES, detectMeetingType, fillTemplateLocally, type TemplateResult } from "@/lib/engine/templates";
import { templateSectionsWithLlm } from "@/lib/engine/llm/template-sections";
import type { LlmConfigInput } from "@/lib/engine/llm";
import type { Analysis } from "@/lib/engine/types";
import type { ParsedDoc } from "@/lib/ingest/types";

/**
 * The minutes of one analysis shaped by the meeting's template: the type a person chose, else the
 * detected one. With a model the template's instructions go to it; offline (or if the model fails)
 * the sections are filled from the analysis and the transcript. Documents (not meetings) get none.
 */
export async function templatedMinutes(
  workspaceId: string,
  documentId: string,
  doc: ParsedDoc,
  analysis: Analysis,
  job: { name: "local" | "llm"; llmConfig?: LlmConfigInput },
): Promise<MinutesContent> {
  const minutes = minutesFrom(analysis);
  const chosen = await resolveTemplate(workspaceId, await documentTemplateId(workspaceId, documentId));
  if (!chosen && doc.kind !== "meeting") return minutes;
  const template = chosen ?? BUILTIN_TEMPLATES[detectMeetingType(doc).type];
  const name = doc.lang === "en" ? template.name.en : template.name.zh;
  const local = () => fillTemplateLocally(template, doc, analysis);
  let result: TemplateResult = { id: template.id, name, detected: !chosen, engine: "local", sections: [] };
  if (job.name === "llm" && job.llmConfig) {
    try {
      result = { ...result, engine: "llm", sections: await templateSectionsWithLlm(job.llmConfig, template, doc) };
    } catch (e) {
      // The model's minutes are already stored-ready; the sections fall back to the offline ones.
      console.error("template sections: model failed, using the offline sections", e);
      result = { ...result, sections: local() };
    }
  } else {
    result = { ...result, sections: local() };
  }
  return { ...minutes, template: result };
}
