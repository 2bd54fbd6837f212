"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createGlossaryTerm, deleteGlossaryTerm, updateGlossaryTerm } from "@/lib/actions/glossary";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

function TermFields({ idPrefix, term, variants }: { idPrefix: string; term?: string; variants?: string[] }) {
  const { m } = useI18n();
  const t = m.meetings.glossary;
  return (
    <>
      <Field label={t.term} htmlFor={`${idPrefix}-term`}>
        <Input id={`${idPrefix}-term`} name="term" required maxLength={100} defaultValue={term} autoComplete="off" />
      </Field>
      <Field label={t.variants} htmlFor={`${idPrefix}-variants`} hint={t.variantsHint}>
        <Input id={`${idPrefix}-variants`} name="variants" maxLength={2000} defaultValue={variants?.join(", ")} autoComplete="off" />
      </Field>
    </>
  );
}

export function GlossaryAddForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    setPending(true);
    setError(null);
    const res = await createGlossaryTerm({ workspaceId, term: String(fd.get("term") ?? ""), variants: String(fd.get("variants") ?? "") });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-start">
        <TermFields idPrefix="glossary-new" />
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? m.auth.wait : m.meetings.glossary.add}
        </Button>
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </form>
  );
}

export function GlossaryRow({ workspaceId, id, term, variants, canEdit }: { workspaceId: string; id: string; term: string; variants: string[]; canEdit: boolean }) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.meetings.glossary;
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSave(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await updateGlossaryTerm({ workspaceId, termId: id, term: String(fd.get("term") ?? ""), variants: String(fd.get("variants") ?? "") });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    setEditing(false);
    router.refresh();
  }

  async function onRemove() {
    if (!window.confirm(fmt(t.confirmRemove, { term }))) return;
    setPending(true);
    const res = await deleteGlossaryTerm({ workspaceId, termId: id });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }

  if (editing) {
    return (
      <li className="px-4 py-3">
        <form onSubmit={onSave} className="space-y-3">
          <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            <TermFields idPrefix={`glossary-${id}`} term={term} variants={variants} />
          </div>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {t.save}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
              {t.cancel}
            </Button>
          </div>
          {error ? <Alert>{error}</Alert> : null}
        </form>
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm" data-testid="glossary-term">
      <span className="font-medium text-stone-900">{term}</span>
      <span className="text-stone-600">← {variants.join("、") || "—"}</span>
      {canEdit ? (
        <span className="ml-auto flex gap-1">
          <Button type="button" variant="ghost" onClick={() => setEditing(true)} aria-label={`${t.edit} ${term}`}>
            {t.edit}
          </Button>
          <Button type="button" variant="ghost" onClick={onRemove} disabled={pending} aria-label={`${t.remove} ${term}`}>
            {t.remove}
          </Button>
        </span>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </li>
  );
}
