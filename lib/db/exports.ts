import "server-only";
import { db } from "./client";
import { getArtifact } from "./artifacts";
import { currentSpeakerMap } from "./speakers";
import { minutesWithSpeakers, ownerWithSpeakers, slidesWithSpeakers } from "./speaker-read";
import { shownName, type SpeakerMapData } from "@/lib/text/speaker-map";
import type { CitedSegment, DeckInput, ExportLang, MinutesInput } from "@/lib/export/types";

/** What the export writers need, loaded with every query scoped to the workspace. Null: nothing to export. */
export interface ExportSource<T> {
  /** The document's title, for the download's file name. */
  title: string;
  version: number;
  input: T;
}

async function documentHead(workspaceId: string, documentId: string) {
  return db().document.findFirst({
    where: { workspaceId, id: documentId },
    select: { title: true, lang: true, meetingDate: true },
  });
}

function isoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

function exportLang(lang: string | null): ExportLang {
  return lang === "zh" || lang === "mixed" ? lang : "en";
}

/** Only the cited segments: a long meeting has thousands, an export cites a few dozen. */
async function citedSegments(workspaceId: string, documentId: string, cited: number[], speakers: SpeakerMapData): Promise<CitedSegment[]> {
  if (!cited.length) return [];
  const rows = await db().segment.findMany({
    where: { workspaceId, documentId, index: { in: [...new Set(cited)] } },
    select: { index: true, speaker: true, startMs: true, page: true },
  });
  return rows.map((s) => ({
    index: s.index,
    ...(s.speaker != null ? { speaker: shownName(speakers, s.speaker) } : {}),
    ...(s.startMs != null ? { startMs: s.startMs } : {}),
    ...(s.page != null ? { page: s.page } : {}),
  }));
}

/** The minutes version (latest unless given) with the document's current to-dos. */
export async function loadMinutesExport(workspaceId: string, documentId: string, version?: number): Promise<ExportSource<MinutesInput> | null> {
  const doc = await documentHead(workspaceId, documentId);
  if (!doc) return null;
  const [minutes, speakers] = await Promise.all([getArtifact(workspaceId, documentId, "minutes", version), currentSpeakerMap(workspaceId, documentId)]);
  if (!minutes) return null;
  const todos = await db().todo.findMany({
    where: { workspaceId, documentId },
    select: { text: true, owner: true, due: true, status: true, citations: true, verified: true, editedAt: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  // Speakers as people named them, in the minutes' wording, the owners and the citation labels.
  const { summary, topics, decisions, lang, template } = minutesWithSpeakers(minutes.content, speakers.map);
  const templateItems = template?.sections.flatMap((s) => s.items) ?? [];
  const cited = [...summary, ...topics, ...decisions, ...todos, ...templateItems].flatMap((item) => item.citations);
  return {
    title: doc.title,
    version: minutes.version,
    input: {
      title: doc.title,
      meetingDate: isoDate(doc.meetingDate),
      lang,
      summary: summary.map((p) => ({ text: p.text, citations: p.citations, verified: p.verified, edited: !!p.edited })),
      topics: topics.map((t) => ({ title: t.title, summary: t.summary, startMs: t.startMs, citations: t.citations, verified: t.verified, edited: !!t.edited })),
      decisions: decisions.map((d) => ({ text: d.text, citations: d.citations, verified: d.verified, edited: !!d.edited })),
      todos: todos.map(({ editedAt, ...t }) => ({ ...t, owner: ownerWithSpeakers(t.owner, speakers.map), edited: editedAt != null })),
      segments: await citedSegments(workspaceId, documentId, cited, speakers.map),
      ...(template ? { template: { name: template.name, sections: template.sections.map(({ title, items, notDiscussed }) => ({ title, items, notDiscussed })) } } : {}),
    },
  };
}

/** The slides version (latest unless given) as a deck; the cover names the meeting when the deck title does not. */
export async function loadDeckExport(workspaceId: string, documentId: string, version?: number): Promise<ExportSource<DeckInput> | null> {
  const doc = await documentHead(workspaceId, documentId);
  if (!doc) return null;
  const [slides, speakers] = await Promise.all([getArtifact(workspaceId, documentId, "slides", version), currentSpeakerMap(workspaceId, documentId)]);
  if (!slides) return null;
  const { outline } = slidesWithSpeakers(slides.content, speakers.map);
  const title = outline.title.trim() || doc.title;
  const subtitle = [title === doc.title ? null : doc.title, isoDate(doc.meetingDate)].filter(Boolean).join(" · ");
  return {
    title: doc.title,
    version: slides.version,
    input: {
      title,
      lang: exportLang(doc.lang),
      slides: outline.slides.map((s) => ({ title: s.title, bullets: s.bullets })),
      ...(subtitle ? { subtitle } : {}),
    },
  };
}
