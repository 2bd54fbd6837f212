import type { MinutesContent } from "@/lib/db/artifacts";
import type { Messages } from "@/lib/i18n/server";
import { formatClock } from "@/lib/format";

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-600">{title}</h2>
      {children}
    </section>
  );
}

/**
 * Cited lines as labels. With the transcript on the page they jump to the line (#seg-N); without it
 * they stay plain text, since there is nothing the reader may open.
 */
function Citations({ citations, labels, linked, unverified, m }: { citations: number[]; labels: Record<number, string>; linked: boolean; unverified: boolean; m: Messages }) {
  if (!citations.length && !unverified) return null;
  const chip = "rounded bg-brand-50 px-1.5 py-0.5 font-mono text-[11px] text-brand-700";
  return (
    <span className="ml-1 inline-flex flex-wrap items-center gap-1 align-baseline">
      {citations.map((c) => {
        const label = labels[c] ?? `#${c + 1}`;
        return linked ? (
          <a key={c} href={`#seg-${c}`} className={`${chip} hover:bg-brand-100`} data-cite={c}>
            {label}
          </a>
        ) : (
          <span key={c} className={chip} data-cite={c}>
            {label}
          </span>
        );
      })}
      {unverified ? (
        <span title={m.doc.unverifiedHint} className="rounded bg-amber-100 px-1.5 py-0.5 text-[11px] font-medium text-amber-900">
          {m.doc.unverified}
        </span>
      ) : null}
    </span>
  );
}

export function SharedMinutes({ minutes, labels, linked, m }: { minutes: MinutesContent; labels: Record<number, string>; linked: boolean; m: Messages }) {
  const cite = (x: { citations: number[]; verified: boolean }) => <Citations citations={x.citations} labels={labels} linked={linked} unverified={!x.verified} m={m} />;
  const none = <p className="text-sm text-stone-600">{m.minutes.none}</p>;
  return (
    <div className="space-y-6">
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
          none
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
                </p>
                <p className="mt-0.5 leading-relaxed text-stone-700">
                  {t.summary}
                  {cite(t)}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          none
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
          none
        )}
      </Section>
    </div>
  );
}
