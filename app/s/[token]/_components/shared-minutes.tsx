import type { MinutesContent } from "@/lib/db/artifacts";
import type { Messages } from "@/lib/i18n/server";
import { MinutesView } from "@/components/minutes-view";

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
  // Verbatim quotes only where the link shows the transcript they come from.
  return <MinutesView minutes={minutes} m={m} quotes={linked} cite={(x) => <Citations citations={x.citations} labels={labels} linked={linked} unverified={!x.verified} m={m} />} />;
}
