import { formatClock } from "@/lib/format";

import type { SegmentView } from "@/lib/citations";
import type { CorrectedPiece } from "@/lib/text/glossary";

/** A line as shown: `pieces` when the glossary corrected some words (the recorded ones stay in `text`). */
export type TranscriptLine = SegmentView & { pieces?: CorrectedPiece[] };

/**
 * A glossary correction shows the term, marked, with what was recorded in its title; inside a
 * `group` with data-show-original="true" (the transcript's toggle) the recorded words show instead.
 */
function Corrected({ pieces, hint }: { pieces: CorrectedPiece[]; hint?: string }) {
  return pieces.map((p, i) =>
    p.original === undefined ? (
      <span key={i}>{p.text}</span>
    ) : (
      <span key={i}>
        <mark
          className="rounded-sm bg-emerald-50 text-inherit underline decoration-emerald-500 decoration-dotted underline-offset-2 group-data-[show-original=true]:hidden"
          title={hint ? hint.replace("{original}", p.original) : p.original}
          data-glossary-original={p.original}
        >
          {p.text}
        </mark>
        <span className="hidden bg-amber-50 group-data-[show-original=true]:inline" data-glossary-recorded>
          {p.original}
        </span>
      </span>
    ),
  );
}
import { isLowConfidence } from "@/lib/text/ocr-confidence";

// Stable colour per speaker: the same person keeps a colour across reloads and documents.
const SPEAKER_COLOURS = ["text-sky-800", "text-rose-800", "text-emerald-800", "text-violet-800", "text-amber-800", "text-teal-800", "text-fuchsia-800", "text-lime-800"];

function colourFor(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return SPEAKER_COLOURS[h % SPEAKER_COLOURS.length];
}

/** The transcript or document text, one item per segment (`#seg-N`, the target of every citation). */
/** `lowConfidence` labels OCR lines read with low confidence ("{n}" = the percentage): shown, marked, never hidden. */
export function TranscriptList({ segments, label, correctedHint, lowConfidence }: { segments: TranscriptLine[]; label: string; correctedHint?: string; lowConfidence?: string }) {
  let lastHeading = "";
  return (
    <ol className="space-y-2" aria-label={label}>
      {segments.map((s) => {
        const heading = s.headingPath.join(" › ");
        const showHeading = heading && heading !== lastHeading;
        lastHeading = heading || lastHeading;
        return (
          <li
            key={s.index}
            id={`seg-${s.index}`}
            data-segment={s.index}
            data-start-ms={s.startMs ?? undefined}
            tabIndex={-1}
            className="scroll-mt-24 rounded px-1 py-0.5 outline-none target:bg-amber-50"
          >
            {showHeading ? <h3 className="mb-1 mt-4 text-sm font-semibold text-stone-800">{heading}</h3> : null}
            <div className="flex gap-3">
              <span className="w-14 shrink-0 pt-0.5 text-right font-mono text-xs text-stone-500">
                {s.startMs != null ? formatClock(s.startMs) : s.page != null ? `p.${s.page}` : s.index + 1}
              </span>
              <p className="text-sm leading-relaxed text-stone-800">
                {s.speaker ? <span className={`mr-2 font-medium ${colourFor(s.speaker)}`}>{s.speaker}</span> : null}
                {isLowConfidence(s.confidence) ? (
                  <span
                    data-low-confidence="true"
                    className="rounded bg-amber-100 underline decoration-amber-600 decoration-dotted underline-offset-4"
                    title={(lowConfidence ?? "{n}%").replace("{n}", String(Math.round((s.confidence ?? 0) * 100)))}
                  >
                    {s.text}
                    <span className="sr-only"> ({(lowConfidence ?? "{n}%").replace("{n}", String(Math.round((s.confidence ?? 0) * 100)))})</span>
                  </span>
                ) : s.pieces ? (
                  <Corrected pieces={s.pieces} hint={correctedHint} />
                ) : (
                  s.text
                )}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
