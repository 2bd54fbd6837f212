import type { TemplateResult } from "@/lib/engine/templates/types";
import type { Messages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { Section, type Citable } from "./minutes-view";

/**
 * The meeting type's sections of the minutes. A quoted line is shown as a quote with its speaker
 * (those are the meeting's words); other items are the engine's wording. An empty section says so.
 */
export function TemplateSections({ template, m, cite }: { template: TemplateResult; m: Messages; cite: (item: Citable) => React.ReactNode }) {
  const t = m.meetings.templates;
  return (
    <div className="space-y-4" data-testid="template-sections" data-template={template.id}>
      <p className="text-xs text-stone-500">{template.engine === "llm" ? t.byModel : t.offline}</p>
      {template.sections.map((s) => (
        <Section key={s.key} title={s.title}>
          {s.notDiscussed ? (
            <p className="text-sm italic text-stone-500" data-testid="not-discussed">
              {t.notDiscussed}
            </p>
          ) : (
            <ul className="list-disc space-y-1.5 pl-5 text-sm text-stone-800">
              {s.items.map((it, i) => (
                <li key={i}>
                  {it.quote ? (
                    <>
                      <q className="text-stone-800">{it.text}</q>
                      {it.speaker ? <span className="ml-1 text-stone-500">{fmt(t.quoteBy, { speaker: it.speaker })}</span> : null}
                    </>
                  ) : (
                    it.text
                  )}{" "}
                  {cite(it)}
                </li>
              ))}
            </ul>
          )}
        </Section>
      ))}
    </div>
  );
}
