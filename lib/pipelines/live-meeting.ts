import "server-only";
import { chunkSegments } from "@/lib/chunk";
import { minutesFrom } from "@/lib/db/artifacts";
import { appendLiveLines, createLiveDocument, finishLive, getLiveState, newIngestKey, saveRolling, type LiveLine, type StoredLine } from "@/lib/db/live";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Segment } from "@/lib/ingest/types";
import { verifyAnalysis } from "@/lib/engine/verify";
import { engineForJob } from "./engine-for-job";
import { loadParsedDoc } from "./load-doc";
import { analyzeLocalIsolated } from "./isolate";
import { notifyLive } from "./live-bus";

/** Creates the meeting in status `live`; the key is returned once and only its hash is stored. */
export async function startLiveMeeting(input: { workspaceId: string; userId: string; title: string; lang: "zh" | "en" }): Promise<{ id: string; key: string }> {
  const { key, hash } = newIngestKey();
  const { id } = await createLiveDocument({ ...input, keyHash: hash });
  return { id, key };
}

const asSegment = (s: StoredLine): Segment => ({
  index: s.index,
  text: s.text,
  startMs: s.startMs,
  ...(s.speaker ? { speaker: s.speaker } : {}),
  ...(s.endMs != null ? { endMs: s.endMs } : {}),
});

/** Appends a batch (retries deduplicated), rebuilds the last chunk, wakes the open pages and, when due, the rolling minutes. */
export async function ingestLiveLines(workspaceId: string, documentId: string, lines: LiveLine[]) {
  const result = await appendLiveLines(workspaceId, documentId, lines, (tail, first) => chunkSegments(tail.map(asSegment)).map((c) => ({ ...c, index: c.index + first })));
  if (result.appended.length) {
    notifyLive(documentId);
    void refreshRollingIfDue(workspaceId, documentId).catch((e) => console.error(`[live] rolling minutes of ${documentId}:`, e));
  }
  return { appended: result.appended.length, duplicates: result.duplicates, lastIndex: result.appended.at(-1)?.index ?? null };
}

const vttTime = (ms: number) => {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(Math.floor(ms / 3_600_000))}:${p(Math.floor(ms / 60_000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}`;
};

/** The meeting as WebVTT (speakers as voice tags), the format our parsers read back with times and speakers. */
export function toWebVtt(lines: StoredLine[]): string {
  const escapeCue = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/-->/g, "--&gt;");
  const cues = lines.map((l) => {
    const end = Math.max(l.endMs ?? l.startMs + 1000, l.startMs);
    const text = escapeCue(l.text.replace(/\s*\n\s*/g, " "));
    return `${vttTime(l.startMs)} --> ${vttTime(end)}\n${l.speaker ? `<v ${escapeCue(l.speaker)}>` : ""}${text}`;
  });
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}

/** Ends the meeting once (a second call gets CONFLICT) and returns; the caller enqueues the analysis. */
export async function endLiveMeeting(workspaceId: string, documentId: string): Promise<void> {
  await finishLive(
    workspaceId,
    documentId,
    (all) => chunkSegments(all.map(asSegment)),
    (all) => new TextEncoder().encode(toWebVtt(all)),
  );
  notifyLive(documentId);
}

const g = globalThis as unknown as { jiyaoRollingRuns?: Map<string, Promise<boolean>> };
const running = (g.jiyaoRollingRuns ??= new Map());

/**
 * Rolling minutes (滚动纪要) of the lines so far, by the configured engine (the local one offline),
 * citations checked like the full minutes. One computation per meeting at a time in this process;
 * a request while one runs waits for it.
 */
export function refreshRolling(workspaceId: string, documentId: string): Promise<boolean> {
  const current = running.get(documentId);
  if (current) return current;
  const run = computeRolling(workspaceId, documentId).finally(() => running.delete(documentId));
  running.set(documentId, run);
  return run;
}

async function computeRolling(workspaceId: string, documentId: string): Promise<boolean> {
  const state = await getLiveState(workspaceId, documentId);
  if (!state) throw new AppError("NOT_FOUND", "This live meeting does not exist in this workspace.");
  if (state.status !== "live") throw new AppError("CONFLICT", "This meeting has ended; its full minutes replace the rolling ones.");
  const { doc, chunks, meetingDate } = await loadParsedDoc(workspaceId, documentId);
  if (!doc.segments.length) return false;
  const job = await engineForJob(undefined, { workspaceId, documentId });
  try {
    const analysis = job.name === "local" ? await analyzeLocalIsolated(doc, chunks, { meetingDate }) : verifyAnalysis(await job.engine.analyze(doc, chunks, { meetingDate }), doc);
    const upTo = doc.segments.at(-1)!.index + 1;
    const saved = await saveRolling(
      workspaceId,
      documentId,
      {
        minutes: minutesFrom(analysis),
        todos: analysis.todos.map((t) => ({ text: t.text, owner: t.owner, dueText: t.dueText, citations: t.citations })),
        engine: job.name,
      },
      upTo,
    );
    if (saved) notifyLive(documentId);
    return saved;
  } finally {
    await job.saveCalls();
  }
}

/** After a batch: recompute when the last rolling minutes are older than LIVE_ROLLING_MINUTES_SECONDS (or there are none). */
async function refreshRollingIfDue(workspaceId: string, documentId: string): Promise<void> {
  if (running.has(documentId)) return;
  const state = await getLiveState(workspaceId, documentId);
  if (state?.status !== "live") return;
  const ageMs = state.rollingAt ? Date.now() - state.rollingAt.getTime() : Infinity;
  if (ageMs < env().LIVE_ROLLING_MINUTES_SECONDS * 1000) return;
  await refreshRolling(workspaceId, documentId);
}
