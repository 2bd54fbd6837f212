"use client";
import { seekRecording } from "./recording-player";

export const SHOW_SEGMENTS_EVENT = "jiyao:show-segments";
export type ShowSegmentsRequest = { indexes: number[]; play?: boolean };

/**
 * Scrolls the transcript to the cited lines and highlights them. Works on the DOM of the transcript
 * list (`#seg-N`), so any panel — minutes, to-dos, answers — can cite without sharing state.
 */
export function showSegments(indexes: number[], opts: { play?: boolean } = {}) {
  // A long transcript shows one page of lines: a line outside it is loaded first (transcript-window.tsx),
  // which calls this again once the line is on the page.
  if (indexes.length && !document.getElementById(`seg-${indexes[0]}`)) {
    window.dispatchEvent(new CustomEvent<ShowSegmentsRequest>(SHOW_SEGMENTS_EVENT, { detail: { indexes, play: opts.play } }));
    return;
  }
  for (const el of document.querySelectorAll("[data-segment].cited")) el.classList.remove("cited");
  const els = indexes.map((i) => document.getElementById(`seg-${i}`)).filter((el): el is HTMLElement => !!el);
  for (const el of els) el.classList.add("cited");
  if (els[0]) scrollWithinTranscript(els[0]);
  els[0]?.focus({ preventScroll: true });
  // On a recording's page a clicked citation also plays from the cited line.
  const startMs = els[0]?.dataset.startMs;
  if (opts.play && startMs) seekRecording(Number(startMs));
}

/**
 * Scrolls the transcript's own column to the line, leaving the page where it is (scrollIntoView would
 * also scroll the window, moving the panel the reader clicked in). When the column itself is out of
 * view (one column on a phone), the page scrolls to it first.
 */
export function scrollWithinTranscript(el: HTMLElement) {
  const column = el.closest<HTMLElement>("[data-testid=transcript-column]");
  if (!column || column.scrollHeight <= column.clientHeight) return el.scrollIntoView({ behavior: "smooth", block: "center" });
  const box = column.getBoundingClientRect();
  if (box.bottom < 0 || box.top > window.innerHeight) column.scrollIntoView({ block: "nearest" });
  const offset = el.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop;
  column.scrollTo({ top: offset - column.clientHeight / 2 + el.offsetHeight / 2, behavior: "smooth" });
}

export function CitationLinks({
  citations,
  labels,
  unverified,
  unverifiedText,
}: {
  citations: number[];
  labels: Record<number, string>;
  unverified?: boolean;
  unverifiedText?: { label: string; hint: string };
}) {
  if (!citations.length && !unverified) return null;
  return (
    <span className="ml-1 inline-flex flex-wrap items-center gap-1 align-baseline">
      {citations.map((c) => (
        <button
          key={c}
          type="button"
          onClick={() => showSegments([c], { play: true })}
          className="rounded bg-brand-50 px-1.5 py-0.5 font-mono text-[11px] text-brand-700 hover:bg-brand-100"
          aria-label={`${labels[c] ?? `#${c + 1}`}`}
          data-cite={c}
        >
          {labels[c] ?? `#${c + 1}`}
        </button>
      ))}
      {unverified && unverifiedText ? (
        <span title={unverifiedText.hint} className="rounded bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium text-amber-900">
          {unverifiedText.label}
        </span>
      ) : null}
    </span>
  );
}
