"use client";
import { useRef, useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { CitationLinks } from "./citation-link";

/** A cited line in another document (library-wide questions). */
export interface AskSource {
  documentId: string;
  title: string;
  segment: number;
  label: string;
}

export interface AskHistoryItem {
  id: string;
  question: string;
  answer: string;
  citations: number[];
  found: boolean;
  sources?: AskSource[];
}

type Turn = AskHistoryItem & { streaming?: boolean; error?: string };

/** Reads the NDJSON answer stream line by line, so text shows as it arrives. */
async function* readParts(res: Response): AsyncIterable<{ type: string; text?: string; citations?: number[]; sources?: AskSource[]; error?: string }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (line) yield JSON.parse(line);
    }
  }
}

function SourceLinks({ workspaceId, sources }: { workspaceId: string; sources: AskSource[] }) {
  return (
    <ul className="mt-1.5 flex flex-wrap gap-1">
      {sources.map((s) => (
        <li key={`${s.documentId}-${s.segment}`}>
          <a href={`/w/${workspaceId}/d/${s.documentId}?tab=ask#seg-${s.segment}`} className="rounded bg-brand-50 px-1.5 py-0.5 text-[11px] text-brand-700 hover:bg-brand-100">
            {s.title} · {s.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Chat over one document, or — without documentId — over the whole workspace library. */
export function AskPanel({
  workspaceId,
  documentId,
  collectionId,
  history,
  suggestions,
  labels,
}: {
  workspaceId: string;
  documentId?: string;
  collectionId?: string;
  history: AskHistoryItem[];
  suggestions: string[];
  labels: Record<number, string>;
}) {
  const { m } = useI18n();
  const [turns, setTurns] = useState<Turn[]>(history);
  const [question, setQuestion] = useState("");
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);

  const patchLast = (patch: (t: Turn) => Turn) => setTurns((ts) => ts.map((t, i) => (i === ts.length - 1 ? patch(t) : t)));

  async function ask(q: string) {
    const text = q.trim();
    if (!text || busy) return;
    setBusy(true);
    setQuestion("");
    setTurns((ts) => [...ts, { id: `pending-${ts.length}`, question: text, answer: "", citations: [], found: true, streaming: true }]);
    try {
      const res = await fetch(`/api/w/${workspaceId}/ask`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ question: text, documentId, collectionId }),
      });
      if (!res.ok || !res.body) {
        const body = await res.json().catch(() => ({}));
        patchLast((t) => ({ ...t, streaming: false, error: body.error ?? m.auth.failed }));
        return;
      }
      for await (const part of readParts(res)) {
        if (part.type === "text") patchLast((t) => ({ ...t, answer: t.answer + (part.text ?? "") }));
        if (part.type === "citations") patchLast((t) => ({ ...t, citations: part.citations ?? [], sources: part.sources, found: (part.citations ?? []).length > 0 }));
        if (part.type === "error") patchLast((t) => ({ ...t, error: part.error }));
      }
      patchLast((t) => ({ ...t, streaming: false }));
    } catch {
      patchLast((t) => ({ ...t, streaming: false, error: m.upload.offline }));
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  }

  return (
    <div className="space-y-4">
      {turns.length ? (
        <ol className="space-y-4" aria-label={m.ask.history} aria-live="polite">
          {turns.map((t) => (
            <li key={t.id} className="space-y-1.5">
              <p className="ml-auto w-fit max-w-[90%] rounded-lg bg-brand-50 px-3 py-2 text-sm text-stone-900">{t.question}</p>
              <div className="rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm leading-relaxed" data-testid="answer">
                {t.answer ? <p className="whitespace-pre-wrap">{t.answer}</p> : t.streaming ? <p className="text-stone-600">{m.ask.thinking}</p> : null}
                {t.error ? <p className="text-red-700">{t.error}</p> : null}
                {!t.streaming && !t.error && !t.found ? (
                  <span className="mt-1 inline-block rounded bg-stone-100 px-1.5 py-0.5 text-[11px] text-stone-700">{m.ask.notFound}</span>
                ) : null}
                {t.sources ? <SourceLinks workspaceId={workspaceId} sources={t.sources} /> : <CitationLinks citations={t.citations} labels={labels} />}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      {suggestions.length ? (
        <div className="space-y-1.5">
          <p className="text-xs font-medium uppercase tracking-wide text-stone-600">{m.ask.suggestions}</p>
          <div className="flex flex-wrap gap-1.5">
            {suggestions.map((s) => (
              <button
                key={s}
                type="button"
                disabled={busy}
                onClick={() => void ask(s)}
                className="rounded-full border border-stone-300 bg-white px-3 py-1 text-xs text-stone-800 hover:bg-stone-100"
              >
                {s}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void ask(question);
        }}
      >
        <label className="sr-only" htmlFor="ask-input">
          {m.ask.send}
        </label>
        <textarea
          id="ask-input"
          ref={input}
          rows={2}
          value={question}
          maxLength={2000}
          onChange={(e) => setQuestion(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void ask(question);
            }
          }}
          placeholder={documentId ? m.ask.placeholder : m.ask.libraryPlaceholder}
          className="block w-full resize-y rounded-md border border-stone-300 bg-white px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        <Button type="submit" disabled={busy || !question.trim()}>
          {m.ask.send}
        </Button>
      </form>
    </div>
  );
}
