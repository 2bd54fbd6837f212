import "server-only";
import { getLiveState, listNewestLines } from "@/lib/db/live";
import { answerRecency, parseRecency, RECENT_LINES_TO_READ } from "@/lib/engine/local/recency";
import { isMentionQuestion } from "@/lib/engine/local/mention";
import type { AnswerStreamPart } from "@/lib/engine/types";

/**
 * Ask's hook for a running meeting: a recency question ("刚刚说了什么", "what did I miss in the last
 * 10 minutes") is answered from the newest lines only, by the extractive recency answer, whatever
 * engine is configured — it must come back within half a second while the meeting runs. Null for any
 * other question or a meeting that is not live, so the normal answer path runs.
 */
export async function answerLiveRecency(
  workspaceId: string,
  documentId: string,
  question: string,
  doc: { status: string; lang: string | null; speakers: string[] },
  opts: { nowMs?: number } = {},
): Promise<{ parts: AsyncIterable<AnswerStreamPart>; engine: string } | null> {
  if (doc.status !== "live") return null;
  // "刚才有人提到我吗" is about the asker, not the last minutes: the mention answer covers the whole meeting.
  if (isMentionQuestion(question)) return null;
  const intent = parseRecency(question);
  if (!intent) return null;
  const [lines, state] = await Promise.all([listNewestLines(workspaceId, documentId, RECENT_LINES_TO_READ), getLiveState(workspaceId, documentId)]);
  // "Now" on the meeting's clock: the end of the newest line, plus the silence since it was posted.
  const newest = lines.reduce((m, l) => Math.max(m, l.endMs ?? l.startMs), 0);
  const silence = state?.lastPostAt ? Math.max(0, Date.now() - state.lastPostAt.getTime()) : 0;
  const nowMs = opts.nowMs ?? newest + silence;
  const lang = doc.lang === "zh" || doc.lang === "mixed" ? doc.lang : "en";
  const r = answerRecency(intent, lines, nowMs, { lang, speakers: doc.speakers });
  async function* parts(): AsyncIterable<AnswerStreamPart> {
    yield { type: "text", text: r.answer };
    yield { type: "citations", citations: r.citations };
    yield { type: "done" };
  }
  return { parts: parts(), engine: "local" };
}
