import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "./client";
import { getArtifact, type MinutesContent, type SlidesContent } from "./artifacts";
import { currentSpeakerMap } from "./speakers";
import { minutesWithSpeakers, slidesWithSpeakers, withSpeakerNames } from "./speaker-read";
import { shownName } from "@/lib/text/speaker-map";
import { listSegments } from "./documents";
import { citationLabel, type SegmentView } from "@/lib/citations";
import { AppError } from "@/lib/errors";
import type { TodoStatus } from "@/lib/generated/prisma/client";

/** 32 random bytes (256 bits) as base64url: 43 characters, unguessable and URL-safe. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ShareState = "active" | "expired" | "revoked";

export interface ShareLinkRow {
  id: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  includeTranscript: boolean;
  state: ShareState;
}

/** Whether a string could be a share token at all (checked before any lookup). */
export function isShareTokenShape(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/** A fresh random token and the hash that is stored for it. */
export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashShareToken(token) };
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function shareState(link: { expiresAt: Date | null; revokedAt: Date | null }, now = new Date()): ShareState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt <= now) return "expired";
  return "active";
}

export interface CreateShareInput {
  workspaceId: string;
  documentId: string;
  createdById: string;
  includeTranscript: boolean;
  /** null: the link never expires. */
  expiresInDays: number | null;
}

/** Only the hash is stored: the raw token in the result is the one and only time anyone sees it. */
export async function createShareLink(input: CreateShareInput): Promise<ShareLinkRow & { token: string }> {
  const doc = await db().document.findFirst({ where: { workspaceId: input.workspaceId, id: input.documentId }, select: { id: true } });
  if (!doc) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  const row = await db().shareLink.create({
    data: {
      workspaceId: input.workspaceId,
      documentId: input.documentId,
      createdById: input.createdById,
      tokenHash: hashShareToken(token),
      includeTranscript: input.includeTranscript,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
    },
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, includeTranscript: true },
  });
  return { ...row, state: shareState(row), token };
}

/** Revoking twice is harmless; a link of another workspace or document is "not found", never touched. */
export async function revokeShareLink(workspaceId: string, documentId: string, shareId: string): Promise<void> {
  const where = { workspaceId, documentId, id: shareId };
  const { count } = await db().shareLink.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0 && !(await db().shareLink.findFirst({ where, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "This share link does not exist.");
  }
}

export async function listShareLinks(workspaceId: string, documentId: string): Promise<ShareLinkRow[]> {
  const rows = await db().shareLink.findMany({
    where: { workspaceId, documentId },
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, includeTranscript: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const now = new Date();
  return rows.map((r) => ({ ...r, state: shareState(r, now) }));
}

/** The active link a token opens, or null for unknown, malformed, revoked and expired alike. */
export async function findActiveShare(token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const link = await db().shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { workspaceId: true, documentId: true, includeTranscript: true, expiresAt: true, revokedAt: true },
  });
  return link && shareState(link) === "active" ? link : null;
}

export interface SharedTodo {
  text: string;
  owner: string | null;
  due: string | null;
  dueText: string | null;
  status: TodoStatus;
}

export interface SharedDocument {
  includeTranscript: boolean;
  doc: { title: string; meetingDate: Date | null; lang: string | null };
  minutes: MinutesContent | null;
  todos: SharedTodo[];
  slides: SlidesContent | null;
  /** Short labels ("Alice 00:05") for the lines the minutes cite. */
  labels: Record<number, string>;
  /** Only when the link includes it. */
  transcript: SegmentView[] | null;
}

function citedIndexes(minutes: MinutesContent | null): number[] {
  if (!minutes) return [];
  const all = [...minutes.summary, ...minutes.topics, ...minutes.decisions].flatMap((x) => x.citations);
  return [...new Set(all)];
}

/**
 * Everything an anonymous reader of a share link may see, and nothing else: every query below is
 * scoped by the link's workspace and document, and the transcript is loaded only when the link includes it.
 */
export async function loadSharedDocument(token: string): Promise<SharedDocument | null> {
  const link = await findActiveShare(token);
  if (!link) return null;
  const { workspaceId, documentId, includeTranscript } = link;
  const doc = await db().document.findFirst({ where: { workspaceId, id: documentId }, select: { title: true, meetingDate: true, lang: true } });
  if (!doc) return null;
  const [minutes, slides, todos, stored, speakers] = await Promise.all([
    getArtifact(workspaceId, documentId, "minutes"),
    getArtifact(workspaceId, documentId, "slides"),
    db().todo.findMany({
      where: { workspaceId, documentId },
      select: { text: true, owner: true, due: true, dueText: true, status: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    includeTranscript ? listSegments(workspaceId, documentId) : Promise.resolve(null),
    currentSpeakerMap(workspaceId, documentId),
  ]);
  // Speakers as the workspace named them, everywhere the visitor sees a name.
  const named = <T extends { speaker: string | null }>(s: T): T => ({ ...s, speaker: s.speaker == null ? null : shownName(speakers.map, s.speaker) });
  const transcript = stored?.map(named) ?? null;
  const cited = citedIndexes(minutes?.content ?? null);
  const citedRows = transcript
    ? transcript.filter((s) => cited.includes(s.index))
    : cited.length
      ? (await db().segment.findMany({ where: { workspaceId, documentId, index: { in: cited } }, select: { index: true, speaker: true, startMs: true, page: true } })).map(named)
      : [];
  const labels = Object.fromEntries(citedRows.map((s) => [s.index, citationLabel(s, s.index)]));
  return {
    includeTranscript,
    doc,
    minutes: minutes ? minutesWithSpeakers(minutes.content, speakers.map) : null,
    todos: withSpeakerNames(todos, speakers.map),
    slides: slides ? slidesWithSpeakers(slides.content, speakers.map) : null,
    labels,
    transcript: transcript?.map(({ index, speaker, startMs, page, headingPath, text }) => ({ index, speaker, startMs, page, headingPath, text })) ?? null,
  };
}
