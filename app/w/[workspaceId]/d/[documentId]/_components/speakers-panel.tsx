"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { linkSpeaker, mergeSpeakers, renameSpeaker, undoSpeakerChange } from "@/lib/actions/speakers";
import type { ActionResult } from "@/lib/actions/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

export interface SpeakerRow {
  name: string;
  labels: string[];
  userId: string | null;
  lines: number;
}

const selectClass = "rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

/** Rename, merge, link and undo for a meeting's speakers; every change is a new speaker-map version. */
export function SpeakersPanel(props: {
  workspaceId: string;
  documentId: string;
  version: number;
  canUndo: boolean;
  canEdit: boolean;
  speakers: SpeakerRow[];
  members: { id: string; name: string }[];
}) {
  const { workspaceId, documentId, version, speakers, members, canEdit } = props;
  const router = useRouter();
  const { m } = useI18n();
  const t = m.meetings.speakers;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scope = { workspaceId, documentId, baseVersion: version };

  async function run(call: () => Promise<ActionResult<unknown>>) {
    setPending(true);
    setError(null);
    const res = await call();
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }

  return (
    <details className="mb-3 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm" data-testid="speakers-panel">
      <summary className="cursor-pointer select-none font-medium text-stone-800">{fmt(t.title, { n: speakers.length })}</summary>
      <p className="mt-2 text-xs text-stone-600">{t.intro}</p>
      {canEdit && props.canUndo ? (
        <Button type="button" variant="secondary" className="mt-2" disabled={pending} onClick={() => run(() => undoSpeakerChange(scope))}>
          {t.undo}
        </Button>
      ) : null}
      {error ? (
        <div className="mt-2">
          <Alert>{error}</Alert>
        </div>
      ) : null}
      <ul className="mt-2 divide-y divide-stone-200">
        {speakers.map((s) => (
          <li key={s.name} className="space-y-1.5 py-2" data-testid="speaker-row" data-speaker={s.name}>
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium text-stone-900">{s.name}</span>
              <span className="text-xs text-stone-500">{fmt(t.lines, { n: s.lines })}</span>
              {s.labels.some((l) => l !== s.name) ? <span className="text-xs text-stone-500">{fmt(t.recordedAs, { labels: s.labels.join(", ") })}</span> : null}
            </div>
            {canEdit ? (
              <div className="flex flex-wrap items-center gap-2">
                <form
                  className="flex items-center gap-1"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const to = String(new FormData(e.currentTarget).get("to") ?? "");
                    void run(() => renameSpeaker({ ...scope, from: s.name, to }));
                  }}
                >
                  <Input name="to" aria-label={fmt(t.newName, { name: s.name })} defaultValue={s.name} maxLength={100} className="w-36 py-1" required />
                  <Button type="submit" variant="secondary" disabled={pending}>
                    {t.rename}
                  </Button>
                </form>
                {speakers.length > 1 ? (
                  <form
                    className="flex items-center gap-1"
                    onSubmit={(e) => {
                      e.preventDefault();
                      const into = String(new FormData(e.currentTarget).get("into") ?? "");
                      if (into) void run(() => mergeSpeakers({ ...scope, from: s.name, into }));
                    }}
                  >
                    <select name="into" aria-label={fmt(t.mergeInto, { name: s.name })} className={selectClass} defaultValue="">
                      <option value="">{fmt(t.mergeInto, { name: s.name })}</option>
                      {speakers
                        .filter((o) => o.name !== s.name)
                        .map((o) => (
                          <option key={o.name} value={o.name}>
                            {o.name}
                          </option>
                        ))}
                    </select>
                    <Button type="submit" variant="secondary" disabled={pending}>
                      {t.merge}
                    </Button>
                  </form>
                ) : null}
                <select
                  aria-label={fmt(t.member, { name: s.name })}
                  className={selectClass}
                  value={s.userId ?? ""}
                  disabled={pending}
                  onChange={(e) => {
                    const userId = e.target.value;
                    void run(() => linkSpeaker({ ...scope, name: s.name, userId }));
                  }}
                >
                  <option value="">{t.noMember}</option>
                  {members.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
