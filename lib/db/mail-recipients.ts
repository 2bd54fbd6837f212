import "server-only";
import { db } from "./client";
import { AppError } from "@/lib/errors";
import { currentSpeakerMap } from "./speakers";
import { shownName } from "@/lib/text/speaker-map";

export interface SuggestedRecipient {
  userId: string;
  name: string;
  email: string;
  /** The meeting's speaker this member is: linked to them, or shown under their name. */
  speaker: string;
}

/**
 * The attendees a meeting's minutes go to by default: workspace members linked to one of its
 * speakers, or whose display name is a speaker's name as shown now.
 */
export async function minutesRecipients(workspaceId: string, documentId: string): Promise<SuggestedRecipient[]> {
  const doc = await db().document.findFirst({ where: { workspaceId, id: documentId }, select: { speakers: true } });
  if (!doc) throw new AppError("NOT_FOUND", "This document does not exist in this workspace.");
  const [{ map }, members] = await Promise.all([
    currentSpeakerMap(workspaceId, documentId),
    db().member.findMany({ where: { workspaceId }, select: { userId: true, user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } }),
  ]);
  const speakers = [...new Set(doc.speakers.map((s) => shownName(map, s)))];
  const out: SuggestedRecipient[] = [];
  for (const m of members) {
    const linked = speakers.find((s) => map.links[s] === m.userId);
    const named = speakers.find((s) => s.trim().toLowerCase() === m.user.name.trim().toLowerCase());
    const speaker = linked ?? named;
    if (speaker) out.push({ userId: m.userId, name: m.user.name, email: m.user.email, speaker });
  }
  return out;
}
