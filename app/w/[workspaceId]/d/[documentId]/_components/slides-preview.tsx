"use client";
import { Card } from "@/components/ui/card";
import type { SlidesContent } from "@/lib/db/artifacts";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { CitationLinks } from "./citation-link";

/** The deck as it will be exported: a cover, then each slide with its bullets and the lines it cites. */
export function SlidesPreview({ outline, labels }: { outline: SlidesContent["outline"]; labels: Record<number, string> }) {
  const { m } = useI18n();
  const unverifiedText = { label: m.doc.unverified, hint: m.doc.unverifiedHint };
  return (
    <>
      <ol className="space-y-3" aria-label={m.doc.tabs.slides} data-testid="slides-preview">
        <li>
          <div className="flex min-h-32 flex-col justify-center rounded-lg border border-brand-100 bg-brand-50 px-6 py-8 shadow-sm">
            <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{m.slides.cover}</p>
            <h2 className="mt-1 text-2xl font-semibold text-stone-900">{outline.title}</h2>
          </div>
        </li>
        {outline.slides.map((s, i) => (
          <li key={i}>
            <Card className="px-6 py-5">
              <p className="text-xs text-stone-500">{fmt(m.slides.slideN, { n: i + 1 })}</p>
              <h3 className="mt-0.5 text-lg font-semibold text-stone-900">
                {s.title}
                <CitationLinks citations={s.citations} labels={labels} unverified={!s.verified} unverifiedText={unverifiedText} />
              </h3>
              {s.bullets.length ? (
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm leading-relaxed text-stone-800">
                  {s.bullets.map((b, j) => (
                    <li key={j}>{b}</li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-stone-500">{m.slides.noBullets}</p>
              )}
            </Card>
          </li>
        ))}
      </ol>
      {outline.slides.length === 0 ? <p className="text-sm text-stone-600">{m.slides.empty}</p> : null}
    </>
  );
}
