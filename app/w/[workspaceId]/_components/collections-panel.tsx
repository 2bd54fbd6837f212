"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { addDocumentsToCollection, deleteCollectionAction, newCollection, removeDocumentFromCollection, renameCollectionAction } from "@/lib/actions/collections";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

type C = { id: string; name: string; documents: number };

function useRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; error?: { message: string } }>, after?: () => void) => {
    setError(null);
    start(async () => {
      const res = await fn();
      if (!res.ok) return setError(res.error?.message ?? "");
      after?.();
      router.refresh();
    });
  };
  return { pending, error, run };
}

/** The library's folders: pick one to filter by; members create, rename and delete them. */
export function CollectionsPanel({ workspaceId, collections, active, canEdit }: { workspaceId: string; collections: C[]; active?: string; canEdit: boolean }) {
  const { m } = useI18n();
  const t = m.learning.collections;
  const ids = useId();
  const router = useRouter();
  const { pending, error, run } = useRun();
  const [renaming, setRenaming] = useState(false);
  const current = collections.find((c) => c.id === active);
  const base = `/w/${workspaceId}`;
  const pill = (on: boolean) => `rounded-full border px-3 py-1 text-sm ${on ? "border-brand-600 bg-brand-50 text-brand-800" : "border-stone-300 text-stone-700 hover:bg-stone-50"}`;

  return (
    <section aria-labelledby={`${ids}-h`} className="space-y-2" data-testid="collections">
      <h2 id={`${ids}-h`} className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        {t.title}
      </h2>
      <nav aria-label={t.title} className="flex flex-wrap items-center gap-2">
        <Link href={base} className={pill(!current)} aria-current={!current ? "page" : undefined}>
          {t.all}
        </Link>
        {collections.map((c) => (
          <Link key={c.id} href={`${base}?collection=${c.id}`} className={pill(c.id === active)} aria-current={c.id === active ? "page" : undefined}>
            {c.name} <span className="text-xs text-stone-500">{fmt(t.count, { n: c.documents })}</span>
          </Link>
        ))}
        {canEdit ? (
          <form
            action={(f) =>
              run(() =>
                newCollection({ workspaceId, name: String(f.get("name") ?? "") }).then((r) => {
                  if (r.ok) router.push(`${base}?collection=${r.data.id}`);
                  return r;
                }),
              )
            }
            className="flex items-center gap-1"
          >
            <input name="name" aria-label={t.name} placeholder={t.create} maxLength={100} required className="w-44 rounded-md border border-stone-300 px-2 py-1 text-sm" />
            <Button type="submit" variant="secondary" disabled={pending}>
              {t.add}
            </Button>
          </form>
        ) : null}
      </nav>
      {current && canEdit ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {renaming ? (
            <form
              action={(f) =>
                run(
                  () => renameCollectionAction({ workspaceId, collectionId: current.id, name: String(f.get("name") ?? "") }),
                  () => setRenaming(false),
                )
              }
              className="flex gap-1"
            >
              <input name="name" defaultValue={current.name} aria-label={t.name} className="rounded-md border border-stone-300 px-2 py-1" />
              <Button type="submit" disabled={pending}>
                {t.save}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setRenaming(false)}>
                {t.cancel}
              </Button>
            </form>
          ) : (
            <Button type="button" variant="ghost" onClick={() => setRenaming(true)}>
              {t.rename}
            </Button>
          )}
          <Button
            type="button"
            variant="ghost"
            disabled={pending}
            onClick={() =>
              confirm(fmt(t.confirmDelete, { name: current.name })) &&
              run(
                () => deleteCollectionAction({ workspaceId, collectionId: current.id }),
                () => router.push(base),
              )
            }
          >
            {t.delete}
          </Button>
        </div>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </section>
  );
}

/** Adds a library document (one not in it yet) to the collection shown. */
export function AddToCollection({ workspaceId, collectionId, documents }: { workspaceId: string; collectionId: string; documents: Array<{ id: string; title: string }> }) {
  const { m } = useI18n();
  const t = m.learning.collections;
  const { pending, error, run } = useRun();
  if (!documents.length) return null;
  return (
    <form
      action={(f) => run(() => addDocumentsToCollection({ workspaceId, collectionId, documentIds: f.getAll("documentIds").map(String) }))}
      className="flex flex-wrap items-center gap-2 text-sm"
    >
      <select name="documentIds" aria-label={t.addTo} required className="rounded-md border border-stone-300 bg-white px-2 py-1.5" defaultValue="">
        <option value="" disabled>
          {t.addTo}
        </option>
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t.addButton}
      </Button>
      {error ? <Alert>{error}</Alert> : null}
    </form>
  );
}

/** A document's collections as chips (× removes it from one) and a picker to add it to another. */
export function DocumentCollections({
  workspaceId,
  documentId,
  member,
  all,
  canEdit,
}: {
  workspaceId: string;
  documentId: string;
  member: Array<{ id: string; name: string }>;
  all: Array<{ id: string; name: string }>;
  canEdit: boolean;
}) {
  const { m } = useI18n();
  const t = m.learning.collections;
  const { pending, error, run } = useRun();
  const others = all.filter((c) => !member.some((x) => x.id === c.id));
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="document-collections">
      <span className="text-stone-600">{t.inCollections}:</span>
      {member.length ? null : <span className="text-stone-500">{t.notIn}</span>}
      {member.map((c) => (
        <span key={c.id} className="inline-flex items-center gap-1 rounded-full bg-stone-100 px-2 py-0.5">
          <Link href={`/w/${workspaceId}?collection=${c.id}`} className="hover:underline">
            {c.name}
          </Link>
          {canEdit ? (
            <button
              type="button"
              aria-label={fmt(t.removeFrom, { name: c.name })}
              disabled={pending}
              onClick={() => run(() => removeDocumentFromCollection({ workspaceId, collectionId: c.id, documentId }))}
              className="text-stone-500 hover:text-red-700"
            >
              ×
            </button>
          ) : null}
        </span>
      ))}
      {canEdit && others.length ? (
        <form
          action={(f) => run(() => addDocumentsToCollection({ workspaceId, collectionId: String(f.get("collectionId") ?? ""), documentIds: [documentId] }))}
          className="flex items-center gap-1"
        >
          <select name="collectionId" aria-label={t.addTo} required defaultValue="" className="rounded-md border border-stone-300 bg-white px-2 py-1">
            <option value="" disabled>
              {t.choose}
            </option>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t.addButton}
          </Button>
        </form>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}

/** Removes one library row's document from the collection shown. */
export function RemoveFromCollection({ workspaceId, collectionId, documentId, name }: { workspaceId: string; collectionId: string; documentId: string; name: string }) {
  const { m } = useI18n();
  const { pending, run } = useRun();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => run(() => removeDocumentFromCollection({ workspaceId, collectionId, documentId }))}
      className="ml-2 text-xs text-stone-500 hover:text-red-700 hover:underline"
    >
      {fmt(m.learning.collections.removeFrom, { name })}
    </button>
  );
}
