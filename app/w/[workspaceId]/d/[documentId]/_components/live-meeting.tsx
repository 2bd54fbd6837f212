"use client";
import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { endLiveMeeting, refreshRollingMinutes } from "@/lib/actions/live";
import { citationLabel, type SegmentView } from "@/lib/citations";
import type { Rolling } from "@/lib/db/live";
import { MinutesView } from "@/components/minutes-view";
import { TranscriptList } from "@/components/transcript-list";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { AskPanel, type AskHistoryItem } from "./ask-panel";
import { CitationLinks } from "./citation-link";

interface LiveLineView {
  index: number;
  speaker: string | null;
  text: string;
  startMs: number;
  endMs: number | null;
}

interface LiveStateView {
  status: string;
  rollingAt: string | null;
  rolling: Rolling | null;
  rollingUpTo: number;
}

const toView = (l: LiveLineView): SegmentView => ({ index: l.index, speaker: l.speaker, startMs: l.startMs, page: null, headingPath: [], text: l.text });
// "At the bottom" within this many pixels: the reader is following along, so new lines scroll in.
const FOLLOW_SLACK_PX = 48;

/**
 * A running meeting: the transcript grows as lines arrive over server-sent events (scrolling along
 * unless the reader scrolled up), rolling minutes with citations, Ask for "what was just said", and
 * End. When the meeting ends the page re-renders as a normal document with its full analysis.
 */
export function LiveMeeting(props: {
  workspaceId: string;
  documentId: string;
  canEdit: boolean;
  initialLines: LiveLineView[];
  initialState: LiveStateView;
  rollingSeconds: number;
  history: AskHistoryItem[];
  suggestions: string[];
}) {
  const { workspaceId, documentId, canEdit } = props;
  const { m } = useI18n();
  const router = useRouter();
  const [lines, setLines] = useState(props.initialLines);
  const [state, setState] = useState(props.initialState);
  const [behind, setBehind] = useState(false);
  const [busy, setBusy] = useState<"refresh" | "end" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const column = useRef<HTMLElement>(null);
  const following = useRef(true);
  const lastIndex = useRef(props.initialLines.at(-1)?.index ?? -1);

  useEffect(() => {
    const source = new EventSource(`/api/w/${workspaceId}/live/${documentId}/events?after=${lastIndex.current}`);
    source.addEventListener("lines", (e) => {
      const fresh = (JSON.parse((e as MessageEvent).data).lines as LiveLineView[]).filter((l) => l.index > lastIndex.current);
      if (!fresh.length) return;
      lastIndex.current = fresh.at(-1)!.index;
      setLines((ls) => [...ls, ...fresh]);
    });
    source.addEventListener("state", (e) => {
      const next = JSON.parse((e as MessageEvent).data) as LiveStateView;
      setState(next);
      if (next.status !== "live") {
        source.close();
        router.refresh();
      }
    });
    return () => source.close();
  }, [workspaceId, documentId, router]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each new batch of lines, to follow the newest one
  useLayoutEffect(() => {
    const el = column.current;
    if (!el) return;
    if (following.current) el.scrollTop = el.scrollHeight;
    else setBehind(true);
  }, [lines.length]);

  const views = useMemo(() => lines.map(toView), [lines]);
  const labels = useMemo(() => Object.fromEntries(views.map((s) => [s.index, citationLabel(s, s.index)])), [views]);
  const cite = (item: { citations: number[]; verified: boolean }) => (
    <CitationLinks citations={item.citations} labels={labels} unverified={!item.verified} unverifiedText={{ label: m.doc.unverified, hint: m.doc.unverifiedHint }} />
  );

  async function run(kind: "refresh" | "end") {
    if (kind === "end" && !window.confirm(m.live.confirmEnd)) return;
    setBusy(kind);
    setError(null);
    const r = kind === "end" ? await endLiveMeeting({ workspaceId, documentId }) : await refreshRollingMinutes({ workspaceId, documentId });
    setBusy(null);
    if (!r.ok) setError(r.error.message);
    else if (kind === "end") router.refresh();
  }

  const rolling = state.rolling;
  return (
    <div className="grid items-start gap-6 md:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]" data-testid="live-meeting">
      <section
        className="relative rounded-lg border border-stone-200 bg-white shadow-sm max-h-[60vh] overflow-y-auto overscroll-contain p-4 md:sticky md:top-4 md:max-h-[calc(100vh-2rem)]"
        data-testid="transcript-column"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area must be reachable by keyboard (axe: scrollable-region-focusable)
        tabIndex={0}
        aria-label={m.doc.transcript}
        ref={column}
        onScroll={(e) => {
          const el = e.currentTarget;
          following.current = el.scrollHeight - el.scrollTop - el.clientHeight < FOLLOW_SLACK_PX;
          if (following.current) setBehind(false);
        }}
      >
        <h2 className="mb-3 flex items-center gap-2 text-sm font-semibold uppercase tracking-wide text-stone-600">
          <span className="inline-block h-2 w-2 animate-pulse rounded-full bg-rose-600" aria-hidden />
          {m.doc.transcript} · <span data-testid="live-count">{fmt(m.live.lines, { n: lines.length })}</span>
        </h2>
        {lines.length ? <TranscriptList segments={views} label={m.doc.transcript} /> : <p className="text-sm text-stone-600">{m.live.waiting}</p>}
        {behind ? (
          <button
            type="button"
            className="sticky bottom-2 left-full rounded-full bg-brand-600 px-3 py-1 text-xs text-white shadow"
            onClick={() => {
              following.current = true;
              setBehind(false);
              column.current?.scrollTo({ top: column.current.scrollHeight });
            }}
          >
            {m.live.jump}
          </button>
        ) : null}
      </section>
      <div className="space-y-6">
        {canEdit ? (
          <div className="flex flex-wrap items-center gap-2">
            <Button type="button" variant="danger" disabled={busy !== null} onClick={() => void run("end")}>
              {busy === "end" ? m.live.ending : m.live.end}
            </Button>
            {error ? (
              <p className="text-sm text-red-700" role="alert">
                {error}
              </p>
            ) : null}
          </div>
        ) : null}
        <section className="space-y-2" aria-labelledby="rolling-title" data-testid="rolling-minutes">
          <div className="flex flex-wrap items-baseline gap-2">
            <h2 id="rolling-title" className="text-base font-semibold">
              {m.live.rollingTitle}
            </h2>
            {state.rollingAt ? (
              <span className="text-xs text-stone-600" data-testid="rolling-updated">
                {fmt(m.live.rollingUpdated, { time: new Date(state.rollingAt).toLocaleTimeString(), n: state.rollingUpTo })}
              </span>
            ) : null}
            {canEdit ? (
              <Button type="button" variant="secondary" className="ml-auto px-2.5 py-1 text-xs" disabled={busy !== null || !lines.length} onClick={() => void run("refresh")}>
                {busy === "refresh" ? m.live.refreshing : m.live.refresh}
              </Button>
            ) : null}
          </div>
          <p className="text-xs text-stone-500">{fmt(m.live.rollingEvery, { s: props.rollingSeconds })}</p>
          {rolling ? (
            <>
              <MinutesView minutes={rolling.minutes} m={m} cite={cite} />
              {rolling.todos.length ? (
                <div>
                  <h3 className="mb-1 text-sm font-semibold">{m.live.todosSoFar}</h3>
                  <ul className="list-disc space-y-1 pl-5 text-sm">
                    {rolling.todos.map((t, i) => (
                      <li key={i}>
                        {t.owner ? <span className="font-medium">{t.owner}: </span> : null}
                        {t.text}
                        {t.dueText ? <span className="text-stone-600"> ({t.dueText})</span> : null}
                        <CitationLinks citations={t.citations} labels={labels} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </>
          ) : (
            <p className="text-sm text-stone-600">{m.live.rollingNone}</p>
          )}
        </section>
        <section className="space-y-2 border-t border-stone-200 pt-4" aria-labelledby="live-ask-title">
          <h2 id="live-ask-title" className="text-base font-semibold">
            {m.live.askTitle}
          </h2>
          <p className="text-xs text-stone-500">{m.live.askHint}</p>
          <AskPanel workspaceId={workspaceId} documentId={documentId} history={props.history} suggestions={props.suggestions} labels={labels} />
        </section>
      </div>
    </div>
  );
}
