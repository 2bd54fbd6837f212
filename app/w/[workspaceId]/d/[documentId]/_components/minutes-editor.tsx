"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { editMinutes } from "@/lib/actions/minutes";
import type { MinutesEditInput } from "@/lib/actions/minutes.schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { KeptCitations } from "./kept-citations";

/** What the editor needs of one item: where it is and its current wording and citations. */
export type EditableItem =
  | { kind: "summary" | "decision"; index: number; text: string; citations: number[] }
  | { kind: "chapter"; index: number; title: string; summary: string; citations: number[] };

interface Scope {
  workspaceId: string;
  documentId: string;
  /** The version on screen; the server refuses the save if a newer one exists. */
  baseVersion: number;
}

const area = "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100";

/** Sends one edit; on success the page re-renders with the new version (the URL drops any ?v=). */
function useSave(scope: Scope) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = (edit: MinutesEditInput, onOk?: () => void) => {
    setError(null);
    start(async () => {
      const res = await editMinutes({ ...scope, edit });
      if (!res.ok) return setError(res.error.message);
      onOk?.();
      router.replace(`/w/${scope.workspaceId}/d/${scope.documentId}?tab=minutes`, { scroll: false });
      router.refresh();
    });
  };
  return { save, error, pending };
}

/** An item as read, with an Edit button that turns it into a form in place. */
export function MinutesItemEditor({ scope, item, labels, children }: { scope: Scope; item: EditableItem; labels: Record<number, string>; children: React.ReactNode }) {
  const { m } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [kept, setKept] = useState(item.citations);
  const { save, error, pending } = useSave(scope);
  const shownText = item.kind === "chapter" ? item.title : item.text;

  if (!editing) {
    return (
      <div>
        {children}
        <button
          type="button"
          onClick={() => {
            setKept(item.citations);
            setEditing(true);
          }}
          className="ml-1.5 rounded px-1.5 py-0.5 align-baseline text-[11px] font-medium text-stone-500 hover:bg-stone-100 hover:text-stone-900"
          aria-label={fmt(m.minutes.editItem, { text: shownText.slice(0, 80) })}
          data-testid="edit-item"
        >
          {m.minutes.edit}
        </button>
      </div>
    );
  }

  return (
    <form
      className="my-1 space-y-2 rounded-md border border-stone-200 bg-stone-50 p-3"
      data-testid="item-editor"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const get = (k: string) => String(f.get(k) ?? "");
        const edit: MinutesEditInput =
          item.kind === "chapter"
            ? { op: "chapter", index: item.index, title: get("title"), summary: get("summary"), citations: kept }
            : { op: item.kind, index: item.index, text: get("text"), citations: kept };
        save(edit, () => setEditing(false));
      }}
    >
      {error ? <Alert>{error}</Alert> : null}
      {item.kind === "chapter" ? (
        <>
          <Field label={m.minutes.title} htmlFor={`${id}-title`}>
            <Input id={`${id}-title`} name="title" defaultValue={item.title} required maxLength={200} autoFocus />
          </Field>
          <Field label={m.minutes.chapterSummary} htmlFor={`${id}-summary`}>
            <textarea id={`${id}-summary`} name="summary" defaultValue={item.summary} required maxLength={2000} rows={4} className={area} />
          </Field>
        </>
      ) : (
        <Field label={m.minutes.text} htmlFor={`${id}-text`}>
          {/* biome-ignore lint/a11y/noAutofocus: the dialog opened for this edit; focus goes where the user is about to type */}
          <textarea id={`${id}-text`} name="text" defaultValue={item.text} required maxLength={2000} rows={3} className={area} autoFocus />
        </Field>
      )}
      <KeptCitations kept={kept} labels={labels} onRemove={(c) => setKept((k) => k.filter((x) => x !== c))} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? m.minutes.saving : m.minutes.save}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setEditing(false)} disabled={pending}>
          {m.minutes.cancel}
        </Button>
        {item.kind === "decision" ? (
          <Button
            type="button"
            variant="danger"
            className="ml-auto"
            disabled={pending}
            onClick={() => {
              if (window.confirm(m.minutes.confirmDelete)) save({ op: "deleteDecision", index: item.index }, () => setEditing(false));
            }}
          >
            {m.minutes.deleteDecision}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** A person's own decision, added at the end of the list. */
export function AddDecision({ scope }: { scope: Scope }) {
  const { m } = useI18n();
  const id = useId();
  const { save, error, pending } = useSave(scope);
  return (
    <form
      className="mt-3 space-y-2"
      aria-label={m.minutes.addDecision}
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        save({ op: "addDecision", text: String(new FormData(form).get("text") ?? "") }, () => form.reset());
      }}
    >
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <Field label={m.minutes.newDecision} htmlFor={`${id}-text`}>
            <Input id={`${id}-text`} name="text" required maxLength={2000} />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {m.minutes.addDecision}
        </Button>
      </div>
    </form>
  );
}
