/**
 * A workspace's own draft template as the builder's DraftTemplate: its sections keep the title the
 * admin typed (in both languages: it is their wording) and are filled offline from the kind they
 * chose, exactly as the built-in sections of that kind; the instructions go to the model only.
 */
import type { CustomDraftTemplate, DraftTemplate } from "@/lib/engine/draft-types";

export function customDraftTemplate(t: CustomDraftTemplate): DraftTemplate {
  return {
    id: t.id,
    description: t.name,
    ...(t.lang ? { lang: t.lang } : {}),
    title: { zh: `${t.name}：{title}`, en: `${t.name}: {title}` },
    ...(t.instructions ? { instructions: t.instructions } : {}),
    sections: t.sections.map((s, i) => ({ id: `s${i + 1}`, kind: s.kind, heading: { zh: s.title, en: s.title }, instruction: s.instructions || s.title })),
  };
}
