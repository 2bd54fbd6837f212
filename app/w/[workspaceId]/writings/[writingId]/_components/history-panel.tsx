"use client";
import { useEffect, useState } from "react";
import { listWritingVersions, restoreWritingVersion } from "@/lib/actions/writings";
import { Alert } from "@/components/ui/alert";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import type { RichNode } from "@/lib/text/rich-doc";

export interface VersionItem {
  id: string;
  revision: number;
  title: string;
  createdAt: string;
  createdBy: string | null;
}

/** The version history: snapshots newest first, each restorable (the current text is kept as a version first). */
export function HistoryPanel(props: {
  workspaceId: string;
  writingId: string;
  initial: VersionItem[];
  canRestore: boolean;
  currentRevision: () => number;
  onRestored: (r: { revision: number; title: string; content: RichNode }) => void;
}) {
  const { m, locale } = useI18n();
  const t = m.writings.history;
  const [versions, setVersions] = useState(props.initial);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { workspaceId, writingId } = props;

  async function refresh() {
    const res = await listWritingVersions({ workspaceId, writingId });
    if (res.ok) setVersions(res.data);
  }
  // Re-read when the editor remounts this panel after an explicit save (once per mount).
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh reads only props fixed for this mount
  useEffect(() => {
    void refresh();
  }, []);

  async function restore(v: VersionItem) {
    if (!window.confirm(fmt(t.confirmRestore, { n: v.revision }))) return;
    const res = await restoreWritingVersion({ workspaceId, writingId, versionId: v.id, baseRevision: props.currentRevision() });
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    props.onRestored(res.data);
    setMessage({ tone: "success", text: fmt(t.restored, { n: v.revision }) });
    await refresh();
  }

  const when = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en", { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4" aria-label={t.title}>
      <h2 className="mb-2 text-sm font-semibold">{t.title}</h2>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {versions.length === 0 ? <p className="text-sm text-stone-600">{t.empty}</p> : null}
      <ul className="max-h-72 divide-y divide-stone-100 overflow-y-auto text-sm">
        {versions.map((v) => (
          <li key={v.id} className="flex items-center justify-between gap-2 py-1.5">
            <span>
              <span className="font-medium">{fmt(t.revision, { n: v.revision })}</span>
              <span className="block text-xs text-stone-500">
                {when.format(new Date(v.createdAt))}
                {v.createdBy ? ` · ${v.createdBy}` : ""}
              </span>
            </span>
            {props.canRestore ? (
              <button type="button" className="rounded-md border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100" onClick={() => void restore(v)}>
                {t.restore}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
