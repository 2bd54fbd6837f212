/**
 * A processing run that was overtaken (its job expired while it was alive and the retry claimed the
 * document) writes nothing more: its pages of segments, its progress and its final status are all
 * conditioned on the runId it claimed with.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { uploadDocument } = await import("@/lib/actions/documents");
const { claimParse, claimAnalyze, finishParse, writeProgress } = await import("@/lib/db/processing");
const { clearParsedRows, insertSegmentPage, pages } = await import("@/lib/db/segment-pages");
const { processQueued } = await import("../support/process-queued");
const { db } = await import("@/lib/db/client");

let user: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  user = await makeUser("fence");
  await signInAs(user);
});

const segs = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ index: i, speaker: "Alice", text: `${tag} line ${i}` }));

describe("runId fence", () => {
  it("an overtaken parse run's pages, progress and status are not written; the new run's set is whole", async () => {
    const res = await uploadDocument(fileForm(user.personalWorkspaceId, "fence.txt", "Alice: We decided to ship on Monday.\nBob: I will write the notes by Friday.\n"));
    if (!res.ok) throw new Error(res.error.message);
    const id = res.data.id;
    const old = (await claimParse(user.personalWorkspaceId, id))!;
    expect(await insertSegmentPage(old, segs(3, "old"))).toBe(true);

    const fresh = (await claimParse(user.personalWorkspaceId, id))!;
    expect(fresh.runId).not.toBe(old.runId);
    expect(await clearParsedRows(fresh)).toBe(true);
    expect(await insertSegmentPage(old, segs(5, "old").slice(3))).toBe(false);
    await writeProgress(old, "parsing", 40);
    expect(await finishParse(old, { kind: "meeting", lang: "en", speakers: ["Alice"] })).toBe(false);
    expect(await clearParsedRows(old)).toBe(false);

    expect(await insertSegmentPage(fresh, segs(4, "new"))).toBe(true);
    const rows = await db().segment.findMany({ where: { documentId: id }, orderBy: { index: "asc" }, select: { text: true } });
    expect(rows.map((r) => r.text)).toEqual(["new line 0", "new line 1", "new line 2", "new line 3"]);
    expect((await db().document.findUniqueOrThrow({ where: { id } })).progress).toBe(10);
  });

  it("pages split by rows and bytes,", async () => {
    const many = segs(12_000, "p");
    expect([...pages(many)].map((p) => p.length)).toEqual([5000, 5000, 2000]);
    const long = Array.from({ length: 3 }, (_, i) => ({ index: i, text: "x".repeat(1_000_000) }));
    expect([...pages(long)].length).toBeGreaterThan(1);
  });

  it("an overtaken analysis run stores nothing; the run that owns the document stores one set", async () => {
    const res = await uploadDocument(fileForm(user.personalWorkspaceId, "fence2.txt", "Alice: We decided to ship on Tuesday.\nBob: I will write the notes by Friday.\n"));
    if (!res.ok) throw new Error(res.error.message);
    const id = res.data.id;
    await processQueued(id);
    await db().document.update({ where: { id }, data: { status: "parsed" } });
    await db().artifact.deleteMany({ where: { documentId: id } });
    await db().todo.deleteMany({ where: { documentId: id } });
    const { finishAnalyze } = await import("@/lib/db/processing");
    const old = (await claimAnalyze(user.personalWorkspaceId, id))!;
    const fresh = (await claimAnalyze(user.personalWorkspaceId, id))!;
    const result = {
      engine: "local",
      model: null,
      minutes: { lang: "en" as const, summary: [], topics: [], decisions: [], coverage: { chunksTotal: 1, chunksOk: 1, failed: [] } },
      slides: { outline: { title: "t", slides: [] }, edited: false },
      todos: [],
    };
    expect(await finishAnalyze(old, result)).toBe(false);
    expect(await db().artifact.count({ where: { documentId: id } })).toBe(0);
    expect(await finishAnalyze(fresh, result)).toBe(true);
    expect(await db().artifact.count({ where: { documentId: id } })).toBe(2);
  });
});
