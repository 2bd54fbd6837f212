"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { setMeetingTemplate } from "@/lib/actions/templates";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

const POLL_MS = 2000;
const GIVE_UP_MS = 15 * 60_000;

/**
 * The meeting's type: shown as detected or chosen, changeable. Choosing one queues new minutes with
 * that template; the page refreshes until the new version arrives.
 */
export function TemplatePicker(props: {
  workspaceId: string;
  documentId: string;
  /** What the shown minutes used, and whether it was detected. */
  current: { id: string; name: string; detected: boolean } | null;
  /** The document's stored choice ("auto" when none). */
  chosen: string;
  options: { id: string; name: string }[];
  latestVersion: number;
  canEdit: boolean;
}) {
  const { m } = useI18n();
  const t = m.meetings.templates;
  const router = useRouter();
  const selectId = useId();
  const [value, setValue] = useState(props.chosen);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [queuedAt, setQueuedAt] = useState<number | null>(null);
  const waiting = queuedAt !== null && props.latestVersion <= queuedAt;

  useEffect(() => {
    if (!waiting) return;
    const poll = setInterval(() => router.refresh(), POLL_MS);
    const stop = setTimeout(() => setQueuedAt(null), GIVE_UP_MS);
    return () => {
      clearInterval(poll);
      clearTimeout(stop);
    };
  }, [waiting, router]);

  async function apply() {
    setPending(true);
    setError(null);
    const res = await setMeetingTemplate({ workspaceId: props.workspaceId, documentId: props.documentId, templateId: value });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    setQueuedAt(props.latestVersion);
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="template-picker">
      <label htmlFor={selectId} className="text-stone-700">
        {t.type}
      </label>
      {props.current ? (
        <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800" data-testid="meeting-type">
          {props.current.name} <span className="text-xs font-normal text-stone-600">({props.current.detected ? t.detected : t.chosen})</span>
        </span>
      ) : null}
      {props.canEdit ? (
        <>
          <select
            id={selectId}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            disabled={pending || waiting}
            className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="auto">{t.auto}</option>
            {props.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <Button type="button" variant="secondary" onClick={apply} disabled={pending || waiting}>
            {t.apply}
          </Button>
        </>
      ) : null}
      <span role="status" aria-live="polite" className="text-stone-600">
        {waiting ? t.applying : ""}
      </span>
      {error ? (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
