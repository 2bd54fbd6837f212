import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { renameDocument, deleteDocument, uploadDocument } = await import("@/lib/actions/documents");
const { db } = await import("@/lib/db/client");
const { saveQuestion } = await import("@/lib/db/questions");
const { createShareLink, loadSharedDocument } = await import("@/lib/db/shares");
const { searchWorkspace } = await import("@/lib/db/search");
const { listLibraryQuestions } = await import("@/lib/db/library-questions");
const { processQueued } = await import("../support/process-queued");
const { processDocument } = await import("@/lib/pipelines/process-document");
const { stopBoss } = await import("@/lib/jobs/boss");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U, mia: U, vera: U, bob: U;
let ws: string, bobWs: string;

async function readyDocument(workspaceId: string, name: string, text: string): Promise<string> {
  const up = await uploadDocument(fileForm(workspaceId, name, text));
  if (!up.ok) throw new Error(up.error.message);
  await processQueued(up.data.id);
  return up.data.id;
}

/** Rows of every table that holds something derived from the document. */
async function derived(documentId: string) {
  const where = { documentId };
  const [original, segments, chunks, artifacts, todos, questions, shares] = await Promise.all([
    db().documentOriginal.count({ where }),
    db().segment.count({ where }),
    db().chunk.count({ where }),
    db().artifact.count({ where }),
    db().todo.count({ where }),
    db().question.count({ where }),
    db().shareLink.count({ where }),
  ]);
  return { original, segments, chunks, artifacts, todos, questions, shares };
}

beforeAll(async () => {
  [alice, mia, vera, bob] = await Promise.all(["alice", "mia", "vera", "bob"].map((l) => makeUser(l)));
  ws = await makeWorkspace(alice, [
    [mia, "member"],
    [vera, "viewer"],
  ]);
  bobWs = await makeWorkspace(bob);
}, 30_000);
afterAll(() => stopBoss());

describe("renaming a document", () => {
  it("a member renames it; the title is trimmed, and empty, over-long or another workspace's are refused", async () => {
    await signInAs(alice);
    const doc = await readyDocument(ws, "weekly-sync.txt", "Alice: We decided to ship on Monday.\nBob: I will write the notes by Friday.");
    await signInAs(mia);
    expect(await renameDocument({ workspaceId: ws, documentId: doc, title: "  Weekly\u0000 sync   March " })).toEqual({ ok: true, data: { id: doc, title: "Weekly sync March" } });
    expect((await db().document.findUniqueOrThrow({ where: { id: doc } })).title).toBe("Weekly sync March");
    expect(await renameDocument({ workspaceId: ws, documentId: doc, title: "   " })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await renameDocument({ workspaceId: ws, documentId: doc, title: "x".repeat(201) })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    await signInAs(vera);
    expect(await renameDocument({ workspaceId: ws, documentId: doc, title: "Viewer's" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(bob);
    expect(await renameDocument({ workspaceId: bobWs, documentId: doc, title: "Bob's now" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await db().document.findUniqueOrThrow({ where: { id: doc } })).title).toBe("Weekly sync March");
  });
});

describe("deleting a document", () => {
  it("removes it with everything derived from it, its search hits and the library answers citing it; other documents keep theirs", async () => {
    await signInAs(alice);
    const gone = await readyDocument(
      ws,
      "pelican.txt",
      "Alice: The pelican budget is forty thousand.\nBob: I will send the pelican report by Friday.\nAlice: We decided to fund the pelican study.",
    );
    const kept = await readyDocument(
      ws,
      "heron.txt",
      "Carol: The heron survey starts in May.\nDan: I will book the heron boat by Monday.\nCarol: We decided to survey the heron colony.",
    );
    await saveQuestion({
      workspaceId: ws,
      documentId: gone,
      userId: alice.id,
      question: "Budget?",
      answer: "Forty thousand.",
      citations: [{ documentId: gone, segment: 0 }],
      found: true,
      engine: "local",
    });
    // Library answers: one cites both documents, one only the kept one.
    await saveQuestion({
      workspaceId: ws,
      documentId: null,
      userId: alice.id,
      question: "Birds?",
      answer: "Pelicans and herons.",
      citations: [
        { documentId: kept, segment: 0 },
        { documentId: gone, segment: 0 },
      ],
      found: true,
      engine: "local",
    });
    await saveQuestion({
      workspaceId: ws,
      documentId: null,
      userId: alice.id,
      question: "Boat?",
      answer: "Monday.",
      citations: [{ documentId: kept, segment: 1 }],
      found: true,
      engine: "local",
    });
    const share = await createShareLink({ workspaceId: ws, documentId: gone, createdById: alice.id, includeTranscript: true, expiresInDays: null });
    const before = await derived(gone);
    for (const [table, n] of Object.entries(before)) expect(n, table).toBeGreaterThan(0);
    expect((await searchWorkspace(ws, "pelican")).map((r) => r.documentId)).toEqual([gone]);
    const keptBefore = await derived(kept);

    await signInAs(vera);
    expect(await deleteDocument({ workspaceId: ws, documentId: gone })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(bob);
    expect(await deleteDocument({ workspaceId: bobWs, documentId: gone })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await db().document.count({ where: { id: gone } })).toBe(1);

    await signInAs(mia);
    expect(await deleteDocument({ workspaceId: ws, documentId: gone })).toEqual({ ok: true, data: { id: gone, title: "pelican" } });
    expect(await db().document.count({ where: { id: gone } })).toBe(0);
    expect(await derived(gone)).toEqual({ original: 0, segments: 0, chunks: 0, artifacts: 0, todos: 0, questions: 0, shares: 0 });
    expect(await searchWorkspace(ws, "pelican")).toEqual([]);
    expect(await loadSharedDocument(share.token)).toBeNull();
    expect((await listLibraryQuestions(ws)).map((q) => q.question)).toEqual(["Boat?"]);
    expect(await derived(kept)).toEqual(keptBefore);
    expect((await searchWorkspace(ws, "heron")).map((r) => r.documentId)).toEqual([kept]);

    // Deleting twice: the second time there is nothing to delete.
    expect(await deleteDocument({ workspaceId: ws, documentId: gone })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    // The same file can be uploaded again afterwards (its checksum is free again).
    await signInAs(alice);
    const again = await uploadDocument(
      fileForm(ws, "pelican.txt", "Alice: The pelican budget is forty thousand.\nBob: I will send the pelican report by Friday.\nAlice: We decided to fund the pelican study."),
    );
    expect(again.ok).toBe(true);
  });

  it("deletes a failed upload, which has nothing derived yet", async () => {
    await signInAs(alice);
    const up = await uploadDocument(fileForm(ws, "broken.bin", new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254]), "application/octet-stream"));
    if (!up.ok) throw new Error(up.error.message);
    await processQueued(up.data.id);
    expect((await db().document.findUniqueOrThrow({ where: { id: up.data.id } })).status).toBe("failed");
    expect(await deleteDocument({ workspaceId: ws, documentId: up.data.id })).toMatchObject({ ok: true });
    expect(await db().document.count({ where: { id: up.data.id } })).toBe(0);
  });

  it("deleting a document while it is being processed leaves nothing behind, and the job then finds nothing to do", async () => {
    await signInAs(alice);
    const lines = Array.from({ length: 400 }, (_, i) => `${i % 2 ? "Bob" : "Ann"}: Point ${i} about the osprey survey and its budget.`).join("\n");
    const up = await uploadDocument(fileForm(ws, "osprey.txt", lines));
    if (!up.ok) throw new Error(up.error.message);
    const running = processDocument(ws, up.data.id).catch((e: unknown) => e);
    expect(await deleteDocument({ workspaceId: ws, documentId: up.data.id })).toMatchObject({ ok: true });
    await running;
    // A retry of the job after the delete is a no-op.
    await expect(processDocument(ws, up.data.id)).resolves.toBeUndefined();
    expect(await derived(up.data.id)).toEqual({ original: 0, segments: 0, chunks: 0, artifacts: 0, todos: 0, questions: 0, shares: 0 });
    expect(await searchWorkspace(ws, "osprey")).toEqual([]);
  });
});
