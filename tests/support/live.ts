/** Live-meeting helpers for integration tests: rows through lib/db, no HTTP, no background rolling minutes. */
import { appendLiveLines, createLiveDocument, newIngestKey, type LiveLine } from "@/lib/db/live";
import { chunkSegments } from "@/lib/chunk";
import { resetEnvCache } from "@/lib/env";
import { setUpTestDatabase } from "./db";

/** The environment of a test file with live meetings: the test database, no model, and rolling minutes only when asked for. */
export function setUpLiveMeetingTests(): void {
  setUpTestDatabase();
  delete process.env.MODEL_BASE_URL;
  // Rolling minutes only when asked for, so background runs do not outlive a test.
  process.env.LIVE_ROLLING_MINUTES_SECONDS = "3600";
  resetEnvCache();
}

export async function makeLiveMeeting(ws: string, userId: string, lines: LiveLine[] = [], title = "Standup"): Promise<{ id: string; key: string }> {
  const { key, hash } = newIngestKey();
  const { id } = await createLiveDocument({ workspaceId: ws, userId, title, lang: "en", keyHash: hash });
  if (lines.length) await appendLines(ws, id, lines);
  return { id, key };
}

export async function appendLines(ws: string, id: string, lines: LiveLine[]) {
  return appendLiveLines(ws, id, lines, (tail, first) =>
    chunkSegments(tail.map((s) => ({ index: s.index, text: s.text, startMs: s.startMs, ...(s.speaker ? { speaker: s.speaker } : {}) }))).map((c) => ({
      ...c,
      index: c.index + first,
    })),
  );
}

export const line = (speaker: string, text: string, startS: number, lenS = 5): LiveLine => ({ speaker, text, startMs: startS * 1000, endMs: (startS + lenS) * 1000 });

/** A batch as the ingest endpoint takes it. */
export const batch = (...lines: LiveLine[]) => ({ segments: lines });

type LiveRoute = { POST: (req: Request, ctx: { params: Promise<{ workspaceId: string; documentId: string }> }) => Promise<Response> };

/** A JSON POST to a live-meeting route (segments, end), with the meeting's ingest key or, without one, as the signed-in user. */
export function postLive(route: LiveRoute, ws: string, doc: string, body: unknown, key?: string): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key) headers.authorization = `Bearer ${key}`;
  return route.POST(new Request(`http://test/api/w/${ws}/live/${doc}/x`, { method: "POST", headers, body: JSON.stringify(body) }), {
    params: Promise.resolve({ workspaceId: ws, documentId: doc }),
  });
}
