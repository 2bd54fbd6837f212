import Link from "next/link";
import { getArtifact, listArtifactVersions } from "@/lib/db/artifacts";
import { minutesWithSpeakers, slidesWithSpeakers } from "@/lib/db/speaker-read";
import type { SpeakerMapData } from "@/lib/text/speaker-map";
import { modelConfigured } from "@/lib/db/workspace-settings";
import type { Messages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { MinutesView, type EditTarget } from "@/components/minutes-view";
import { AddDecision, MinutesItemEditor, type EditableItem } from "./minutes-editor";
import { CitationLinks } from "./citation-link";
import { RegenerateButton } from "./regenerate-button";
import { SlidesPanel } from "./slides-panel";
import { TemplatePicker } from "./template-picker";
import { TemplateSections } from "@/components/template-sections";
import { documentTemplateId, listCustomTemplates } from "@/lib/db/meeting-templates";
import { BUILTIN_TEMPLATES } from "@/lib/engine/templates";
import { minutesRecipients } from "@/lib/db/mail-recipients";
import { mailConfig } from "@/lib/mail/transport";
import { EmailMinutes } from "./email-minutes";

interface TabProps {
  workspaceId: string;
  documentId: string;
  version?: number;
  canEdit: boolean;
  labels: Record<number, string>;
  m: Messages;
  /** Speakers as people named them, applied to what the engine wrote before. */
  speakerMap: SpeakerMapData;
}

function engineName(a: { engine: string; model: string | null }, m: Messages) {
  return a.engine === "llm" ? (a.model ?? m.doc.engineLlm) : m.doc.engineLocal;
}

function editableItem(t: EditTarget): EditableItem {
  if (t.kind === "chapter") return { kind: "chapter", index: t.index, title: t.item.title, summary: t.item.summary, citations: t.item.citations };
  return { kind: t.kind, index: t.index, text: t.item.text, citations: t.item.citations };
}

/** Minutes: the chosen (or latest) version, links to the others, and regenerate. */
export async function MinutesTab({ workspaceId, documentId, version, canEdit, labels, m, speakerMap }: TabProps) {
  // One round trip of queries, not two: the template reads do not depend on the minutes row.
  const [stored, versions, llmAvailable, chosen, custom] = await Promise.all([
    getArtifact(workspaceId, documentId, "minutes", version),
    listArtifactVersions(workspaceId, documentId, "minutes"),
    modelConfigured(workspaceId),
    documentTemplateId(workspaceId, documentId),
    listCustomTemplates(workspaceId),
  ]);
  if (!stored) return <p className="text-sm text-stone-600">{m.minutes.notReady}</p>;
  const minutes = { ...stored, content: minutesWithSpeakers(stored.content, speakerMap) };
  const zh = minutes.content.lang !== "en";
  const options = [...Object.values(BUILTIN_TEMPLATES).map((t) => ({ id: t.id, name: zh ? t.name.zh : t.name.en })), ...custom.map((t) => ({ id: t.id, name: t.name }))];
  const cite = (x: { citations: number[]; verified: boolean }) => (
    <CitationLinks citations={x.citations} labels={labels} unverified={!x.verified} unverifiedText={{ label: m.doc.unverified, hint: m.doc.unverifiedHint }} />
  );
  const base = `/w/${workspaceId}/d/${documentId}`;
  const latest = versions[0]?.version ?? minutes.version;
  // Edits start from the latest version only, so an edit never silently drops a newer one.
  const editable = canEdit && minutes.version === latest;
  const scope = { workspaceId, documentId, baseVersion: minutes.version };
  const mail = mailConfig();
  const attendees = canEdit && mail.configured ? await minutesRecipients(workspaceId, documentId) : [];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-xs text-stone-600">
        <span>{fmt(m.doc.version, { v: minutes.version, engine: engineName(minutes, m) })}</span>
        {canEdit && !editable ? <span>{fmt(m.minutes.oldVersion, { v: minutes.version })}</span> : null}
        {versions.length > 1
          ? versions.map((v) => (
              <Link
                key={v.version}
                href={`${base}?tab=minutes&v=${v.version}`}
                aria-current={v.version === minutes.version ? "true" : undefined}
                className="underline-offset-2 hover:underline aria-[current]:font-semibold"
              >
                v{v.version}
              </Link>
            ))
          : null}
        <span className="ml-auto flex flex-wrap items-center gap-2">
          {canEdit ? (
            <EmailMinutes workspaceId={workspaceId} documentId={documentId} version={version} missing={mail.configured ? null : mail.missing} attendees={attendees} />
          ) : null}
          {canEdit ? (
            <RegenerateButton
              workspaceId={workspaceId}
              documentId={documentId}
              kind="minutes"
              currentVersion={versions[0]?.version ?? minutes.version}
              llmAvailable={llmAvailable}
            />
          ) : null}
        </span>
      </div>
      <TemplatePicker
        workspaceId={workspaceId}
        documentId={documentId}
        current={minutes.content.template ? { id: minutes.content.template.id, name: minutes.content.template.name, detected: minutes.content.template.detected } : null}
        chosen={chosen ?? "auto"}
        options={options}
        latestVersion={latest}
        canEdit={canEdit}
      />
      {minutes.content.template ? <TemplateSections template={minutes.content.template} m={m} cite={cite} /> : null}
      <MinutesView
        minutes={minutes.content}
        m={m}
        cite={cite}
        chapterAction={
          canEdit
            ? (i) => (
                <RegenerateButton
                  workspaceId={workspaceId}
                  documentId={documentId}
                  kind="minutes"
                  topicIndex={i}
                  currentVersion={versions[0]?.version ?? minutes.version}
                  llmAvailable={llmAvailable}
                />
              )
            : undefined
        }
        editable={
          editable
            ? (target, shown) => (
                <MinutesItemEditor scope={scope} item={editableItem(target)} labels={labels}>
                  {shown}
                </MinutesItemEditor>
              )
            : undefined
        }
        decisionsFooter={editable ? <AddDecision scope={scope} /> : undefined}
      />
    </div>
  );
}

/** Slides: preview and editor of the chosen version, plus regenerate. */
export async function SlidesTab({ workspaceId, documentId, version, canEdit, labels, m, speakerMap }: TabProps) {
  const [stored, versions, llmAvailable] = await Promise.all([
    getArtifact(workspaceId, documentId, "slides", version),
    listArtifactVersions(workspaceId, documentId, "slides"),
    modelConfigured(workspaceId),
  ]);
  if (!stored) return <p className="text-sm text-stone-600">{m.slides.none}</p>;
  const slides = { ...stored, content: slidesWithSpeakers(stored.content, speakerMap) };
  return (
    <div className="space-y-4">
      {canEdit ? (
        <div className="flex justify-end">
          <RegenerateButton workspaceId={workspaceId} documentId={documentId} kind="slides" currentVersion={versions[0]?.version ?? slides.version} llmAvailable={llmAvailable} />
        </div>
      ) : null}
      <SlidesPanel workspaceId={workspaceId} documentId={documentId} slides={slides} versions={versions} labels={labels} canEdit={canEdit} />
    </div>
  );
}
