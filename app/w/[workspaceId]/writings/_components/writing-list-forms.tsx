"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createWriting, deleteWriting, draftWriting } from "@/lib/actions/writings";
import { DRAFT_TEMPLATE_IDS } from "@/lib/actions/writings.schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

export function NewWritingButton({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onClick() {
    setPending(true);
    setError(null);
    const res = await createWriting({ workspaceId, title: m.writings.list.untitled });
    if (!res.ok) {
      setPending(false);
      return setError(res.error.message);
    }
    router.push(`/w/${workspaceId}/writings/${res.data.id}`);
  }
  return (
    <div className="flex items-center gap-2">
      {error ? <Alert>{error}</Alert> : null}
      <Button type="button" onClick={onClick} disabled={pending}>
        {pending ? m.auth.wait : m.writings.list.newDoc}
      </Button>
    </div>
  );
}

export function DeleteWritingButton({ workspaceId, writingId, title }: { workspaceId: string; writingId: string; title: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  async function onClick() {
    if (!window.confirm(fmt(m.writings.list.confirmRemove, { title }))) return;
    setPending(true);
    const res = await deleteWriting({ workspaceId, writingId });
    setPending(false);
    if (!res.ok) return window.alert(res.error.message);
    router.refresh();
  }
  return (
    <Button type="button" variant="ghost" onClick={onClick} disabled={pending}>
      {m.writings.list.remove}
    </Button>
  );
}

type Meeting = { id: string; title: string; date: string };

/** Drafts from meetings with a built-in template or one of the workspace's own (by id). */
export function DraftForm({ workspaceId, meetings, ownTemplates }: { workspaceId: string; meetings: Meeting[]; ownTemplates: { id: string; name: string }[] }) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.writings.draft;
  const [template, setTemplate] = useState<string>("minutes-zh");
  const [chosen, setChosen] = useState<string[]>([]);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The weekly report and the workspace's own templates can cover every meeting in a date range.
  const weekly = template === "weekly-report" || ownTemplates.some((o) => o.id === template);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const range = weekly && !chosen.length && from && to ? { from, to } : {};
    const res = await draftWriting({ workspaceId, template, documentIds: chosen, ...range });
    if (!res.ok) {
      setPending(false);
      return setError(res.error.message);
    }
    router.push(`/w/${workspaceId}/writings/${res.data.id}`);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t.title}>
      <h2 className="text-base font-semibold">{t.title}</h2>
      <p className="text-sm text-stone-600">{t.intro}</p>
      <Field label={t.template} htmlFor="draft-template">
        <select
          id="draft-template"
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          value={template}
          onChange={(e) => setTemplate(e.target.value)}
        >
          <optgroup label={t.builtin}>
            {DRAFT_TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {t.templates[id]}
              </option>
            ))}
          </optgroup>
          {ownTemplates.length ? (
            <optgroup label={t.own}>
              {ownTemplates.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </Field>
      {weekly ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t.from} htmlFor="draft-from" hint={t.rangeHint}>
            <Input id="draft-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field label={t.to} htmlFor="draft-to">
            <Input id="draft-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </Field>
        </div>
      ) : null}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-stone-700">{t.meetings}</legend>
        {meetings.length === 0 ? <p className="text-sm text-stone-600">{t.noMeetings}</p> : null}
        <ul className="max-h-56 space-y-1 overflow-y-auto">
          {meetings.map((d) => (
            <li key={d.id}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={chosen.includes(d.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, d.id] : c.filter((x) => x !== d.id)))} />
                <span>{d.title}</span>
                <span className="text-stone-500">{d.date}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {error ? <Alert>{error}</Alert> : null}
      <Button type="submit" disabled={pending || (!chosen.length && !(weekly && from && to))}>
        {pending ? t.creating : t.create}
      </Button>
    </form>
  );
}
