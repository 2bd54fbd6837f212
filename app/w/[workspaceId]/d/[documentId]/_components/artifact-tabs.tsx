import Link from "next/link";
import { getArtifact, listArtifactVersions } from "@/lib/db/artifacts";
import { env } from "@/lib/env";
import type { Messages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { MinutesView } from "@/components/minutes-view";
import { CitationLinks } from "./citation-link";
import { RegenerateButton } from "./regenerate-button";
import { SlidesPanel } from "./slides-panel";

interface TabProps {
  workspaceId: string;
  documentId: string;
  version?: number;
  canEdit: boolean;
  labels: Record<number, string>;
  m: Messages;
}

function engineName(a: { engine: string; model: string | null }, m: Messages) {
  return a.engine === "llm" ? (a.model ?? m.doc.engineLlm) : m.doc.engineLocal;
}

/** Minutes: the chosen (or latest) version, links to the others, and regenerate. */
export async function MinutesTab({ workspaceId, documentId, version, canEdit, labels, m }: TabProps) {
  const [minutes, versions] = await Promise.all([getArtifact(workspaceId, documentId, "minutes", version), listArtifactVersions(workspaceId, documentId, "minutes")]);
  if (!minutes) return <p className="text-sm text-stone-600">{m.minutes.notReady}</p>;
  const base = `/w/${workspaceId}/d/${documentId}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-xs text-stone-600">
        <span>{fmt(m.doc.version, { v: minutes.version, engine: engineName(minutes, m) })}</span>
        {versions.length > 1
          ? versions.map((v) => (
              <Link key={v.version} href={`${base}?tab=minutes&v=${v.version}`} aria-current={v.version === minutes.version ? "true" : undefined} className="underline-offset-2 hover:underline aria-[current]:font-semibold">
                v{v.version}
              </Link>
            ))
          : null}
        <span className="ml-auto flex flex-wrap items-center gap-2">
          {canEdit ? <RegenerateButton workspaceId={workspaceId} documentId={documentId} kind="minutes" currentVersion={versions[0]?.version ?? minutes.version} llmAvailable={Boolean(env().MODEL_BASE_URL)} /> : null}
        </span>
      </div>
      <MinutesView
        minutes={minutes.content}
        m={m}
        cite={(x) => <CitationLinks citations={x.citations} labels={labels} unverified={!x.verified} unverifiedText={{ label: m.doc.unverified, hint: m.doc.unverifiedHint }} />}
        chapterAction={
          canEdit
            ? (i) => <RegenerateButton workspaceId={workspaceId} documentId={documentId} kind="minutes" topicIndex={i} currentVersion={versions[0]?.version ?? minutes.version} llmAvailable={Boolean(env().MODEL_BASE_URL)} />
            : undefined
        }
      />
    </div>
  );
}

/** Slides: preview and editor of the chosen version, plus regenerate. */
export async function SlidesTab({ workspaceId, documentId, version, canEdit, labels, m }: TabProps) {
  const [slides, versions] = await Promise.all([getArtifact(workspaceId, documentId, "slides", version), listArtifactVersions(workspaceId, documentId, "slides")]);
  if (!slides) return <p className="text-sm text-stone-600">{m.slides.none}</p>;
  return (
    <div className="space-y-4">
      {canEdit ? (
        <div className="flex justify-end">
          <RegenerateButton workspaceId={workspaceId} documentId={documentId} kind="slides" currentVersion={versions[0]?.version ?? slides.version} llmAvailable={Boolean(env().MODEL_BASE_URL)} />
        </div>
      ) : null}
      <SlidesPanel workspaceId={workspaceId} documentId={documentId} slides={slides} versions={versions} labels={labels} canEdit={canEdit} />
    </div>
  );
}
