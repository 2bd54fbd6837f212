import "server-only";
import { db } from "./client";
import { addArtifactVersion, MinutesContentSchema, type MinutesContent } from "./artifacts";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A person's correction of the minutes. `citations` is the list of the item's citations to keep: an
 * edit can drop a citation but never add one, so every line an item cites was cited by the engine
 * (whose citations were checked against the source) — a person cannot make an item look sourced.
 */
export type MinutesEdit =
  | { op: "summary"; index: number; text: string; citations: number[] }
  | { op: "chapter"; index: number; title: string; summary: string; citations: number[] }
  | { op: "decision"; index: number; text: string; citations: number[] }
  | { op: "addDecision"; text: string }
  | { op: "deleteDecision"; index: number };

export interface Editor {
  id: string;
  name: string | null;
}

type Item = { citations: number[]; verified: boolean; evidence?: string[]; edited?: { by: string | null; at: string; added?: boolean } };

/**
 * A save is a few small queries, but on a loaded server it may wait behind others (a concurrent save
 * waits on the version index until the first commits): Prisma's 2 s / 5 s defaults would turn that
 * wait into an internal error instead of the clear CONFLICT below.
 */
const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

const missing = (what: string) => new AppError("NOT_FOUND", `This ${what} is not in the latest minutes; reload to see them.`);

/** The kept citations, in their stored order; refuses a citation the item did not have. */
function keptCitations(item: Item, keep: number[]): number[] {
  const added = keep.filter((c) => !item.citations.includes(c));
  if (added.length) throw new AppError("INVALID_INPUT", "citations: an edit can remove citations but not add new ones.");
  return item.citations.filter((c) => keep.includes(c));
}

/**
 * The item with new wording and citations. A removed citation takes with it the evidence quotes only
 * it held (a quote must stay findable in the lines still cited); an item left with no citation has
 * nothing to be unverified against, so it is no longer marked unverified.
 */
function edit<T extends Item>(item: T, changes: Partial<T>, keep: number[], lines: Map<number, string>, stamp: NonNullable<Item["edited"]>): T {
  const citations = keptCitations(item, keep);
  const dropped = citations.length < item.citations.length;
  const evidence = dropped && item.evidence ? item.evidence.filter((q) => citations.some((c) => lines.get(c)?.includes(q))) : item.evidence;
  return { ...item, ...changes, citations, evidence, verified: citations.length ? item.verified : true, edited: { ...stamp, added: item.edited?.added } };
}

/** Applies one edit to the content; `lines` holds the text of the segments the item still cites. */
export function applyMinutesEdit(content: MinutesContent, e: MinutesEdit, lines: Map<number, string>, stamp: NonNullable<Item["edited"]>): MinutesContent {
  switch (e.op) {
    case "summary": {
      const item = content.summary[e.index];
      if (!item) throw missing("summary point");
      return { ...content, summary: content.summary.map((p, i) => (i === e.index ? edit(p, { text: e.text }, e.citations, lines, stamp) : p)) };
    }
    case "chapter": {
      const item = content.topics[e.index];
      if (!item) throw missing("chapter");
      return { ...content, topics: content.topics.map((t, i) => (i === e.index ? edit(t, { title: e.title, summary: e.summary }, e.citations, lines, stamp) : t)) };
    }
    case "decision": {
      const item = content.decisions[e.index];
      if (!item) throw missing("decision");
      return { ...content, decisions: content.decisions.map((d, i) => (i === e.index ? edit(d, { text: e.text }, e.citations, lines, stamp) : d)) };
    }
    case "addDecision":
      // A person's own decision cites nothing: it is marked as added by hand, never shown as sourced.
      return { ...content, decisions: [...content.decisions, { text: e.text, citations: [], verified: true, edited: { ...stamp, added: true } }] };
    case "deleteDecision":
      if (!content.decisions[e.index]) throw missing("decision");
      return { ...content, decisions: content.decisions.filter((_, i) => i !== e.index) };
  }
}

/**
 * Stores the edit as the next minutes version; earlier versions stay as they were. The edit must start
 * from the latest version, so nobody silently overwrites a version they have not seen.
 */
export async function editMinutes(workspaceId: string, documentId: string, baseVersion: number, e: MinutesEdit, editor: Editor): Promise<{ version: number }> {
  const scope = { workspaceId, documentId };
  try {
    return await db().$transaction(async (tx) => {
      const latest = await tx.artifact.findFirst({
        where: { ...scope, kind: "minutes" },
        orderBy: { version: "desc" },
        select: { version: true, engine: true, model: true, content: true },
      });
      if (!latest) throw new AppError("NOT_FOUND", "This document has no minutes (yet), or it is not in this workspace.");
      if (latest.version !== baseVersion) {
        throw new AppError("CONFLICT", `The minutes changed while you were editing (now version ${latest.version}). Reload, then edit again.`);
      }
      const content = MinutesContentSchema.parse(latest.content);
      const cited = "citations" in e ? e.citations : [];
      const segs = cited.length ? await tx.segment.findMany({ where: { workspaceId, documentId, index: { in: cited } }, select: { index: true, text: true } }) : [];
      const stamp = { by: editor.name, at: new Date().toISOString() };
      const next = applyMinutesEdit(content, e, new Map(segs.map((s) => [s.index, s.text])), stamp);
      const saved = await addArtifactVersion(tx, { ...scope, kind: "minutes", engine: latest.engine, model: latest.model, content: next, createdById: editor.id }, baseVersion);
      return { version: saved.version };
    }, TX_OPTIONS);
  } catch (err) {
    // Another save (an edit or a regeneration) took version baseVersion + 1 first; the unique index refused this one.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new AppError("CONFLICT", "Someone saved these minutes at the same moment. Reload to see their version, then edit again.");
    }
    throw err;
  }
}
