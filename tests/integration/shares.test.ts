import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { createShare, revokeShare } = await import("@/lib/actions/shares");
const { listShareLinks, loadSharedDocument } = await import("@/lib/db/shares");
const { db } = await import("@/lib/db/client");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U, mia: U, vera: U, bob: U;
let wsA: string, wsB: string;
let docA: string, docA2: string, docB: string;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** A processed document, written directly: segments, minutes and slides artifacts, to-dos. */
async function seedDocument(workspaceId: string, title: string) {
  const id = randomUUID();
  await db().document.create({
    data: {
      id,
      workspaceId,
      fileName: `${title}.txt`,
      mimeType: "text/plain",
      sizeBytes: 10,
      sha256: sha256(id),
      title,
      speakers: ["Alice"],
      status: "ready",
      meetingDate: new Date("2024-03-05"),
    },
  });
  await db().segment.createMany({
    data: [0, 1].map((index) => ({ workspaceId, documentId: id, index, speaker: "Alice", startMs: index * 65_000, headingPath: [], text: `${title} line ${index}` })),
  });
  const minutes = {
    lang: "en",
    summary: [{ text: `${title} summary`, citations: [1], verified: true }],
    topics: [{ title: `${title} topic`, summary: "t", segmentStart: 0, segmentEnd: 1, citations: [0], verified: true }],
    decisions: [{ text: `${title} decision`, citations: [], verified: false }],
    coverage: { chunksTotal: 1, chunksOk: 1, failed: [] },
  };
  const slides = { outline: { title: `${title} deck`, slides: [{ title: `${title} slide`, bullets: ["b"], citations: [] }] }, edited: false };
  await db().artifact.createMany({
    data: [
      { workspaceId, documentId: id, kind: "minutes", version: 1, engine: "local", content: { ...minutes, summary: [{ text: "old", citations: [], verified: true }] } },
      { workspaceId, documentId: id, kind: "minutes", version: 2, engine: "local", content: minutes },
      { workspaceId, documentId: id, kind: "slides", version: 1, engine: "local", content: slides },
    ],
  });
  await db().todo.create({ data: { workspaceId, documentId: id, text: `${title} todo`, owner: "Alice", due: "2024-03-08", status: "open" } });
  return id;
}

async function created(res: Awaited<ReturnType<typeof createShare>>) {
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.data;
}

beforeAll(async () => {
  alice = await makeUser("alice");
  mia = await makeUser("mia");
  vera = await makeUser("vera");
  bob = await makeUser("bob");
  wsA = await makeWorkspace(alice, [
    [mia, "member"],
    [vera, "viewer"],
  ]);
  wsB = await makeWorkspace(bob);
  docA = await seedDocument(wsA, "Weekly");
  docA2 = await seedDocument(wsA, "Board");
  docB = await seedDocument(wsB, "Secret");
});

describe("creating share links", () => {
  it("stores only the sha256 of a 256-bit base64url token", async () => {
    await signInAs(mia);
    const link = await created(await createShare({ workspaceId: wsA, documentId: docA }));
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).toMatchObject({ state: "active", expiresAt: null, includeTranscript: false });
    const row = await db().shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).toBe(sha256(link.token));
    expect(JSON.stringify(row)).not.toContain(link.token);
    const again = await created(await createShare({ workspaceId: wsA, documentId: docA }));
    expect(again.token).not.toBe(link.token);
  });

  it("sets the chosen expiry, from a form's strings too", async () => {
    await signInAs(alice);
    const fd = new FormData();
    fd.set("workspaceId", wsA);
    fd.set("documentId", docA);
    fd.set("expiresInDays", "7");
    fd.set("includeTranscript", "on");
    const link = await created(await createShare(fd));
    expect(link.includeTranscript).toBe(true);
    expect(Math.abs(link.expiresAt!.getTime() - (Date.now() + 7 * 86_400_000))).toBeLessThan(60_000);
    expect(await createShare({ workspaceId: wsA, documentId: docA, expiresInDays: 3 })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });

  it("a viewer can list links but not create them", async () => {
    await signInAs(vera);
    expect(await createShare({ workspaceId: wsA, documentId: docA })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const links = await listShareLinks(wsA, docA);
    expect(links.length).toBeGreaterThan(0);
    expect(Object.keys(links[0]).sort()).toEqual(["createdAt", "expiresAt", "id", "includeTranscript", "revokedAt", "state"]);
  });

  it("anonymous callers and other workspaces' documents are refused", async () => {
    await signInAs(null);
    expect(await createShare({ workspaceId: wsA, documentId: docA })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    await signInAs(alice);
    // Alice's own workspace with Bob's document id: the document is not in her workspace.
    expect(await createShare({ workspaceId: wsA, documentId: docB })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await createShare({ workspaceId: wsB, documentId: docB })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await db().shareLink.count({ where: { documentId: docB } })).toBe(0);
  });
});

describe("opening a share link", () => {
  it("shows only its own document: latest minutes, to-dos, slides, and no transcript", async () => {
    await signInAs(mia);
    const { token } = await created(await createShare({ workspaceId: wsA, documentId: docA }));
    const shared = await loadSharedDocument(token);
    expect(shared).not.toBeNull();
    expect(shared!.doc).toMatchObject({ title: "Weekly" });
    expect(shared!.minutes!.summary[0].text).toBe("Weekly summary");
    expect(shared!.todos).toEqual([{ text: "Weekly todo", owner: "Alice", due: "2024-03-08", dueText: null, status: "open" }]);
    expect(shared!.slides!.outline.title).toBe("Weekly deck");
    expect(shared!.transcript).toBeNull();
    expect(shared!.includeTranscript).toBe(false);
    // Labels only for the cited lines, nothing of the rest of the transcript.
    expect(shared!.labels).toEqual({ 0: "Alice 00:00", 1: "Alice 01:05" });
    expect(JSON.stringify(shared)).not.toMatch(/Board|Secret|line \d/);
  });

  it("includes the transcript only when the link says so", async () => {
    await signInAs(mia);
    const { token } = await created(await createShare({ workspaceId: wsA, documentId: docA2, includeTranscript: true }));
    const shared = await loadSharedDocument(token);
    expect(shared!.transcript!.map((s) => s.text)).toEqual(["Board line 0", "Board line 1"]);
    expect(JSON.stringify(shared)).not.toMatch(/Weekly|Secret/);
  });

  it("refuses unknown, malformed, revoked and expired links alike", async () => {
    await signInAs(mia);
    expect(await loadSharedDocument("A".repeat(43))).toBeNull();
    expect(await loadSharedDocument("not a token")).toBeNull();
    const { id, token } = await created(await createShare({ workspaceId: wsA, documentId: docA }));
    expect(await loadSharedDocument(token)).not.toBeNull();
    // A hash is not a token.
    expect(await loadSharedDocument(sha256(token))).toBeNull();

    expect(await revokeShare({ workspaceId: wsA, documentId: docA, shareId: id })).toEqual({ ok: true, data: { id } });
    expect(await loadSharedDocument(token)).toBeNull();
    expect((await listShareLinks(wsA, docA)).find((l) => l.id === id)).toMatchObject({ state: "revoked" });
    // Revoking again is harmless.
    expect((await revokeShare({ workspaceId: wsA, documentId: docA, shareId: id })).ok).toBe(true);

    const expiring = await created(await createShare({ workspaceId: wsA, documentId: docA, expiresInDays: 1 }));
    await db().shareLink.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadSharedDocument(expiring.token)).toBeNull();
    expect((await listShareLinks(wsA, docA)).find((l) => l.id === expiring.id)).toMatchObject({ state: "expired" });
  });
});

describe("revoking", () => {
  it("a member of another workspace cannot revoke, however they name the link", async () => {
    await signInAs(mia);
    const { id, token } = await created(await createShare({ workspaceId: wsA, documentId: docA }));
    await signInAs(bob);
    expect(await revokeShare({ workspaceId: wsA, documentId: docA, shareId: id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await revokeShare({ workspaceId: wsB, documentId: docA, shareId: id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await revokeShare({ workspaceId: wsB, documentId: docB, shareId: id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await signInAs(alice);
    // Right workspace, wrong document: still not found.
    expect(await revokeShare({ workspaceId: wsA, documentId: docA2, shareId: id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await loadSharedDocument(token)).not.toBeNull();
  });

  it("a viewer cannot revoke", async () => {
    await signInAs(mia);
    const { id, token } = await created(await createShare({ workspaceId: wsA, documentId: docA }));
    await signInAs(vera);
    expect(await revokeShare({ workspaceId: wsA, documentId: docA, shareId: id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await loadSharedDocument(token)).not.toBeNull();
  });
});
