import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { requirePageMember } from "@/lib/auth/page-guards";
import { getSettingsView } from "@/lib/db/workspace-settings";
import { env } from "@/lib/env";
import { fmt } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/server";
import { DefaultsForm, RetentionForm } from "./_components/defaults-form";
import { EndpointForm } from "./_components/endpoint-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Settings" };

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {intro ? <p className="text-sm text-stone-600">{intro}</p> : null}
      <Card className="p-4">{children}</Card>
    </section>
  );
}

/** General settings: endpoints (keys shown only as "set ••••1234"), defaults, retention, the workspace export. */
export default async function SettingsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  await requirePageMember(workspaceId, "admin");
  const { m } = await getMessages();
  const g = m.settings.general;
  const view = await getSettingsView(workspaceId);
  const e = env() as ReturnType<typeof env> & { SPEECH_BASE_URL?: string };
  // Only the server default's host and model: an env URL may carry credentials in its query.
  const serverModel = e.MODEL_BASE_URL ? `${new URL(e.MODEL_BASE_URL).host}${e.MODEL_NAME ? ` · ${e.MODEL_NAME}` : ""}` : null;
  const serverSpeech = e.SPEECH_BASE_URL ? new URL(e.SPEECH_BASE_URL).host : null;
  return (
    <div className="space-y-8">
      <Section id="model-heading" title={g.modelTitle} intro={g.modelIntro}>
        <p className="mb-3 text-xs text-stone-500">{serverModel ? fmt(g.serverDefault, { value: serverModel }) : g.noServerDefault}</p>
        <EndpointForm workspaceId={workspaceId} section="model" saved={view.model} />
      </Section>
      <Section id="speech-heading" title={g.speechTitle} intro={g.speechIntro}>
        <p className="mb-3 text-xs text-stone-500">{serverSpeech ? fmt(g.serverDefault, { value: serverSpeech }) : g.noServerDefault}</p>
        <EndpointForm workspaceId={workspaceId} section="speech" saved={{ baseUrl: view.speech.baseUrl, name: view.speech.model, keyHint: view.speech.keyHint }} />
      </Section>
      <Section id="defaults-heading" title={g.defaultsTitle}>
        <DefaultsForm workspaceId={workspaceId} engine={view.defaultEngine} language={view.defaultLanguage} />
      </Section>
      <Section id="retention-heading" title={g.retentionTitle} intro={g.retentionIntro}>
        <p className="mb-3 text-sm text-stone-700">{fmt(g.retentionNow, { value: view.retentionDays === null ? g.forever : fmt(g.keptDays, { n: view.retentionDays }) })}</p>
        <RetentionForm workspaceId={workspaceId} days={view.retentionDays} />
      </Section>
      <Section id="export-heading" title={g.exportTitle} intro={g.exportIntro}>
        {/* A plain link: the browser streams the download itself. */}
        <a href={`/w/${workspaceId}/settings/export.zip`} className={buttonClass("secondary")} download>
          {g.exportButton}
        </a>
      </Section>
    </div>
  );
}
