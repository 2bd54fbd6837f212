import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/auto-refresh";
import { isBusy, StatusBadge } from "@/components/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { getArtifact } from "@/lib/db/artifacts";
import { listDisplaySegments } from "@/lib/db/display-segments";
import { getDocument, segmentOutline } from "@/lib/db/documents";
import { TRANSCRIPT_PAGE_LINES } from "@/lib/actions/documents.schema";
import { TranscriptWindow } from "./_components/transcript-window";
import { withSpeakerNames } from "@/lib/db/speaker-read";
import { shownName } from "@/lib/text/speaker-map";
import { listSpeakers } from "@/lib/db/speakers";
import { SpeakersPanel } from "./_components/speakers-panel";
import { roleAtLeast } from "@/lib/db/workspaces";
import { citationLabel } from "@/lib/citations";
import { formatBytes } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { DocTabs, TABS, type Tab } from "./_components/doc-tabs";
import { MinutesTab, SlidesTab } from "./_components/artifact-tabs";
import { ExportMenu } from "./_components/export-menu";
import { OpenAsWritingButton } from "./_components/open-as-writing";
import { AskPanel } from "./_components/ask-panel";
import { OutlinePanel } from "./_components/outline-panel";
import { documentOutline } from "@/lib/api/outline";
import { listQuestions } from "@/lib/db/questions";
import { SharePanel } from "./_components/share-panel";
import { TodosPanel } from "./_components/todos-panel";
import { listEarlierMeetings, listTodos } from "@/lib/db/todos";
import { listMembersForAssign } from "@/lib/db/workspace-todos";
import { listShareLinks } from "@/lib/db/shares";
import { appOrigin } from "@/lib/auth/app-origin";
import { suggestQuestions } from "@/lib/ask-suggestions";
import { RetryButton } from "./_components/retry-button";
import { DocumentTitle } from "./_components/document-actions";
import { LineFromHash } from "./_components/line-from-hash";
import { isMediaMime } from "@/lib/ingest/speech/media";
import { RecordingPlayer } from "./_components/recording-player";
import { WaitingForSpeech } from "./_components/waiting-for-speech";
import { ShowOriginalToggle } from "@/components/show-original-toggle";
import { LiveMeeting } from "./_components/live-meeting";
import { getLiveState } from "@/lib/db/live";
import { env } from "@/lib/env";
import { listQuizzes } from "@/lib/db/quizzes";
import { modelConfigured } from "@/lib/db/workspace-settings";
import { QuizGenerator } from "../../quizzes/_components/quiz-generator";
import { QuizList } from "../../quizzes/_components/quiz-list";
import { collectionsOfDocument, listCollections } from "@/lib/db/collections";
import { DocumentCollections } from "../../_components/collections-panel";

export const dynamic = "force-dynamic";

export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string; documentId: string }>;
  searchParams: Promise<{ tab?: string; v?: string }>;
}) {
  const { workspaceId, documentId } = await params;
  const sp = await searchParams;
  const ctx = await requirePageMember(workspaceId);
  const [{ m }, doc] = await Promise.all([getMessages(), getDocument(workspaceId, documentId)]);
  if (!doc) notFound();
  const tab: Tab = (TABS as readonly string[]).includes(sp.tab ?? "") ? (sp.tab as Tab) : "minutes";
  const version = Number(sp.v) || undefined;
  const canEdit = roleAtLeast(ctx.role, "member");
  const base = `/w/${workspaceId}/d/${documentId}`;
  const recording = isMediaMime(doc.mimeType);
  const ready = doc.status === "ready";

  // Every query below depends only on the document row, so they run at once: under load the page's time
  // was the sum of their round trips (docs/BENCHMARKS.md, "Web load under a profiler").
  // A live meeting shows all its lines (they stream in); anything else renders its first page of lines,
  // and the rest load on request (transcript-window.tsx): the page never carries a whole long transcript.
  const live = doc.status === "live";
  const lineOutlineP = segmentOutline(workspaceId, documentId);
  const [liveState, { segments, corrected, speakerMap }, lineOutline, todoRows, speakerData, shareLinks, outline, docCollections, allCollections, quizData, askRows, origin] =
    await Promise.all([
      live ? getLiveState(workspaceId, documentId) : null,
      listDisplaySegments(workspaceId, documentId, live ? undefined : { from: 0, limit: TRANSCRIPT_PAGE_LINES }),
      lineOutlineP,
      tab === "todos" ? Promise.all([listTodos(workspaceId, documentId), listMembersForAssign(workspaceId), listEarlierMeetings(workspaceId, documentId)]) : null,
      lineOutlineP.then((o) => (o.linesBySpeaker.length ? Promise.all([listSpeakers(workspaceId, documentId), listMembersForAssign(workspaceId)]) : null)),
      ready ? listShareLinks(workspaceId, documentId) : [],
      tab === "outline" && ready ? documentOutline(workspaceId, documentId) : null,
      collectionsOfDocument(workspaceId, documentId),
      listCollections(workspaceId),
      tab === "quiz" ? Promise.all([listQuizzes(workspaceId, { documentId }), modelConfigured(workspaceId)]) : null,
      tab === "ask" || live ? Promise.all([listQuestions(workspaceId, documentId), getArtifact(workspaceId, documentId, "minutes")]) : null,
      ready ? appOrigin() : "",
    ]);
  const speakerNames = [...new Set(doc.speakers.map((sp) => shownName(speakerMap, sp)))];
  const labels = Object.fromEntries(
    lineOutline.places.map((s) => [s.index, citationLabel({ ...s, speaker: s.speaker == null ? null : shownName(speakerMap, s.speaker) }, s.index)]),
  );
  const tabProps = { workspaceId, documentId, version, canEdit, labels, m, speakerMap };
  const busy = isBusy(doc.status);
  const todoData = todoRows ? ([withSpeakerNames(todoRows[0], speakerMap), todoRows[1], todoRows[2]] as const) : null;
  const linesBy = new Map<string, number>();
  for (const g of lineOutline.linesBySpeaker) {
    const name = shownName(speakerMap, g.speaker);
    linesBy.set(name, (linesBy.get(name) ?? 0) + g.lines);
  }
  const askData = askRows
    ? {
        history: askRows[0].map((q) => ({ id: q.id, question: q.question, answer: q.answer, found: q.found, citations: q.citations.map((c) => c.segment) })),
        suggestions: suggestQuestions({ lang: doc.lang, timestamped: lineOutline.places.some((s) => s.startMs != null), minutes: askRows[1]?.content ?? null }),
      }
    : null;

  return (
    <div className="space-y-4">
      <nav className="text-sm text-stone-600">
        <Link href={`/w/${workspaceId}`} className="hover:underline">
          {ctx.workspaceName}
        </Link>{" "}
        / {doc.title}
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <DocumentTitle workspaceId={workspaceId} documentId={documentId} title={doc.title} canEdit={canEdit}>
          <StatusBadge status={doc.status} m={m} errorCode={doc.errorCode} />
        </DocumentTitle>
        {doc.status === "ready" ? (
          <span className="ml-auto">
            <ExportMenu
              workspaceId={workspaceId}
              documentId={documentId}
              minutesVersion={tab === "minutes" ? version : undefined}
              slidesVersion={tab === "slides" ? version : undefined}
            />
          </span>
        ) : null}
        {doc.status === "ready" && canEdit ? <OpenAsWritingButton workspaceId={workspaceId} documentId={documentId} /> : null}
        {live ? null : (
          <a className={`${doc.status === "ready" ? "" : "ml-auto "}text-sm text-brand-700 hover:underline`} href={`${base}/original`}>
            {fmt(m.doc.download, { size: formatBytes(doc.sizeBytes) })}
          </a>
        )}
      </div>
      <p className="text-sm text-stone-600">
        {doc.fileName}
        {doc.kind ? ` · ${doc.kind === "meeting" ? m.doc.meeting : m.doc.document}` : ""}
        {doc.lang ? ` · ${doc.lang}` : ""}
        {speakerNames.length ? ` · ${fmt(m.doc.speakers, { n: speakerNames.length, names: speakerNames.join(", ") })}` : ""}
      </p>
      {allCollections.length ? <DocumentCollections workspaceId={workspaceId} documentId={documentId} member={docCollections} all={allCollections} canEdit={canEdit} /> : null}
      <AutoRefresh active={busy} />
      {busy ? (
        <div role="status" aria-live="polite" className="space-y-1.5">
          <p className="text-sm text-stone-700">
            {fmt(m.doc.processing, { step: m.steps[(doc.step ?? "queued") as keyof typeof m.steps] ?? doc.step ?? "", percent: doc.progress })}
          </p>
          <div className="h-1.5 w-full overflow-hidden rounded-full bg-stone-200">
            <div className="h-full bg-brand-500 transition-all" style={{ width: `${doc.progress}%` }} data-testid="progress" />
          </div>
        </div>
      ) : null}
      {recording ? <RecordingPlayer src={`${base}/original?play=1`} video={doc.mimeType.startsWith("video/")} label={m.recordings.player} hint={m.recordings.hint} /> : null}
      {doc.status === "failed" && doc.errorCode === "SPEECH_NOT_CONFIGURED" ? (
        <WaitingForSpeech m={m}>{canEdit ? <RetryButton workspaceId={workspaceId} documentId={documentId} /> : null}</WaitingForSpeech>
      ) : doc.status === "failed" ? (
        <Alert>
          <p className="font-medium">{m.doc.failedTitle}</p>
          <p className="mt-1">{doc.errorMessage}</p>
          <p className="mt-1 text-xs opacity-75">{fmt(m.doc.failedCode, { code: doc.errorCode ?? "" })}</p>
          {canEdit ? (
            <div className="mt-2">
              <RetryButton workspaceId={workspaceId} documentId={documentId} />
            </div>
          ) : null}
        </Alert>
      ) : null}
      {liveState && askData ? (
        <LiveMeeting
          workspaceId={workspaceId}
          documentId={documentId}
          canEdit={canEdit}
          initialLines={segments.map((s) => ({ index: s.index, speaker: s.speaker, text: s.text, startMs: s.startMs ?? 0, endMs: s.endMs }))}
          initialState={{ status: liveState.status, rolling: liveState.rolling, rollingAt: liveState.rollingAt?.toISOString() ?? null, rollingUpTo: liveState.rollingUpTo }}
          rollingSeconds={env().LIVE_ROLLING_MINUTES_SECONDS}
          history={askData.history}
          suggestions={
            doc.lang === "zh" ? ["刚刚说了什么？", "最近5分钟说了什么？", "有没有提到我？"] : ["What was just said?", "What did I miss in the last 10 minutes?", "Was I mentioned?"]
          }
        />
      ) : lineOutline.places.length ? (
        // Two columns from tablet width up: the transcript stays beside the tabs, pinned to the top of the
        // window with a scroll of its own, however long the minutes or the answers on the right grow.
        <div className="grid items-start gap-6 md:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
          <Card className="max-h-[60vh] overflow-y-auto overscroll-contain p-4 md:sticky md:top-4 md:max-h-[calc(100vh-2rem)]" data-testid="transcript-column">
            <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-600">{m.doc.transcript}</h2>
            {speakerData ? (
              <SpeakersPanel
                workspaceId={workspaceId}
                documentId={documentId}
                version={speakerData[0].version}
                canUndo={speakerData[0].canUndo}
                canEdit={canEdit}
                speakers={speakerData[0].groups.map((g) => ({ ...g, lines: linesBy.get(g.name) ?? 0 }))}
                members={speakerData[1]}
              />
            ) : null}
            {corrected ? (
              <ShowOriginalToggle label={`${m.meetings.glossary.showOriginal} (${fmt(m.meetings.glossary.correctedCount, { n: corrected })})`}>
                <TranscriptWindow
                  workspaceId={workspaceId}
                  documentId={documentId}
                  initial={segments}
                  total={lineOutline.places.length}
                  correctedHint={m.meetings.glossary.corrected}
                />
              </ShowOriginalToggle>
            ) : (
              <TranscriptWindow workspaceId={workspaceId} documentId={documentId} initial={segments} total={lineOutline.places.length} />
            )}
            <LineFromHash />
          </Card>
          <div className="space-y-4">
            <DocTabs base={base} active={tab} labels={m.doc.tabs} label={m.doc.tabsLabel} />
            {tab === "minutes" ? <MinutesTab {...tabProps} /> : null}
            {tab === "slides" ? <SlidesTab {...tabProps} /> : null}
            {todoData ? (
              <TodosPanel
                workspaceId={workspaceId}
                documentId={documentId}
                canEdit={canEdit}
                todos={todoData[0]}
                members={todoData[1]}
                labels={labels}
                earlierMeetings={todoData[2]}
              />
            ) : null}
            {outline ? <OutlinePanel tree={outline} labels={m.doc.outline} citeLabels={labels} exportBase={`/w/${workspaceId}/d/${documentId}/export`} /> : null}
            {tab === "outline" && !outline ? <p className="pt-4 text-sm text-stone-600">{m.doc.outline.notReady}</p> : null}
            {quizData ? (
              <div className="space-y-4 pt-4" data-testid="quiz-tab">
                {doc.status !== "ready" ? (
                  <p className="text-sm text-stone-600">{m.learning.quiz.notReady}</p>
                ) : canEdit ? (
                  <QuizGenerator workspaceId={workspaceId} documentId={documentId} llm={quizData[1]} />
                ) : (
                  <p className="text-sm text-stone-600">{m.learning.quiz.viewerNote}</p>
                )}
                <QuizList workspaceId={workspaceId} quizzes={quizData[0]} m={m} />
              </div>
            ) : null}
            {askData ? <AskPanel workspaceId={workspaceId} documentId={documentId} history={askData.history} suggestions={askData.suggestions} labels={labels} /> : null}
            {doc.status === "ready" ? (
              <div className="border-t border-stone-200 pt-4">
                <SharePanel workspaceId={workspaceId} documentId={documentId} canEdit={canEdit} links={shareLinks} appUrl={origin} />
              </div>
            ) : null}
          </div>
        </div>
      ) : doc.status === "ready" ? (
        <p className="text-sm text-stone-600">{m.doc.noText}</p>
      ) : null}
    </div>
  );
}
