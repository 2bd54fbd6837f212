"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { createShare, revokeShare } from "@/lib/actions/shares";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ShareLinkRow, ShareState } from "@/lib/db/shares";
import { formatDate } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

export interface SharePanelProps {
  workspaceId: string;
  documentId: string;
  /** Member or above: may create and revoke. Viewers only see the list. */
  canEdit: boolean;
  links: ShareLinkRow[];
  /** Absolute origin the links are built on, e.g. env().APP_URL. */
  appUrl: string;
}

const EXPIRY_CHOICES = ["never", "1", "7", "30"] as const;
const STATE_TONE: Record<ShareState, string> = {
  active: "bg-emerald-100 text-emerald-900",
  expired: "bg-stone-100 text-stone-600",
  revoked: "bg-red-100 text-red-900",
};

export function SharePanel({ workspaceId, documentId, canEdit, links, appUrl }: SharePanelProps) {
  const { m } = useI18n();
  const router = useRouter();
  const ids = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // The raw token lives only in this state: after a reload it is gone for good, by design.
  const [created, setCreated] = useState<{ id: string; url: string } | null>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "manual">("idle");

  function create(form: FormData) {
    setError(null);
    startTransition(async () => {
      const res = await createShare({
        workspaceId,
        documentId,
        includeTranscript: form.get("includeTranscript") === "on",
        expiresInDays: String(form.get("expiresInDays") ?? "never"),
      });
      if (!res.ok) return setError(res.error.message);
      setCreated({ id: res.data.id, url: `${appUrl.replace(/\/+$/, "")}/s/${res.data.token}` });
      setCopy("idle");
      router.refresh();
    });
  }

  function revoke(shareId: string) {
    setError(null);
    startTransition(async () => {
      const res = await revokeShare({ workspaceId, documentId, shareId });
      if (!res.ok) return setError(res.error.message);
      if (created?.id === shareId) setCreated(null);
      router.refresh();
    });
  }

  async function copyLink() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setCopy("copied");
    } catch {
      // No clipboard access (plain http, denied permission): select the text so Ctrl+C does it.
      const input = document.getElementById(`${ids}-link`) as HTMLInputElement | null;
      input?.focus();
      input?.select();
      setCopy("manual");
    }
  }

  return (
    <section aria-labelledby={`${ids}-title`} className="space-y-4">
      <div>
        <h2 id={`${ids}-title`} className="text-sm font-semibold uppercase tracking-wide text-stone-600">
          {m.share.title}
        </h2>
        <p className="mt-1 text-sm text-stone-600">{m.share.intro}</p>
      </div>

      {canEdit ? (
        <form action={create} className="flex flex-wrap items-end gap-4">
          <label className="flex items-center gap-2 text-sm text-stone-800">
            <input type="checkbox" name="includeTranscript" className="h-4 w-4 rounded border-stone-300 accent-brand-600" />
            {m.share.includeTranscript}
          </label>
          <label className="flex items-center gap-2 text-sm text-stone-800">
            {m.share.expires}
            <select name="expiresInDays" defaultValue="never" className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
              {EXPIRY_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {c === "never" ? m.share.never : fmt(m.share.days, { n: c })}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" disabled={pending}>
            {pending ? m.share.creating : m.share.create}
          </Button>
        </form>
      ) : (
        <p className="text-sm text-stone-600">{m.share.viewerNote}</p>
      )}

      {error ? <Alert>{error}</Alert> : null}

      {created ? (
        <div className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-3">
          <label htmlFor={`${ids}-link`} className="block text-sm font-medium text-stone-800">
            {m.share.newLink}
          </label>
          <div className="flex gap-2">
            <Input id={`${ids}-link`} readOnly value={created.url} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
            <Button type="button" variant="secondary" onClick={copyLink}>
              {copy === "copied" ? m.share.copied : m.share.copy}
            </Button>
          </div>
          <p className="text-xs text-stone-700" role="status">
            {copy === "manual" ? m.share.copyManual : m.share.onceNote}
          </p>
        </div>
      ) : null}

      <div className="space-y-2">
        <h3 className="text-sm font-medium text-stone-800">{m.share.links}</h3>
        {links.length ? (
          <ul className="divide-y divide-stone-100 rounded-md border border-stone-200" aria-label={m.share.links}>
            {links.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
                <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${STATE_TONE[l.state]}`}>{m.share[l.state]}</span>
                <span className="text-stone-700">
                  {fmt(m.share.createdOn, { date: formatDate(new Date(l.createdAt)) })}
                  {" · "}
                  {l.expiresAt ? fmt(m.share.expiresOn, { date: formatDate(new Date(l.expiresAt)) }) : m.share.noExpiry}
                  {l.includeTranscript ? ` · ${m.share.withTranscript}` : ""}
                </span>
                {canEdit && l.state === "active" ? (
                  <Button type="button" variant="secondary" className="ml-auto px-2.5 py-1" disabled={pending} onClick={() => revoke(l.id)}>
                    {m.share.revoke}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{m.share.none}</p>
        )}
      </div>
    </section>
  );
}
