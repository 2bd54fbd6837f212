import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { editMinutes } = await import("@/lib/actions/minutes");
const { uploadDocument } = await import("@/lib/actions/documents");
const { getArtifact, listArtifactVersions } = await import("@/lib/db/artifacts");
const { db } = await import("@/lib/db/client");
const { processQueued } = await import("../support/process-queued");
const { stopBoss } = await import("@/lib/jobs/boss");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U, mia: U, vera: U, bob: U;
let ws: string, doc: string, bobDoc: string;

const TRANSCRIPT = [
  "Alice: Good morning everyone, let's review the launch plan for the new version.",
  "Bob: Testing is almost finished. I will send the test report by Friday.",
  "Alice: Good. We decided to release the new version at the start of next month.",
  "Carol: I will update the user documentation before the release.",
  "Bob: The budget for the launch event is still open; finance needs the numbers.",
  "Alice: We agreed to hold the launch event in the Shanghai office.",
].join("\n");

async function readyDocument(workspaceId: string, name: string, text: string): Promise<string> {
  const up = await uploadDocument(fileForm(workspaceId, name, text));
  if (!up.ok) throw new Error(up.error.message);
  await processQueued(up.data.id);
  return up.data.id;
}

const minutes = async (v?: number) => (await getArtifact(ws, doc, "minutes", v))!;
const latestVersion = async () => (await minutes()).version;

beforeAll(async () => {
  [alice, mia, vera, bob] = await Promise.all(["alice", "mia", "vera", "bob"].map((l) => makeUser(l)));
  ws = await makeWorkspace(alice, [
    [mia, "member"],
    [vera, "viewer"],
  ]);
  await signInAs(alice);
  doc = await readyDocument(ws, "launch.txt", TRANSCRIPT);
  const bobWs = await makeWorkspace(bob);
  await signInAs(bob);
  bobDoc = await readyDocument(bobWs, "bob.txt", "Bob: We decided to merge the two teams.\nDan: I will draft the letter tomorrow.\n");
}, 60_000);
afterAll(() => stopBoss());

describe("editing the minutes", () => {
  it("saves an edited summary point as a new version, marked as edited by its author, keeping its citations", async () => {
    const v1 = await minutes();
    const point = v1.content.summary[0];
    expect(point.citations.length).toBeGreaterThan(0);
    expect(point.edited).toBeUndefined();

    await signInAs(mia);
    const res = await editMinutes({
      workspaceId: ws,
      documentId: doc,
      baseVersion: v1.version,
      edit: { op: "summary", index: 0, text: "  The team reviewed   the launch plan. ", citations: point.citations },
    });
    expect(res).toEqual({ ok: true, data: { version: v1.version + 1 } });

    const v2 = await minutes();
    expect(v2.content.summary[0]).toMatchObject({ text: "The team reviewed the launch plan.", citations: point.citations, verified: point.verified, edited: { by: mia.name } });
    expect(v2.content.summary.slice(1)).toEqual(v1.content.summary.slice(1));
    // The earlier version is still there, unchanged.
    expect((await minutes(v1.version)).content).toEqual(v1.content);
    expect((await listArtifactVersions(ws, doc, "minutes")).map((v) => v.version)).toEqual([v2.version, v1.version]);
  });

  it("edits a chapter's title and summary, and can remove one of its citations but not add one", async () => {
    const base = await minutes();
    const ch = base.content.topics[0];
    expect(ch.citations.length).toBeGreaterThan(1);
    const keep = ch.citations.slice(1);
    await signInAs(mia);
    const added = await editMinutes({
      workspaceId: ws,
      documentId: doc,
      baseVersion: base.version,
      edit: { op: "chapter", index: 0, title: "Launch", summary: "Plan and dates.", citations: [...ch.citations, 999] },
    });
    expect(added).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });

    const res = await editMinutes({
      workspaceId: ws,
      documentId: doc,
      baseVersion: base.version,
      edit: { op: "chapter", index: 0, title: "Launch plan", summary: "Dates, testing and the event.", citations: keep },
    });
    expect(res.ok).toBe(true);
    const after = (await minutes()).content.topics[0];
    expect(after).toMatchObject({ title: "Launch plan", summary: "Dates, testing and the event.", citations: keep, segmentStart: ch.segmentStart, segmentEnd: ch.segmentEnd });
    expect(after.edited?.by).toBe(mia.name);
  });

  it("edits, adds and deletes decisions; an added decision cites nothing and is marked as added", async () => {
    await signInAs(alice);
    let base = await minutes();
    expect(base.content.decisions.length).toBeGreaterThan(0);
    const first = base.content.decisions[0];

    expect(
      (
        await editMinutes({
          workspaceId: ws,
          documentId: doc,
          baseVersion: base.version,
          edit: { op: "decision", index: 0, text: "Release on 1 June.", citations: first.citations },
        })
      ).ok,
    ).toBe(true);
    base = await minutes();
    expect(base.content.decisions[0]).toMatchObject({ text: "Release on 1 June.", citations: first.citations, edited: { by: alice.name } });

    expect((await editMinutes({ workspaceId: ws, documentId: doc, baseVersion: base.version, edit: { op: "addDecision", text: "Marketing owns the launch budget." } })).ok).toBe(
      true,
    );
    base = await minutes();
    const added = base.content.decisions.at(-1)!;
    expect(added).toMatchObject({ text: "Marketing owns the launch budget.", citations: [], verified: true, edited: { added: true, by: alice.name } });

    const count = base.content.decisions.length;
    expect((await editMinutes({ workspaceId: ws, documentId: doc, baseVersion: base.version, edit: { op: "deleteDecision", index: 0 } })).ok).toBe(true);
    const after = await minutes();
    expect(after.content.decisions).toHaveLength(count - 1);
    expect(after.content.decisions.map((d) => d.text)).not.toContain("Release on 1 June.");
    // Still there in the version before the delete.
    expect((await minutes(base.version)).content.decisions.map((d) => d.text)).toContain("Release on 1 June.");
  });

  it("refuses an edit from an older version, an empty text and an item that does not exist", async () => {
    await signInAs(alice);
    const v = await latestVersion();
    expect(await editMinutes({ workspaceId: ws, documentId: doc, baseVersion: v - 1, edit: { op: "addDecision", text: "Stale" } })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
    expect(await editMinutes({ workspaceId: ws, documentId: doc, baseVersion: v, edit: { op: "addDecision", text: "   " } })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT" },
    });
    expect(await editMinutes({ workspaceId: ws, documentId: doc, baseVersion: v, edit: { op: "summary", index: 500, text: "x", citations: [] } })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await latestVersion()).toBe(v);
  });

  it("two saves from the same version: one wins, the other is told to reload", async () => {
    await signInAs(alice);
    const v = await latestVersion();
    const results = await Promise.all(["One", "Two", "Three"].map((text) => editMinutes({ workspaceId: ws, documentId: doc, baseVersion: v, edit: { op: "addDecision", text } })));
    expect(
      results.filter((r) => r.ok),
      JSON.stringify(results),
    ).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ error: { code: "CONFLICT" } });
    expect(await latestVersion()).toBe(v + 1);
  });

  it("a viewer cannot edit, and nobody can edit another workspace's minutes", async () => {
    const v = await latestVersion();
    await signInAs(vera);
    expect(await editMinutes({ workspaceId: ws, documentId: doc, baseVersion: v, edit: { op: "addDecision", text: "Viewer" } })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    await signInAs(alice);
    // Bob's document named under Alice's workspace: not found, and Bob's minutes are untouched.
    expect(await editMinutes({ workspaceId: ws, documentId: bobDoc, baseVersion: 1, edit: { op: "addDecision", text: "Hijack" } })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    const bobVersions = await db().artifact.count({ where: { documentId: bobDoc, kind: "minutes" } });
    expect(bobVersions).toBe(1);
    expect(await latestVersion()).toBe(v);
  });
});
