"use client";
import Link from "next/link";
import { useState } from "react";
import { startLiveMeeting } from "@/lib/actions/live";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";

/**
 * "New live meeting": title and language, then the meeting's ingest key, shown this once with the
 * endpoint and a curl line to post with (only its hash is stored).
 */
export function NewLiveMeeting({ workspaceId }: { workspaceId: string }) {
  const { m, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [lang, setLang] = useState<"zh" | "en">(locale === "zh" ? "zh" : "en");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; key: string } | null>(null);
  const [copied, setCopied] = useState(false);

  if (!open) {
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)} title={m.live.newHint}>
        {m.live.newMeeting}
      </Button>
    );
  }
  if (created) {
    const endpoint = `${window.location.origin}/api/w/${workspaceId}/live/${created.id}/segments`;
    const example = `curl -X POST ${endpoint} -H "Authorization: Bearer ${created.key}" -H "Content-Type: application/json" -d '{"segments":[{"speaker":"Alice","text":"Hello","startMs":0,"endMs":1500}]}'`;
    return (
      <div className="space-y-3 rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm" data-testid="live-created">
        <p className="font-medium text-stone-900">{m.live.keyTitle}</p>
        <div className="flex items-center gap-2">
          <code className="block flex-1 overflow-x-auto rounded bg-white px-2 py-1 font-mono text-xs" data-testid="live-key">
            {created.key}
          </code>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              void navigator.clipboard?.writeText(created.key).then(
                () => setCopied(true),
                () => {},
              );
            }}
          >
            {copied ? m.live.copied : m.live.copy}
          </Button>
        </div>
        <p className="text-stone-700">{m.live.keyHelp}</p>
        <p className="text-stone-700">
          {m.live.endpoint}:{" "}
          <code className="font-mono text-xs" data-testid="live-endpoint">
            {endpoint}
          </code>
        </p>
        <details>
          <summary className="cursor-pointer text-stone-700">{m.live.example}</summary>
          <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-white p-2 font-mono text-xs">{example}</pre>
        </details>
        <Link href={`/w/${workspaceId}/d/${created.id}`} className="inline-block font-medium text-brand-700 hover:underline">
          {m.live.open} →
        </Link>
      </div>
    );
  }
  return (
    <form
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        const r = await startLiveMeeting({ workspaceId, title, lang });
        setBusy(false);
        if (r.ok) setCreated(r.data);
        else setError(r.error.message);
      }}
    >
      <p className="text-sm text-stone-600">{m.live.newHint}</p>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <Field label={m.live.title} htmlFor="live-title">
          <Input id="live-title" value={title} maxLength={200} required placeholder={m.live.titlePlaceholder} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={m.live.language} htmlFor="live-lang">
          <select
            id="live-lang"
            value={lang}
            onChange={(e) => setLang(e.target.value === "zh" ? "zh" : "en")}
            className="block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          >
            <option value="zh">{m.live.zh}</option>
            <option value="en">{m.live.en}</option>
          </select>
        </Field>
      </div>
      {error ? (
        <p className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? m.live.starting : m.live.start}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {m.live.cancel}
        </Button>
      </div>
    </form>
  );
}
