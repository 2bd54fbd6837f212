import type { MinutesContent } from "@/lib/db/artifacts";
import type { Messages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { formatClock } from "@/lib/format";

export interface Citable {
  citations: number[];
  verified: boolean;
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
}: {
  minutes: MinutesContent;
  m: Messages;
  cite: (item: Citable) => React.ReactNode;
  /** Per-chapter controls (regenerate one chapter), for those who may edit. */
  chapterAction?: (index: number) => React.ReactNode;
}) {
  const { coverage } = minutes;
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
              <li key={i}>
                {p.text}
                {cite(p)}
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
              <li key={i} className="text-sm">
                <p className="font-medium text-stone-900">
                  {t.startMs != null ? <span className="mr-2 font-mono text-xs text-stone-500">{formatClock(t.startMs)}</span> : null}
                  {t.title}
                  {chapterAction ? <span className="ml-2 align-middle">{chapterAction(i)}</span> : null}
                </p>
                <p className="mt-0.5 leading-relaxed text-stone-700">
                  {t.summary}
                  {cite(t)}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-stone-600">{m.minutes.none}</p>
        )}
      </Section>
      <Section title={m.minutes.decisions}>
        {minutes.decisions.length ? (
          <ul className="list-disc space-y-1.5 pl-5 text-sm">
            {minutes.decisions.map((d, i) => (
              <li key={i}>
                {d.text}
                {cite(d)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{m.minutes.none}</p>
        )}
      </Section>
    </div>
  );
}
