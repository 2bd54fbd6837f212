"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteDocument, renameDocument } from "@/lib/actions/documents";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

interface Props {
  workspaceId: string;
  documentId: string;
  title: string;
  canEdit: boolean;
  /** Shown beside the title (the status badge). */
  children?: React.ReactNode;
}

/** The document's title, with Rename and Delete for members. Delete asks first, on the page itself. */
export function DocumentTitle({ workspaceId, documentId, title, canEdit, children }: Props) {
  const { m } = useI18n();
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "rename" | "confirmDelete">("view");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const rename = (next: string) =>
    start(async () => {
      setError(null);
      const res = await renameDocument({ workspaceId, documentId, title: next });
      if (!res.ok) return setError(res.error.message);
      setMode("view");
      router.refresh();
    });
  const remove = () =>
    start(async () => {
      setError(null);
      const res = await deleteDocument({ workspaceId, documentId });
      if (!res.ok) return setError(res.error.message);
      router.replace(`/w/${workspaceId}`);
      router.refresh();
    });

  return (
    <div className="min-w-0 flex-1 space-y-2">
      {mode === "rename" ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            rename(String(new FormData(e.currentTarget).get("title") ?? ""));
          }}
        >
          <label htmlFor="doc-title" className="sr-only">
            {m.doc.titleLabel}
          </label>
          <Input id="doc-title" name="title" defaultValue={title} required maxLength={200} autoFocus className="max-w-md" />
          <Button type="submit" disabled={pending}>
            {m.doc.saveTitle}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setMode("view")} disabled={pending}>
            {m.minutes.cancel}
          </Button>
        </form>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">{title}</h1>
          {children}
          {canEdit ? (
            <span className="flex gap-1">
              <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setMode("rename")}>
                {m.doc.rename}
              </Button>
              <Button variant="ghost" className="px-2 py-1 text-xs text-red-700" onClick={() => setMode("confirmDelete")}>
                {m.doc.delete}
              </Button>
            </span>
          ) : null}
        </div>
      )}
      {mode === "confirmDelete" ? (
        <div role="alertdialog" aria-labelledby="delete-q" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <p id="delete-q">{fmt(m.doc.confirmDelete, { title })}</p>
          <div className="flex gap-2">
            <Button variant="danger" onClick={remove} disabled={pending}>
              {m.doc.deleteForGood}
            </Button>
            <Button variant="secondary" onClick={() => setMode("view")} disabled={pending} autoFocus>
              {m.minutes.cancel}
            </Button>
          </div>
        </div>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
