"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addAcceptedWord, removeAcceptedWord } from "@/lib/actions/writings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

export function AddWordForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.writings.words;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const word = String(new FormData(form).get("word") ?? "");
    setPending(true);
    setError(null);
    setNote(null);
    const res = await addAcceptedWord({ workspaceId, word });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    if (!res.data.added) setNote(fmt(t.already, { word: res.data.word }));
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t.add}>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
        <Field label={t.word} htmlFor="accepted-word" hint={t.wordHint}>
          <Input id="accepted-word" name="word" required maxLength={60} autoComplete="off" />
        </Field>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? m.auth.wait : t.add}
        </Button>
      </div>
      {note ? <Alert tone="info">{note}</Alert> : null}
      {error ? <Alert>{error}</Alert> : null}
    </form>
  );
}

export function RemoveWordButton({ workspaceId, word }: { workspaceId: string; word: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.writings.words;
  const [pending, setPending] = useState(false);
  async function onClick() {
    setPending(true);
    const res = await removeAcceptedWord({ workspaceId, word });
    setPending(false);
    if (!res.ok) return window.alert(res.error.message);
    router.refresh();
  }
  return (
    <Button type="button" variant="ghost" onClick={() => void onClick()} disabled={pending} aria-label={fmt(t.removeWord, { word })}>
      {t.remove}
    </Button>
  );
}
