import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { line, makeLiveMeeting } from "../support/live";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;
// Rolling minutes only when asked for, so background runs do not outlive a test.
process.env.LIVE_ROLLING_MINUTES_SECONDS = "3600";

const { db } = await import("@/lib/db/client");
const { resetEnvCache } = await import("@/lib/env");
resetEnvCache();
const { startLiveMeeting, endLiveMeeting, refreshRollingMinutes } = await import("@/lib/actions/live");
const { processQueued } = await import("../support/process-queued");
const { getLiveState } = await import("@/lib/db/live");
const { stopBoss } = await import("@/lib/jobs/boss");
const { resetRateLimits } = await import("@/lib/auth/rate-limit");
const segmentsRoute = await import("@/app/api/w/[workspaceId]/live/[documentId]/segments/route");
const endRoute = await import("@/app/api/w/[workspaceId]/live/[documentId]/end/route");
const eventsRoute = await import("@/app/api/w/[workspaceId]/live/[documentId]/events/route");
const askRoute = await import("@/app/api/w/[workspaceId]/ask/route");

type U = Awaited<ReturnType<typeof makeUser>>;
let owner: U, member: U, viewer: U, stranger: U;
let ws: string;

function post(
  route: { POST: (req: Request, ctx: { params: Promise<{ workspaceId: string; documentId: string }> }) => Promise<Response> },
  ws: string,
  doc: string,
  body: unknown,
  key?: string,
) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key) headers.authorization = `Bearer ${key}`;
  return route.POST(new Request(`http://test/api/w/${ws}/live/${doc}/x`, { method: "POST", headers, body: JSON.stringify(body) }), {
    params: Promise.resolve({ workspaceId: ws, documentId: doc }),
  }) as Promise<Response>;
}

const batch = (...lines: ReturnType<typeof line>[]) => ({ segments: lines });

beforeAll(async () => {
  [owner, member, viewer, stranger] = await Promise.all(["owner", "member", "viewer", "stranger"].map((l) => makeUser(l)));
  ws = await makeWorkspace(owner, [
    [member, "member"],
    [viewer, "viewer"],
  ]);
});
afterAll(() => stopBoss());

describe("starting a live meeting", () => {
  it("creates a live meeting document and returns a 256-bit key that is stored only hashed", async () => {
    await signInAs(member);
    const r = await startLiveMeeting({ workspaceId: ws, title: "Weekly sync", lang: "zh" });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.key).toMatch(/^jyl_[A-Za-z0-9_-]{43}$/);
    const doc = await db().document.findUniqueOrThrow({
      where: { id: r.data.id },
      select: { status: true, kind: true, lang: true, title: true, live: { select: { keyHash: true } } },
    });
    expect(doc).toMatchObject({ status: "live", kind: "meeting", lang: "zh", title: "Weekly sync" });
    expect(doc.live?.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(doc)).not.toContain(r.data.key);
  });

  it("is refused to viewers and outsiders", async () => {
    await signInAs(viewer);
    expect(await startLiveMeeting({ workspaceId: ws, title: "x", lang: "en" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(stranger);
    expect(await startLiveMeeting({ workspaceId: ws, title: "x", lang: "en" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("the ingest endpoint", () => {
  it("accepts the meeting's key, refuses a wrong key, another meeting's key, another workspace and viewers", async () => {
    const a = await makeLiveMeeting(ws, owner.id);
    const b = await makeLiveMeeting(ws, owner.id);
    const other = await makeLiveMeeting(stranger.personalWorkspaceId, stranger.id);
    await signInAs(null);
    const ok = await post(segmentsRoute, ws, a.id, batch(line("Ann", "We ship on Friday.", 0)), a.key);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ appended: 1, duplicates: 0, lastIndex: 0 });
    expect((await post(segmentsRoute, ws, a.id, batch(line("Ann", "x", 9)), `${a.key}x`)).status).toBe(401);
    expect((await post(segmentsRoute, ws, a.id, batch(line("Ann", "x", 9)), b.key)).status).toBe(401);
    // The key of a meeting in another workspace opens nothing here, nor does this key open that one.
    expect((await post(segmentsRoute, ws, a.id, batch(line("Ann", "x", 9)), other.key)).status).toBe(401);
    expect((await post(segmentsRoute, stranger.personalWorkspaceId, other.id, batch(line("Ann", "x", 9)), a.key)).status).toBe(401);
    expect((await post(segmentsRoute, ws, other.id, batch(line("Ann", "x", 9)), other.key)).status).toBe(401);
    // No key: the session decides. Members may post, viewers and outsiders may not, nobody anonymously.
    expect((await post(segmentsRoute, ws, a.id, batch(line("Ann", "x", 9)))).status).toBe(401);
    await signInAs(viewer);
    expect((await post(segmentsRoute, ws, a.id, batch(line("Vic", "x", 9)))).status).toBe(403);
    await signInAs(stranger);
    expect((await post(segmentsRoute, ws, a.id, batch(line("Sam", "x", 9)))).status).toBe(404);
    await signInAs(member);
    expect((await post(segmentsRoute, ws, a.id, batch(line("Meg", "Member line.", 10)))).status).toBe(200);
    const rows = await db().segment.findMany({ where: { documentId: a.id }, orderBy: { index: "asc" }, select: { index: true, speaker: true } });
    expect(rows).toEqual([
      { index: 0, speaker: "Ann" },
      { index: 1, speaker: "Meg" },
    ]);
  });

  it("validates batches: empty, too many lines, control characters, bad times", async () => {
    const a = await makeLiveMeeting(ws, owner.id);
    const bad = async (body: unknown) => {
      const res = await post(segmentsRoute, ws, a.id, body, a.key);
      return { status: res.status, error: ((await res.json()) as { error: string }).error };
    };
    expect(await bad({ segments: [] })).toMatchObject({ status: 400, error: expect.stringMatching(/at least one/) });
    expect(await bad({ segments: Array.from({ length: 201 }, (_, i) => line("A", `l${i}`, i)) })).toMatchObject({ status: 400, error: expect.stringMatching(/At most 200/) });
    expect(await bad(batch({ speaker: "A", text: "bad\u0000text", startMs: 0, endMs: 1 }))).toMatchObject({ status: 400, error: expect.stringMatching(/control character/) });
    expect(await bad(batch({ speaker: "A", text: "ok", startMs: 5000, endMs: 1000 }))).toMatchObject({
      status: 400,
      error: expect.stringMatching(/endMs cannot be before startMs/),
    });
    expect(await bad(batch({ speaker: "A", text: "x".repeat(4001), startMs: 0, endMs: 1 }))).toMatchObject({ status: 400, error: expect.stringMatching(/at most 4000/) });
    expect(await db().segment.count({ where: { documentId: a.id } })).toBe(0);
  });

  it("is idempotent: a batch sent again appends nothing, and new lines keep increasing indexes and reach the chunks", async () => {
    const a = await makeLiveMeeting(ws, owner.id);
    const first = batch(line("Ann", "The launch moves to March.", 0), line("Bo", "Then marketing needs the copy by Monday.", 5));
    expect(await (await post(segmentsRoute, ws, a.id, first, a.key)).json()).toMatchObject({ appended: 2, duplicates: 0 });
    expect(await (await post(segmentsRoute, ws, a.id, first, a.key)).json()).toMatchObject({ appended: 0, duplicates: 2, lastIndex: null });
    const mixed = batch(line("Bo", "Then marketing needs the copy by Monday.", 5), line("Cy", "I will write the copy.", 10));
    expect(await (await post(segmentsRoute, ws, a.id, mixed, a.key)).json()).toMatchObject({ appended: 1, duplicates: 1, lastIndex: 2 });
    const rows = await db().segment.findMany({ where: { documentId: a.id }, orderBy: { index: "asc" }, select: { index: true, text: true } });
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2]);
    const chunks = await db().chunk.findMany({ where: { documentId: a.id }, select: { text: true, segmentEnd: true } });
    expect(chunks.map((c) => c.text).join("\n")).toContain("I will write the copy.");
    expect(Math.max(...chunks.map((c) => c.segmentEnd))).toBe(2);
    const doc = await db().document.findUniqueOrThrow({ where: { id: a.id }, select: { speakers: true } });
    expect(doc.speakers).toEqual(["Ann", "Bo", "Cy"]);
  });

  it("rate limits each meeting", async () => {
    resetRateLimits();
    process.env.LIVE_INGEST_BATCHES_PER_MINUTE = "3";
    resetEnvCache();
    try {
      const a = await makeLiveMeeting(ws, owner.id);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(segmentsRoute, ws, a.id, batch(line("A", `line ${i}`, i)), a.key)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      delete process.env.LIVE_INGEST_BATCHES_PER_MINUTE;
      resetEnvCache();
      resetRateLimits();
    }
  });
});

describe("ending a live meeting", () => {
  it("revokes the key, refuses more lines, and runs the full analysis exactly once", async () => {
    const a = await makeLiveMeeting(ws, owner.id, [
      line("Ann", "Welcome to the launch review.", 0),
      line("Bo", "We decided to move the launch to March.", 6),
      line("Cy", "I will send the revised plan to finance by Friday.", 12),
    ]);
    await signInAs(viewer);
    expect(await endLiveMeeting({ workspaceId: ws, documentId: a.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(null);
    expect((await post(endRoute, ws, a.id, {}, "jyl_wrong")).status).toBe(401);
    const ended = await post(endRoute, ws, a.id, {}, a.key);
    expect(ended.status).toBe(200);
    // The key is revoked, and a member's second end is a conflict, not a second analysis.
    expect((await post(segmentsRoute, ws, a.id, batch(line("Ann", "late", 20)), a.key)).status).toBe(401);
    expect((await post(endRoute, ws, a.id, {}, a.key)).status).toBe(401);
    await signInAs(member);
    expect(await endLiveMeeting({ workspaceId: ws, documentId: a.id })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect((await post(segmentsRoute, ws, a.id, batch(line("Meg", "late", 20)))).status).toBe(409);

    expect((await db().document.findUniqueOrThrow({ where: { id: a.id }, select: { status: true } })).status).toBe("parsed");
    await processQueued(a.id);
    await processQueued(a.id);
    const doc = await db().document.findUniqueOrThrow({ where: { id: a.id }, select: { status: true } });
    expect(doc.status).toBe("ready");
    expect(await db().artifact.count({ where: { documentId: a.id, kind: "minutes" } })).toBe(1);
    expect(await db().artifact.count({ where: { documentId: a.id, kind: "slides" } })).toBe(1);
    const todos = await db().todo.findMany({ where: { documentId: a.id }, select: { text: true, citations: true } });
    expect(todos.length).toBe(1);
    expect(todos[0].citations).toEqual([2]);
    // The transcript is kept as the original (WebVTT): downloadable, and read back with the same lines.
    const { readOriginalBytes } = await import("@/lib/db/originals");
    const { parseDocument } = await import("@/lib/ingest");
    const bytes = await readOriginalBytes(ws, a.id);
    const reparsed = await parseDocument({ bytes: new Uint8Array(bytes!), fileName: "x.vtt" });
    expect(reparsed.segments.map((s) => [s.speaker, s.text, s.startMs])).toEqual([
      ["Ann", "Welcome to the launch review.", 0],
      ["Bo", "We decided to move the launch to March.", 6000],
      ["Cy", "I will send the revised plan to finance by Friday.", 12000],
    ]);
  });

  it("cannot end a meeting in which nothing was said", async () => {
    const a = await makeLiveMeeting(ws, owner.id);
    await signInAs(member);
    expect(await endLiveMeeting({ workspaceId: ws, documentId: a.id })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});

describe("rolling minutes", () => {
  it("are made on demand with citations, and viewers may not trigger them", async () => {
    const a = await makeLiveMeeting(ws, owner.id, [
      line("Ann", "We reviewed the onboarding funnel and the drop at step two.", 0),
      line("Bo", "We decided to remove the phone number field from sign-up.", 8),
      line("Cy", "I will ship the change by Thursday.", 16),
    ]);
    await signInAs(viewer);
    expect(await refreshRollingMinutes({ workspaceId: ws, documentId: a.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(member);
    expect(await refreshRollingMinutes({ workspaceId: ws, documentId: a.id })).toMatchObject({ ok: true });
    const state = await getLiveState(ws, a.id);
    expect(state?.rollingUpTo).toBe(3);
    expect(state?.rolling?.minutes.summary.length).toBeGreaterThan(0);
    expect(state?.rolling?.minutes.summary.every((p) => p.citations.every((c) => c >= 0 && c <= 2))).toBe(true);
    expect(state?.rolling?.minutes.decisions.map((d) => d.text).join(" ")).toMatch(/phone number/);
  });
});

describe("server-sent events", () => {
  it("streams lines posted after the stream opened, then the status when the meeting ends", async () => {
    const a = await makeLiveMeeting(ws, owner.id, [line("Ann", "Already here.", 0)]);
    await signInAs(viewer);
    const ctrl = new AbortController();
    const res = (await eventsRoute.GET(new Request(`http://test/api/w/${ws}/live/${a.id}/events?after=0`, { signal: ctrl.signal }), {
      params: Promise.resolve({ workspaceId: ws, documentId: a.id }),
    })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      return text;
    };
    await readUntil(/event: state/);
    expect(text).not.toContain("Already here.");
    await post(segmentsRoute, ws, a.id, batch(line("Bo", "Fresh line over SSE.", 5)), a.key);
    await readUntil(/Fresh line over SSE/);
    expect(text).toMatch(/id: 1\nevent: lines\ndata: \{"lines":\[\{"index":1,"speaker":"Bo"/);
    await post(endRoute, ws, a.id, {}, a.key);
    await readUntil(/"status":"parsed"/);
    ctrl.abort();
    await reader.cancel().catch(() => {});
  });

  it("is refused to outsiders and for documents that are not live meetings", async () => {
    const a = await makeLiveMeeting(ws, owner.id);
    await signInAs(stranger);
    const res = (await eventsRoute.GET(new Request(`http://test/x`), { params: Promise.resolve({ workspaceId: ws, documentId: a.id }) })) as Response;
    expect(res.status).toBe(404);
    await signInAs(null);
    const anon = (await eventsRoute.GET(new Request(`http://test/x`), { params: Promise.resolve({ workspaceId: ws, documentId: a.id }) })) as Response;
    expect(anon.status).toBe(401);
  });
});

describe("asking while it runs", () => {
  async function ask(docId: string, question: string) {
    const res = (await askRoute.POST(
      new Request(`http://test/api/w/${ws}/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question, documentId: docId }) }),
      {
        params: Promise.resolve({ workspaceId: ws }),
      },
    )) as Response;
    const parts = (await res.text())
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    return {
      text: parts
        .filter((p) => p.type === "text")
        .map((p) => p.text)
        .join(""),
      citations: parts.find((p) => p.type === "citations")?.citations as number[],
    };
  }

  it("answers 刚刚说了什么 from the newest lines with citations, and says when a window was silent", async () => {
    const lines = [
      line("Ann", "Let us start with the budget for the spring campaign.", 0),
      line("Bo", "The agency quoted forty thousand dollars.", 60),
      line("Ann", "That is too much for video ads.", 120),
      line("Cy", "We should move the money to search ads instead.", 600),
      line("Bo", "Agreed, search ads it is.", 630),
    ];
    const a = await makeLiveMeeting(ws, owner.id, lines);
    await signInAs(viewer);
    const recent = await ask(a.id, "刚刚说了什么");
    expect(recent.citations).toEqual([3, 4]);
    expect(recent.text).toMatch(/search ads/);
    expect(recent.text).not.toMatch(/forty thousand/);
    const ten = await ask(a.id, "what did I miss in the last 9 minutes?");
    expect(ten.citations).toContain(2);
    expect(ten.citations).not.toContain(0);
    const lastTwo = await ask(a.id, "最后2句");
    expect(lastTwo.citations).toEqual([3, 4]);
    // Not a recency question: the normal answer path over the whole meeting.
    const normal = await ask(a.id, "What did the agency quote?");
    expect(normal.text).toMatch(/forty thousand/);
  });
});
