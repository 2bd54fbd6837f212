"use client";
import { useRef, useState } from "react";
import { sendMinutesEmail } from "@/lib/actions/mail";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

export interface EmailMinutesProps {
  workspaceId: string;
  documentId: string;
  version?: number;
  /** Null when mail is configured; otherwise what is missing (shown with how to configure it). */
  missing: string | null;
  attendees: { userId: string; name: string; email: string; speaker: string }[];
}

/** A quick shape check (one @, a dotted domain) before sending; the server checks each address again with zod. */
function looksLikeEmail(a: string): boolean {
  const at = a.indexOf("@");
  if (at <= 0 || at !== a.lastIndexOf("@")) return false;
  const domain = a.slice(at + 1);
  return domain.includes(".") && !domain.startsWith(".") && !domain.endsWith(".");
}

export function EmailMinutes({ workspaceId, documentId, version, missing, attendees }: EmailMinutesProps) {
  const { m } = useI18n();
  const t = m.meetings.followups;
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const typed = String(fd.get("more") ?? "")
      .split(/[\s,，;；]+/)
      .filter(Boolean);
    const bad = typed.find((a) => !looksLikeEmail(a));
    setSent(null);
    if (bad) return setError(fmt(t.invalidAddress, { address: bad }));
    const recipients = [...fd.getAll("attendee").map(String), ...typed];
    if (!recipients.length) return setError(t.noRecipients);
    setError(null);
    setPending(true);
    const res = await sendMinutesEmail({ workspaceId, documentId, recipients, note: String(fd.get("note") ?? ""), ...(version ? { version } : {}) });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    setSent(fmt(t.sent, { n: res.data.recipients.length }));
  }

  return (
    <>
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          setSent(null);
          setError(null);
          dialog.current?.showModal();
        }}
      >
        {t.email}
      </Button>
      <dialog ref={dialog} aria-labelledby="email-minutes-title" className="w-full max-w-lg rounded-lg border border-stone-200 p-0 shadow-xl backdrop:bg-stone-900/30">
        <div className="space-y-4 p-5">
          <h2 id="email-minutes-title" className="text-base font-semibold">
            {t.emailTitle}
          </h2>
          {missing ? (
            <div className="space-y-2 text-sm text-stone-700" data-testid="mail-not-configured">
              <p className="font-medium">{t.notConfigured}</p>
              <p>{fmt(t.configureHow, { missing })}</p>
            </div>
          ) : (
            <form onSubmit={onSubmit} className="space-y-4" noValidate>
              <p className="text-sm text-stone-600">{t.emailIntro}</p>
              <fieldset className="space-y-1.5">
                <legend className="text-sm font-medium text-stone-800">{t.attendees}</legend>
                {attendees.length ? (
                  attendees.map((a) => (
                    <label key={a.userId} className="flex items-center gap-2 text-sm">
                      <input type="checkbox" name="attendee" value={a.email} defaultChecked />
                      <span>
                        {a.name} &lt;{a.email}&gt; <span className="text-stone-500">{a.speaker !== a.name ? fmt(t.asSpeaker, { speaker: a.speaker }) : null}</span>
                      </span>
                    </label>
                  ))
                ) : (
                  <p className="text-sm text-stone-600">{t.noAttendees}</p>
                )}
              </fieldset>
              <label className="block text-sm">
                <span className="font-medium text-stone-800">{t.moreAddresses}</span>
                <textarea
                  name="more"
                  rows={2}
                  maxLength={5000}
                  className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm"
                  aria-describedby="email-more-hint"
                />
                <span id="email-more-hint" className="text-xs text-stone-500">
                  {t.moreHint}
                </span>
              </label>
              <label className="block text-sm">
                <span className="font-medium text-stone-800">{t.note}</span>
                <textarea name="note" rows={2} maxLength={2000} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm" />
              </label>
              {error ? <Alert>{error}</Alert> : null}
              {sent ? (
                <p role="status" className="text-sm text-green-700">
                  {sent}
                </p>
              ) : null}
              <div className="flex justify-end gap-2">
                <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
                  {t.close}
                </Button>
                <Button type="submit" disabled={pending}>
                  {pending ? t.sending : t.send}
                </Button>
              </div>
            </form>
          )}
          {missing ? (
            <div className="flex justify-end">
              <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
                {t.close}
              </Button>
            </div>
          ) : null}
        </div>
      </dialog>
    </>
  );
}
