/** Ending a live meeting: the key stops working and the full analysis runs once over the kept transcript. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeTeam, signInAs, type TestUser } from "../support/db";
import { batch, line, makeLiveMeeting, postLive, setUpLiveMeetingTests } from "../support/live";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpLiveMeetingTests();

const { db } = await import("@/lib/db/client");
const { endLiveMeeting } = await import("@/lib/actions/live");
const { processQueued } = await import("../support/process-queued");
const { stopBoss } = await import("@/lib/jobs/boss");
const segmentsRoute = await import("@/app/api/w/[workspaceId]/live/[documentId]/segments/route");
const endRoute = await import("@/app/api/w/[workspaceId]/live/[documentId]/end/route");

let owner: TestUser, member: TestUser, viewer: TestUser;
let ws: string;
beforeAll(async () => {
  ({ owner, member, viewer, ws } = await makeTeam());
});
afterAll(() => stopBoss());

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
    expect((await postLive(endRoute, ws, a.id, {}, "jyl_wrong")).status).toBe(401);
    const ended = await postLive(endRoute, ws, a.id, {}, a.key);
    expect(ended.status).toBe(200);
    // The key is revoked, and a member's second end is a conflict, not a second analysis.
    expect((await postLive(segmentsRoute, ws, a.id, batch(line("Ann", "late", 20)), a.key)).status).toBe(401);
    expect((await postLive(endRoute, ws, a.id, {}, a.key)).status).toBe(401);
    await signInAs(member);
    expect(await endLiveMeeting({ workspaceId: ws, documentId: a.id })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect((await postLive(segmentsRoute, ws, a.id, batch(line("Meg", "late", 20)))).status).toBe(409);

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
