"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { regenerate } from "@/lib/actions/artifacts";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

export interface RegenerateButtonProps {
  workspaceId: string;
  documentId: string;
  kind: "minutes" | "slides";
  /** The LATEST version number of this artifact (not the one shown with ?v=): polling stops when it grows. */
  currentVersion: number;
  /** Whether a language model is configured for the workspace or on the server (lib/db/workspace-settings modelConfigured). */
  llmAvailable: boolean;
  /** Regenerate one chapter of the minutes only: a small button using the best available engine. */
  topicIndex?: number;
}

const POLL_MS = 2000;
/** After this the job is presumably stuck or failed (the queue expires jobs after 15 minutes); polling stops. */
const GIVE_UP_MS = 15 * 60_000;
const SLOW_MS = 3 * 60_000;

export function RegenerateButton({ workspaceId, documentId, kind, currentVersion, llmAvailable, topicIndex }: RegenerateButtonProps) {
  const { m } = useI18n();
  const router = useRouter();
  const selectId = useId();
  const hintId = useId();
  const [engine, setEngine] = useState<"local" | "llm">(llmAvailable ? "llm" : "local");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The latest version when the job was queued; a larger currentVersion means the new one arrived. */
  const [queuedAt, setQueuedAt] = useState<number | null>(null);
  const [slow, setSlow] = useState(false);
  const [gaveUp, setGaveUp] = useState(false);
  const arrived = queuedAt !== null && currentVersion > queuedAt;
  const waiting = queuedAt !== null && !arrived && !gaveUp;

  useEffect(() => {
    if (!waiting) return;
    const poll = setInterval(() => router.refresh(), POLL_MS);
    const slowTimer = setTimeout(() => setSlow(true), SLOW_MS);
    const giveUp = setTimeout(() => setGaveUp(true), GIVE_UP_MS);
    return () => {
      clearInterval(poll);
      clearTimeout(slowTimer);
      clearTimeout(giveUp);
    };
  }, [waiting, router]);

  async function start() {
    setPending(true);
    setError(null);
    const res = await regenerate({ workspaceId, documentId, kind, engine, topicIndex });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    setSlow(false);
    setGaveUp(false);
    setQueuedAt(currentVersion);
  }

  const status = waiting
    ? slow
      ? `${m.doc.regenerating} ${m.regenerate.slow}`
      : m.doc.regenerating
    : arrived
      ? fmt(m.regenerate.done, { v: currentVersion })
      : gaveUp
        ? m.regenerate.slow
        : "";

  if (topicIndex !== undefined) {
    return (
      <span className="inline-flex items-center gap-2 text-xs font-normal" data-print="hide">
        <button
          type="button"
          onClick={start}
          disabled={waiting || pending}
          className="rounded border border-stone-300 px-1.5 py-0.5 text-stone-700 hover:bg-stone-100 disabled:text-stone-400"
        >
          {m.regenerate.chapter}
        </button>
        <span role="status" aria-live="polite" className="text-stone-600">
          {status}
        </span>
        {error ? (
          <span role="alert" className="text-red-700">
            {error}
          </span>
        ) : null}
      </span>
    );
  }

  return (
    <div className="space-y-1.5" data-print="hide">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="text-sm text-stone-700">
          {m.doc.regenerateWith}
        </label>
        <select
          id={selectId}
          value={engine}
          onChange={(e) => setEngine(e.target.value === "llm" ? "llm" : "local")}
          disabled={waiting || pending}
          aria-describedby={llmAvailable ? undefined : hintId}
          className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
        >
          <option value="local">{m.doc.engineLocal}</option>
          <option value="llm" disabled={!llmAvailable}>
            {m.doc.engineLlm}
          </option>
        </select>
        <Button variant="secondary" onClick={start} disabled={waiting || pending}>
          {m.doc.regenerate}
        </Button>
      </div>
      {llmAvailable ? null : (
        <p id={hintId} className="text-xs text-stone-500">
          {m.regenerate.llmUnavailable}
        </p>
      )}
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {status}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
