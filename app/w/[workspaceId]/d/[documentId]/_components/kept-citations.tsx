"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

/**
 * An edited item's citations, each with a remove button. There is deliberately no way to add one:
 * every line an item cites was cited by the engine and checked against the source.
 */
export function KeptCitations({ kept, labels, onRemove }: { kept: number[]; labels: Record<number, string>; onRemove: (c: number) => void }) {
  const { m } = useI18n();
  return (
    <div className="space-y-1">
      <p className="text-xs font-medium text-stone-700">{m.minutes.sources}</p>
      {kept.length ? (
        <ul className="flex flex-wrap gap-1.5">
          {kept.map((c) => (
            <li key={c} className="inline-flex items-center gap-1 rounded bg-brand-50 px-1.5 py-0.5 font-mono text-[11px] text-brand-700">
              {labels[c] ?? `#${c + 1}`}
              <button
                type="button"
                className="rounded px-1 text-stone-600 hover:bg-brand-100 hover:text-stone-900"
                aria-label={fmt(m.minutes.removeSource, { label: labels[c] ?? `#${c + 1}` })}
                onClick={() => onRemove(c)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-stone-500">{m.minutes.noSources}</p>
      )}
    </div>
  );
}
