"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createTemplate, deleteTemplate, updateTemplate } from "@/lib/actions/templates";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

interface Row {
  id: string;
  name: string;
  instructions: string;
  sections: { title: string; instructions: string }[];
}

const areaClass = "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100";
const sectionLines = (r?: Row) => r?.sections.map((s) => (s.instructions ? `${s.title}: ${s.instructions}` : s.title)).join("\n");

/** Adds a template, or edits one when `template` is given. */
export function TemplateForm({ workspaceId, template, onDone }: { workspaceId: string; template?: Row; onDone?: () => void }) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.meetings.templates;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const idp = template ? `tpl-${template.id}` : "tpl-new";

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    const fields = { workspaceId, name: String(fd.get("name") ?? ""), instructions: String(fd.get("instructions") ?? ""), sections: String(fd.get("sections") ?? "") };
    setPending(true);
    setError(null);
    const res = template ? await updateTemplate({ ...fields, templateId: template.id }) : await createTemplate(fields);
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    if (!template) form.reset();
    onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <Field label={t.name} htmlFor={`${idp}-name`}>
        <Input id={`${idp}-name`} name="name" required maxLength={100} defaultValue={template?.name} />
      </Field>
      <Field label={t.instructions} htmlFor={`${idp}-instructions`} hint={t.instructionsHint}>
        <textarea id={`${idp}-instructions`} name="instructions" rows={2} maxLength={2000} defaultValue={template?.instructions} className={areaClass} />
      </Field>
      <Field label={t.sections} htmlFor={`${idp}-sections`} hint={t.sectionsHint}>
        <textarea id={`${idp}-sections`} name="sections" rows={4} required defaultValue={sectionLines(template)} className={areaClass} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {template ? t.save : t.add}
        </Button>
        {template ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t.cancel}
          </Button>
        ) : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </form>
  );
}

export function TemplateRow({ workspaceId, template, canManage }: { workspaceId: string; template: Row; canManage: boolean }) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.meetings.templates;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onRemove() {
    if (!window.confirm(fmt(t.confirmRemove, { name: template.name }))) return;
    const res = await deleteTemplate({ workspaceId, templateId: template.id });
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }

  if (editing) {
    return (
      <li className="px-4 py-3">
        <TemplateForm workspaceId={workspaceId} template={template} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="space-y-1 px-4 py-2.5 text-sm" data-testid="custom-template">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-stone-900">{template.name}</span>
        <span className="text-stone-600">{template.sections.map((s) => s.title).join(" · ")}</span>
        {canManage ? (
          <span className="ml-auto flex gap-1">
            <Button type="button" variant="ghost" onClick={() => setEditing(true)}>
              {t.edit}
            </Button>
            <Button type="button" variant="ghost" onClick={onRemove}>
              {t.remove}
            </Button>
          </span>
        ) : null}
      </div>
      {template.instructions ? <p className="text-xs text-stone-500">{template.instructions}</p> : null}
      {error ? <Alert>{error}</Alert> : null}
    </li>
  );
}
