"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createDraftTemplate, deleteDraftTemplate, updateDraftTemplate } from "@/lib/actions/draft-templates";
import { SECTION_KINDS, type CustomDraftTemplate, type SectionKind } from "@/lib/engine/draft-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

type Section = { title: string; kind: SectionKind; instructions: string };
const MAX_SECTIONS = 12;
const select = "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";

/** Create (no `template`) or edit one: name, language, instructions and the sections as rows. */
export function DraftTemplateForm({ workspaceId, template, onDone }: { workspaceId: string; template?: CustomDraftTemplate; onDone?: () => void }) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.writings.templates;
  const id = template?.id ?? "new";
  const [name, setName] = useState(template?.name ?? "");
  const [lang, setLang] = useState<"auto" | "zh" | "en">(template?.lang ?? "auto");
  const [instructions, setInstructions] = useState(template?.instructions ?? "");
  const [sections, setSections] = useState<Section[]>(template?.sections ?? [{ title: "", kind: "summary", instructions: "" }]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const change = (i: number, patch: Partial<Section>) => setSections((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const input = { workspaceId, name, lang, instructions, sections };
    const res = template ? await updateDraftTemplate({ ...input, templateId: template.id }) : await createDraftTemplate(input);
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    if (!template) {
      setName("");
      setInstructions("");
      setSections([{ title: "", kind: "summary", instructions: "" }]);
    }
    onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={template ? fmt(t.editNamed, { name: template.name }) : t.newTitle}>
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <Field label={t.name} htmlFor={`dt-${id}-name`}>
          <Input id={`dt-${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} autoComplete="off" />
        </Field>
        <Field label={t.lang} htmlFor={`dt-${id}-lang`}>
          <select id={`dt-${id}-lang`} className={select} value={lang} onChange={(e) => setLang(e.target.value as typeof lang)}>
            <option value="auto">{t.langs.auto}</option>
            <option value="zh">{t.langs.zh}</option>
            <option value="en">{t.langs.en}</option>
          </select>
        </Field>
      </div>
      <Field label={t.instructions} htmlFor={`dt-${id}-instructions`} hint={t.instructionsHint}>
        <textarea
          id={`dt-${id}-instructions`}
          className="block w-full rounded-md border border-stone-300 px-3 py-2 text-sm"
          rows={3}
          maxLength={2000}
          value={instructions}
          onChange={(e) => setInstructions(e.target.value)}
        />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-700">{t.sections}</legend>
        <p className="text-xs text-stone-600">{t.sectionsHint}</p>
        <ol className="space-y-2">
          {sections.map((s, i) => (
            <li key={i} className="grid gap-2 rounded-md border border-stone-200 p-2 sm:grid-cols-[1fr_14rem_1.5fr_auto] sm:items-end" data-testid="template-section">
              <Field label={fmt(t.sectionTitle, { n: i + 1 })} htmlFor={`dt-${id}-s${i}-title`}>
                <Input id={`dt-${id}-s${i}-title`} value={s.title} onChange={(e) => change(i, { title: e.target.value })} required maxLength={100} autoComplete="off" />
              </Field>
              <Field label={fmt(t.sectionKind, { n: i + 1 })} htmlFor={`dt-${id}-s${i}-kind`}>
                <select id={`dt-${id}-s${i}-kind`} className={select} value={s.kind} onChange={(e) => change(i, { kind: e.target.value as SectionKind })}>
                  {SECTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t.kinds[k]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={fmt(t.sectionInstructions, { n: i + 1 })} htmlFor={`dt-${id}-s${i}-instructions`}>
                <Input
                  id={`dt-${id}-s${i}-instructions`}
                  value={s.instructions}
                  onChange={(e) => change(i, { instructions: e.target.value })}
                  maxLength={1000}
                  autoComplete="off"
                />
              </Field>
              <Button
                type="button"
                variant="ghost"
                disabled={sections.length === 1}
                onClick={() => setSections((list) => list.filter((_, j) => j !== i))}
                aria-label={fmt(t.removeSection, { n: i + 1 })}
              >
                {t.remove}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          type="button"
          variant="secondary"
          disabled={sections.length >= MAX_SECTIONS}
          onClick={() => setSections((list) => [...list, { title: "", kind: "decisions", instructions: "" }])}
        >
          {t.addSection}
        </Button>
      </fieldset>
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? m.auth.wait : template ? t.save : t.create}
        </Button>
        {template ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t.cancel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

export function DraftTemplateRow({ workspaceId, template, canEdit }: { workspaceId: string; template: CustomDraftTemplate; canEdit: boolean }) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.writings.templates;
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onDelete() {
    if (!window.confirm(fmt(t.confirmDelete, { name: template.name }))) return;
    setPending(true);
    const res = await deleteDraftTemplate({ workspaceId, templateId: template.id });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }

  if (editing) {
    return (
      <li className="px-4 py-3">
        <DraftTemplateForm workspaceId={workspaceId} template={template} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="space-y-1 px-4 py-3 text-sm" data-testid="draft-template">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-stone-900">{template.name}</span>
        <span className="text-xs text-stone-600">{t.langs[template.lang ?? "auto"]}</span>
        {canEdit ? (
          <span className="ml-auto flex gap-1">
            <Button type="button" variant="ghost" onClick={() => setEditing(true)} aria-label={fmt(t.editNamed, { name: template.name })}>
              {t.edit}
            </Button>
            <Button type="button" variant="ghost" onClick={() => void onDelete()} disabled={pending} aria-label={fmt(t.deleteNamed, { name: template.name })}>
              {t.delete}
            </Button>
          </span>
        ) : null}
      </div>
      {template.instructions ? <p className="text-stone-600">{template.instructions}</p> : null}
      <ol className="list-decimal pl-5 text-stone-700">
        {template.sections.map((s, i) => (
          <li key={i}>
            <span className="font-medium">{s.title}</span> <span className="text-stone-500">· {t.kinds[s.kind]}</span>
            {s.instructions ? <span className="text-stone-600"> — {s.instructions}</span> : null}
          </li>
        ))}
      </ol>
      {error ? <Alert>{error}</Alert> : null}
    </li>
  );
}
