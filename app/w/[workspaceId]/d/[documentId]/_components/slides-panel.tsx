"use client";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SlidesContent } from "@/lib/db/artifacts";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { SlidesEditor } from "./slides-editor";
import { SlidesPreview } from "./slides-preview";

export interface SlidesPanelProps {
  workspaceId: string;
  documentId: string;
  /** The version shown (the latest, or `?v=`), as `getArtifact(…, "slides", v)` returns it. */
  slides: { version: number; engine: string; model: string | null; content: SlidesContent };
  /** Every version of the deck, as `listArtifactVersions(…, "slides")` returns them. */
  versions: { version: number }[];
  /** Segment index → citation label, as for the minutes. */
  labels: Record<number, string>;
  /** Members and up may edit. */
  canEdit: boolean;
}

/** A document's deck: the preview with its version line, or (for members who choose to) the editor. */
export function SlidesPanel({ workspaceId, documentId, slides, versions, labels, canEdit }: SlidesPanelProps) {
  const { m } = useI18n();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const base = `/w/${workspaceId}/d/${documentId}`;
  const { outline, edited } = slides.content;
  const numbers = versions.map((v) => v.version).sort((a, b) => a - b);
  const latest = Math.max(slides.version, ...numbers);

  function startEditing() {
    setEditing(true);
    setSaved(null);
  }

  if (editing) {
    return (
      <SlidesEditor
        workspaceId={workspaceId}
        documentId={documentId}
        slides={slides}
        latest={latest}
        onSaved={(v) => {
          setEditing(false);
          setSaved(v);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }

  const versionLine = (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-600">
      <span>
        {fmt(m.slides.version, { v: slides.version })} · {slides.engine === "llm" ? (slides.model ?? m.doc.engineLlm) : m.doc.engineLocal}
        {edited ? ` · ${m.slides.edited}` : ""}
      </span>
      {numbers.length > 1 ? (
        <nav aria-label={m.slides.versions} className="flex items-center gap-1">
          <span>{m.slides.versions}</span>
          {numbers.map((v) => (
            <Link
              key={v}
              href={`${base}?tab=slides&v=${v}`}
              scroll={false}
              aria-current={v === slides.version ? "page" : undefined}
              className="rounded px-1 underline-offset-2 hover:underline aria-[current=page]:bg-stone-200 aria-[current=page]:font-medium"
            >
              v{v}
            </Link>
          ))}
        </nav>
      ) : null}
    </div>
  );

  return (
    <div className="space-y-4" data-testid="slides-panel">
      <div className="flex flex-wrap items-start justify-between gap-3">
        {versionLine}
        {canEdit ? (
          <Button variant="secondary" onClick={startEditing}>
            {m.slides.edit}
          </Button>
        ) : null}
      </div>
      {saved ? <Alert tone="success">{fmt(m.slides.saved, { v: saved })}</Alert> : null}
      {slides.version < latest ? (
        <p className="text-sm text-stone-700">
          {fmt(m.slides.viewingOld, { v: slides.version, latest })}{" "}
          <Link href={`${base}?tab=slides`} className="text-brand-700 underline-offset-2 hover:underline">
            {m.slides.showLatest}
          </Link>
        </p>
      ) : null}
      <SlidesPreview outline={outline} labels={labels} />
    </div>
  );
}
