"use client";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { loadTranscriptPage } from "@/lib/actions/documents";
import { TRANSCRIPT_PAGE_LINES } from "@/lib/actions/documents.schema";
import { TranscriptList, type TranscriptLine } from "@/components/transcript-list";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { SHOW_SEGMENTS_EVENT, type ShowSegmentsRequest, showSegments } from "./citation-link";

/** Lines kept above a line someone jumps to, so it is read in its context. */
const CONTEXT_BEFORE = 40;

/**
 * The transcript of a long document one page at a time: the server renders the first page; earlier
 * and later pages load on request, and a citation, search hit or shared link to a line outside the
 * page loads the page around it and then shows it. The page never holds the whole transcript, so a
 * 500,000-line meeting opens as fast as a short one.
 */
export function TranscriptWindow(props: { workspaceId: string; documentId: string; initial: TranscriptLine[]; total: number; correctedHint?: string }) {
  const { m } = useI18n();
  const t = m.doc.transcriptPage;
  const [lines, setLines] = useState(props.initial);
  // A refresh of the page (a speaker renamed, a glossary term added) sends a new first page: show it.
  const [seed, setSeed] = useState(props.initial);
  if (seed !== props.initial) {
    setSeed(props.initial);
    setLines(props.initial);
  }
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pendingShow = useRef<ShowSegmentsRequest | null>(null);
  const keepTop = useRef<{ el: HTMLElement; height: number } | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const first = lines[0]?.index ?? 0;
  const end = (lines.at(-1)?.index ?? -1) + 1;

  async function load(from: number): Promise<TranscriptLine[] | null> {
    setBusy(true);
    setError(null);
    const res = await loadTranscriptPage({ workspaceId: props.workspaceId, documentId: props.documentId, from });
    setBusy(false);
    if (!res.ok) {
      setError(fmt(t.failed, { error: res.error.message }));
      return null;
    }
    return res.data;
  }

  async function later() {
    const page = await load(end);
    if (page) setLines((ls) => [...ls, ...page.filter((l) => l.index >= end)]);
  }

  async function earlier() {
    const from = Math.max(0, first - TRANSCRIPT_PAGE_LINES);
    const page = await load(from);
    if (!page) return;
    // Prepending moves the lines being read down: keep them where they are on screen.
    const column = list.current?.closest<HTMLElement>("[data-testid=transcript-column]");
    if (column) keepTop.current = { el: column, height: column.scrollHeight };
    setLines((ls) => [...page.filter((l) => l.index < first), ...ls]);
  }

  useLayoutEffect(() => {
    const keep = keepTop.current;
    if (keep) {
      keep.el.scrollTop += keep.el.scrollHeight - keep.height;
      keepTop.current = null;
    }
    const show = pendingShow.current;
    if (show && document.getElementById(`seg-${show.indexes[0]}`)) {
      pendingShow.current = null;
      showSegments(show.indexes, { play: show.play });
    }
  });

  useEffect(() => {
    const onShow = (e: Event) => {
      const req = (e as CustomEvent<ShowSegmentsRequest>).detail;
      const target = req.indexes[0];
      if (target == null || target < 0 || target >= props.total) return;
      pendingShow.current = req;
      void load(Math.max(0, target - CONTEXT_BEFORE)).then((page) => {
        if (page?.length) setLines(page);
      });
    };
    window.addEventListener(SHOW_SEGMENTS_EVENT, onShow);
    return () => window.removeEventListener(SHOW_SEGMENTS_EVENT, onShow);
  });

  const button = "rounded-md border border-stone-300 bg-white px-3 py-1 text-xs font-medium text-stone-700 hover:bg-stone-100 disabled:opacity-50";
  const paged = first > 0 || end < props.total;
  return (
    <div ref={list} className="space-y-2">
      {paged ? (
        <p className="text-xs text-stone-600" aria-live="polite">
          {busy ? t.loading : fmt(t.range, { from: first + 1, to: end, total: props.total })}
        </p>
      ) : null}
      {first > 0 ? (
        <button type="button" className={button} disabled={busy} onClick={() => void earlier()}>
          {t.earlier}
        </button>
      ) : null}
      <TranscriptList segments={lines} label={m.doc.transcript} correctedHint={props.correctedHint} lowConfidence={m.doc.lowConfidence} />
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
      {end < props.total ? (
        <button type="button" className={button} disabled={busy} onClick={() => void later()}>
          {t.later}
        </button>
      ) : null}
    </div>
  );
}
