import "server-only";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import { loadGlossary } from "./glossary";
import { allSpeakerMaps, speakerMapsFor } from "./speakers";
import { correctText, expandSearchTerm } from "@/lib/text/glossary";
import { findNames, isOwnName, mentionsPerson, nameForms, type NameForm } from "@/lib/text/names";
import { shownName } from "@/lib/text/speaker-map";

/**
 * "Was I mentioned?": the names each member goes by (display name, the aliases they set, given-name
 * forms where unambiguous — lib/text/names.ts) and the lines of the workspace's meetings that say
 * them. Every query is scoped by the workspace: another workspace's lines are never read.
 */

export const MAX_ALIASES = 10;

/** Every member's name forms: the asker's and everyone else's (a longer name of someone else wins). */
export async function workspaceNameForms(workspaceId: string): Promise<NameForm[]> {
  const rows = await db().member.findMany({ where: { workspaceId }, select: { userId: true, aliases: true, user: { select: { name: true } } } });
  return nameForms(rows.map((r) => ({ userId: r.userId, name: r.user.name, aliases: r.aliases })));
}

export interface MyNames {
  name: string;
  aliases: string[];
  /** Every form looked for, the given-name form included when it applies. */
  forms: string[];
}

export async function getMyNames(workspaceId: string, userId: string): Promise<MyNames> {
  const me = await db().member.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { aliases: true, user: { select: { name: true } } } });
  if (!me) throw new AppError("NOT_FOUND", "This workspace does not exist or you are not a member of it.");
  const forms = (await workspaceNameForms(workspaceId)).filter((f) => f.userId === userId).map((f) => f.form);
  return { name: me.user.name, aliases: me.aliases, forms: [...new Set(forms)] };
}

/** A member sets their own aliases (replacing the list); duplicates and their display name are dropped. */
export async function setMyAliases(workspaceId: string, userId: string, aliases: string[]): Promise<MyNames> {
  const me = await db().member.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { user: { select: { name: true } } } });
  if (!me) throw new AppError("NOT_FOUND", "This workspace does not exist or you are not a member of it.");
  const seen = new Set([me.user.name.trim().toLowerCase()]);
  const kept: string[] = [];
  for (const a of aliases.map((s) => s.normalize("NFKC").replace(/\s+/g, " ").trim())) {
    if (!a) continue;
    if (a.length < 2) throw new AppError("INVALID_INPUT", `aliases: “${a}” is too short to find in a transcript (two characters at least).`);
    if (seen.has(a.toLowerCase())) continue;
    seen.add(a.toLowerCase());
    kept.push(a);
  }
  if (kept.length > MAX_ALIASES) throw new AppError("INVALID_INPUT", `aliases: at most ${MAX_ALIASES}.`);
  await db().member.update({ where: { workspaceId_userId: { workspaceId, userId } }, data: { aliases: kept } });
  return getMyNames(workspaceId, userId);
}

export interface MentionLine {
  documentId: string;
  title: string;
  meetingDate: Date | null;
  createdAt: Date;
  index: number;
  speaker: string | null;
  startMs: number | null;
  /** As shown: the glossary applied. */
  text: string;
  /** Where in `text` the member's names are ([start, end) offsets). */
  spans: [number, number][];
}

/** Candidate lines read per query: far more than anyone reads through; the newest meetings first. */
const MAX_CANDIDATES = 5000;

/**
 * The lines of the workspace's meetings that name `userId`, newest meeting first, then in meeting
 * order; `documentId` limits them to one meeting. Lines the member spoke themselves do not count.
 */
export async function findMentions(workspaceId: string, userId: string, opts: { documentId?: string; forms?: NameForm[] } = {}): Promise<MentionLine[]> {
  const [forms, glossary] = await Promise.all([opts.forms ?? workspaceNameForms(workspaceId), loadGlossary(workspaceId)]);
  const mine = forms.filter((f) => f.userId === userId);
  if (!mine.length) return [];
  // Postgres narrows with the trigram index; every spelling the glossary maps to a name counts too.
  const patterns = [...new Set(mine.flatMap((f) => expandSearchTerm(glossary, f.form)))];
  const rows = await db().segment.findMany({
    where: {
      workspaceId,
      document: { workspaceId, kind: "meeting", ...(opts.documentId ? { id: opts.documentId } : {}) },
      OR: patterns.map((p) => ({ text: { contains: p, mode: "insensitive" as const } })),
    },
    select: { documentId: true, index: true, speaker: true, startMs: true, text: true, document: { select: { title: true, meetingDate: true, createdAt: true } } },
    orderBy: [{ document: { createdAt: "desc" } }, { documentId: "asc" }, { index: "asc" }],
    take: MAX_CANDIDATES,
  });
  const maps = await speakerMapsFor(
    workspaceId,
    rows.map((r) => r.documentId),
  );
  const out: MentionLine[] = [];
  for (const r of rows) {
    const map = maps.get(r.documentId);
    const speaker = r.speaker != null && map ? shownName(map, r.speaker) : r.speaker;
    const linkedToMe = !!speaker && map?.links[speaker] === userId;
    if (linkedToMe || isOwnName(speaker, forms, userId)) continue;
    const text = correctText(glossary, r.text).text.normalize("NFKC");
    const spans = findNames(text, forms)
      .filter((h) => h.userId === userId)
      .map((h): [number, number] => [h.start, h.end]);
    if (!spans.length) continue;
    out.push({
      documentId: r.documentId,
      title: r.document.title,
      meetingDate: r.document.meetingDate,
      createdAt: r.document.createdAt,
      index: r.index,
      speaker,
      startMs: r.startMs,
      text,
      spans,
    });
  }
  return out;
}

export const MENTIONS_PAGE_SIZE = 25;

export async function listMentions(
  workspaceId: string,
  userId: string,
  page = 1,
  pageSize = MENTIONS_PAGE_SIZE,
): Promise<{ lines: MentionLine[]; total: number; page: number; pages: number }> {
  const all = await findMentions(workspaceId, userId);
  const pages = Math.max(1, Math.ceil(all.length / pageSize));
  const p = Math.min(Math.max(1, Math.floor(page)), pages);
  return { lines: all.slice((p - 1) * pageSize, p * pageSize), total: all.length, page: p, pages };
}

/**
 * What makes a to-do "mine" beyond an explicit assignee: an owner that names me (my names, aliases,
 * given name — `forms`), or, per meeting, a recorded speaker label shown as one of my names or linked
 * to me (`labels`), so "说话人2" renamed to me or linked to me counts.
 */
export async function myOwnerMatch(
  workspaceId: string,
  userId: string,
): Promise<{ forms: NameForm[]; labels: { documentId: string; labels: string[] }[]; matches: (owner: string | null, documentId: string) => boolean }> {
  const [forms, maps] = await Promise.all([workspaceNameForms(workspaceId), allSpeakerMaps(workspaceId)]);
  const labels: { documentId: string; labels: string[] }[] = [];
  const byDoc = new Map<string, Set<string>>();
  for (const [documentId, map] of maps) {
    const mine = new Set<string>();
    for (const [label, name] of Object.entries(map.names)) if (map.links[name] === userId || isOwnName(name, forms, userId)) mine.add(label);
    for (const [name, id] of Object.entries(map.links)) if (id === userId) mine.add(name);
    if (mine.size) {
      labels.push({ documentId, labels: [...mine] });
      byDoc.set(documentId, mine);
    }
  }
  const matches = (owner: string | null, documentId: string) => !!owner && (!!byDoc.get(documentId)?.has(owner) || mentionsPerson(owner, forms, userId));
  return { forms, labels, matches };
}
