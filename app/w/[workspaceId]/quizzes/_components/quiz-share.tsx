"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { revokeQuizLink, shareQuiz } from "@/lib/actions/quizzes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

const EXPIRY = ["never", "1", "7", "30"] as const;

/** Links for trainees: the token is shown once, in this state only; the list shows each link's state. */
export function QuizSharePanel({
  workspaceId,
  quizId,
  appUrl,
  links,
}: {
  workspaceId: string;
  quizId: string;
  appUrl: string;
  links: Array<{ id: string; createdAt: string; state: "active" | "expired" | "revoked" }>;
}) {
  const { m } = useI18n();
  const t = m.learning.quiz;
  const ids = useId();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const create = (f: FormData) =>
    start(async () => {
      setError(null);
      const res = await shareQuiz({ workspaceId, quizId, expiresInDays: String(f.get("expiresInDays") ?? "never") });
      if (!res.ok) return setError(res.error.message);
      setUrl(`${appUrl.replace(/\/+$/, "")}/s/q/${res.data.token}`);
      setCopied(false);
      router.refresh();
    });
  const revoke = (shareId: string) =>
    start(async () => {
      const res = await revokeQuizLink({ workspaceId, quizId, shareId });
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });

  return (
    <section aria-labelledby={`${ids}-h`} className="space-y-3">
      <h2 id={`${ids}-h`} className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        {t.share}
      </h2>
      <p className="text-sm text-stone-600">{t.shareIntro}</p>
      <form action={create} className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex items-center gap-2">
          {t.expires}
          <select name="expiresInDays" defaultValue="never" className="rounded-md border border-stone-300 bg-white px-2 py-1.5">
            {EXPIRY.map((c) => (
              <option key={c} value={c}>
                {c === "never" ? t.never : fmt(t.days, { n: c })}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={pending}>
          {t.createLink}
        </Button>
      </form>
      {error ? <Alert>{error}</Alert> : null}
      {url ? (
        <div className="space-y-1 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
          <label htmlFor={`${ids}-url`}>{t.linkOnce}</label>
          <div className="flex gap-2">
            <input id={`${ids}-url`} readOnly value={url} className="w-full rounded-md border border-stone-300 px-2 py-1.5 font-mono text-xs" data-testid="quiz-link" />
            <Button
              type="button"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(url).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? t.copied : t.copy}
            </Button>
          </div>
        </div>
      ) : null}
      {links.length ? (
        <ul className="space-y-1 text-sm">
          {links.map((l) => (
            <li key={l.id} className="flex items-center gap-2">
              <span className="text-stone-700">{fmt(t.linkMeta, { date: formatDate(new Date(l.createdAt)) })}</span>
              <span className="rounded bg-stone-100 px-1.5 text-xs">{t.linkStates[l.state]}</span>
              {l.state === "active" ? (
                <Button type="button" variant="ghost" disabled={pending} onClick={() => revoke(l.id)}>
                  {t.revoke}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
