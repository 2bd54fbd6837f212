import type { MinutesContent } from "@/lib/db/artifacts";
import type { Decision, SummaryPoint, Topic } from "@/lib/engine/types";
import type { Messages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { formatClock } from "@/lib/format";

export interface Citable {
  citations: number[];
  verified: boolean;
}

/** An item a person may correct in place, with where it sits in the minutes. */
export type EditTarget =
  | { kind: "summary"; index: number; item: SummaryPoint }
  | { kind: "chapter"; index: number; item: Topic }
  | { kind: "decision"; index: number; item: Decision };

/** "edited" / "added" beside an item a person changed, so nobody takes it for the engine's output. */
function EditedMark({ edited, m }: { edited: SummaryPoint["edited"]; m: Messages }) {
  if (!edited) return null;
  const hint = edited.by ? fmt(m.minutes.editedBy, { name: edited.by }) : undefined;
  return (
    <span title={hint} className="ml-1 rounded bg-sky-50 px-1.5 py-0.5 align-baseline text-[11px] font-medium text-sky-900" data-testid="edited-mark">
      {edited.added ? m.minutes.added : m.minutes.edited}
    </span>
  );
}

const bare = (t: string) =>
  t
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");

/**
 * The verbatim words an item rests on, when the item's text is the engine's (cleaned, attributed)
 * wording rather than the quote itself: what was said stays visible as a quote, and the wording
 * is never passed off as one.
 */
function Said({ item, m }: { item: { text: string; evidence?: string[] }; m: Messages }) {
  const quotes = (item.evidence ?? []).map((q) => q.trim()).filter(Boolean);
  if (!quotes.length || bare(quotes.join("")) === bare(item.text)) return null;
  return (
    <details className="mt-0.5 text-xs text-stone-500" data-testid="said">
      <summary className="cursor-pointer select-none" title={m.minutes.saidHint}>
        {m.minutes.said}
      </summary>
      <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 italic">{quotes.join(" … ")}</blockquote>
    </details>
  );
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-600">{title}</h2>
      {children}
    </section>
  );
}

/**
 * Summary, chapters and decisions. `cite` renders an item's sources: clickable in the app, plain
 * labels (or in-page anchors) on a public share page.
 */
export function MinutesView({
  minutes,
  m,
  cite,
  chapterAction,
  editable,
  decisionsFooter,
  quotes = true,
}: {
  minutes: MinutesContent;
  m: Messages;
  cite: (item: Citable) => React.ReactNode;
  /** Per-chapter controls (regenerate one chapter), for those who may edit. */
  chapterAction?: (index: number) => React.ReactNode;
  /** Wraps an item in its in-place editor, for those who may edit; `shown` is the item as read. */
  editable?: (target: EditTarget, shown: React.ReactNode) => React.ReactNode;
  /** Below the decisions (the "add a decision" form), for those who may edit. */
  decisionsFooter?: React.ReactNode;
  /** Show the verbatim quotes under reworded points; off where the transcript itself is not shown (a share link without it). */
  quotes?: boolean;
}) {
  const { coverage } = minutes;
  const wrap = (target: EditTarget, shown: React.ReactNode) => (editable ? editable(target, shown) : shown);
  return (
    <div className="space-y-6">
      {coverage.failed.length ? (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {fmt(m.doc.coverage, { failed: coverage.failed.length, total: coverage.chunksTotal })}
        </p>
      ) : null}
      <Section title={m.minutes.summary}>
        {minutes.summary.length ? (
          <ul className="list-disc space-y-1.5 pl-5 text-sm leading-relaxed" data-testid="summary">
            {minutes.summary.map((p, i) => (
              <li key={i} data-testid="summary-point">
                {wrap(
                  { kind: "summary", index: i, item: p },
                  <>
                    <span data-testid="item-text">{p.text}</span>
                    {cite(p)}
                    <EditedMark edited={p.edited} m={m} />
                    {quotes ? <Said item={p} m={m} /> : null}
                  </>,
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{m.minutes.none}</p>
        )}
      </Section>
      <Section title={m.minutes.chapters}>
        {minutes.topics.length ? (
          <ol className="space-y-3">
            {minutes.topics.map((t, i) => (
              <li key={i} className="text-sm" data-testid="chapter">
                {wrap(
                  { kind: "chapter", index: i, item: t },
                  <>
                    <p className="font-medium text-stone-900">
                      {t.startMs != null ? <span className="mr-2 font-mono text-xs text-stone-500">{formatClock(t.startMs)}</span> : null}
                      {t.title}
                      <EditedMark edited={t.edited} m={m} />
                      {chapterAction ? <span className="ml-2 align-middle">{chapterAction(i)}</span> : null}
                    </p>
                    <p className="mt-0.5 leading-relaxed text-stone-700">
                      {t.summary}
                      {cite(t)}
                    </p>
                  </>,
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-stone-600">{m.minutes.none}</p>
        )}
      </Section>
      <Section title={m.minutes.decisions}>
        {minutes.decisions.length ? (
          <ul className="list-disc space-y-1.5 pl-5 text-sm" data-testid="decisions">
            {minutes.decisions.map((d, i) => (
              <li key={i} data-testid="decision">
                {wrap(
                  { kind: "decision", index: i, item: d },
                  <>
                    {d.text}
                    {cite(d)}
                    <EditedMark edited={d.edited} m={m} />
                  </>,
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{m.minutes.none}</p>
        )}
        {decisionsFooter}
      </Section>
    </div>
  );
}
