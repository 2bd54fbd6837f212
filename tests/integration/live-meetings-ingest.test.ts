/** Live meetings: starting one, and its ingest endpoint (keys, validation, idempotence, rate limit). */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeTeam, signInAs, type TestUser } from "../support/db";
import { batch, line, makeLiveMeeting, postLive, setUpLiveMeetingTests } from "../support/live";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpLiveMeetingTests();

const { db } = await import("@/lib/db/client");
const { resetEnvCache } = await import("@/lib/env");
const { startLiveMeeting } = await import("@/lib/actions/live");
const { stopBoss } = await import("@/lib/jobs/boss");
const { resetRateLimits } = await import("@/lib/auth/rate-limit");
const segmentsRoute = await import("@/app/api/w/[workspaceId]/live/[documentId]/segments/route");

let owner: TestUser, member: TestUser, viewer: TestUser, stranger: TestUser;
let ws: string;
beforeAll(async () => {
  ({ owner, member, viewer, stranger, ws } = await makeTeam());
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
    const ok = await postLive(segmentsRoute, ws, a.id, batch(line("Ann", "We ship on Friday.", 0)), a.key);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ appended: 1, duplicates: 0, lastIndex: 0 });
    expect((await postLive(segmentsRoute, ws, a.id, batch(line("Ann", "x", 9)), `${a.key}x`)).status).toBe(401);
    expect((await postLive(segmentsRoute, ws, a.id, batch(line("Ann", "x", 9)), b.key)).status).toBe(401);
    // The key of a meeting in another workspace opens nothing here, nor does this key open that one.
    expect((await postLive(segmentsRoute, ws, a.id, batch(line("Ann", "x", 9)), other.key)).status).toBe(401);
    expect((await postLive(segmentsRoute, stranger.personalWorkspaceId, other.id, batch(line("Ann", "x", 9)), a.key)).status).toBe(401);
    expect((await postLive(segmentsRoute, ws, other.id, batch(line("Ann", "x", 9)), other.key)).status).toBe(401);
    // No key: the session decides. Members may post, viewers and outsiders may not, nobody anonymously.
    expect((await postLive(segmentsRoute, ws, a.id, batch(line("Ann", "x", 9)))).status).toBe(401);
    await signInAs(viewer);
    expect((await postLive(segmentsRoute, ws, a.id, batch(line("Vic", "x", 9)))).status).toBe(403);
    await signInAs(stranger);
    expect((await postLive(segmentsRoute, ws, a.id, batch(line("Sam", "x", 9)))).status).toBe(404);
    await signInAs(member);
    expect((await postLive(segmentsRoute, ws, a.id, batch(line("Meg", "Member line.", 10)))).status).toBe(200);
    const rows = await db().segment.findMany({ where: { documentId: a.id }, orderBy: { index: "asc" }, select: { index: true, speaker: true } });
    expect(rows).toEqual([
      { index: 0, speaker: "Ann" },
      { index: 1, speaker: "Meg" },
    ]);
  });

  it("validates batches: empty, too many lines, control characters, bad times", async () => {
    const a = await makeLiveMeeting(ws, owner.id);
    const bad = async (body: unknown) => {
      const res = await postLive(segmentsRoute, ws, a.id, body, a.key);
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
    expect(await (await postLive(segmentsRoute, ws, a.id, first, a.key)).json()).toMatchObject({ appended: 2, duplicates: 0 });
    expect(await (await postLive(segmentsRoute, ws, a.id, first, a.key)).json()).toMatchObject({ appended: 0, duplicates: 2, lastIndex: null });
    const mixed = batch(line("Bo", "Then marketing needs the copy by Monday.", 5), line("Cy", "I will write the copy.", 10));
    expect(await (await postLive(segmentsRoute, ws, a.id, mixed, a.key)).json()).toMatchObject({ appended: 1, duplicates: 1, lastIndex: 2 });
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
      for (let i = 0; i < 4; i++) statuses.push((await postLive(segmentsRoute, ws, a.id, batch(line("A", `line ${i}`, i)), a.key)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      delete process.env.LIVE_INGEST_BATCHES_PER_MINUTE;
      resetEnvCache();
      resetRateLimits();
    }
  });
});
