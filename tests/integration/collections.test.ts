import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { ok } from "../support/action-result";
import { askThrough } from "../support/ask-route";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { readyDocument } = await import("../support/authz-fixtures");
const c = await import("@/lib/actions/collections");
const { createQuiz } = await import("@/lib/actions/quizzes");
const { getQuiz } = await import("@/lib/db/quizzes");
const { collectionsOfDocument, listCollections } = await import("@/lib/db/collections");
const { listDocuments } = await import("@/lib/db/documents");
const { searchWorkspace } = await import("@/lib/db/search");
const { POST } = await import("@/app/api/w/[workspaceId]/ask/route");
const { stopBoss } = await import("@/lib/jobs/boss");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U, vera: U, bob: U;
let ws: string, wsB: string;
let handbook: string, expenses: string, outside: string, bobsDoc: string;

const ask = askThrough(POST);

beforeAll(async () => {
  alice = await makeUser("alice");
  vera = await makeUser("vera");
  bob = await makeUser("bob");
  ws = await makeWorkspace(alice, [[vera, "viewer"]]);
  wsB = await makeWorkspace(bob);
  handbook = await readyDocument(ws, alice.id, "onboarding.md", readFileSync("tests/fixtures/quiz/onboarding.md", "utf8"));
  expenses = await readyDocument(ws, alice.id, "expenses-zh.md", readFileSync("tests/fixtures/quiz/expenses-zh.md", "utf8"));
  // Outside the collection, and answering the same question differently: it must never be cited.
  outside = await readyDocument(
    ws,
    alice.id,
    "old-policy.txt",
    "Dana: Report a lost badge to the security desk in Building F within 48 hours.\nDana: Meals abroad are reimbursed up to 20 euros per day.\n",
  );
  bobsDoc = await readyDocument(wsB, bob.id, "bob.txt", "Bob: Report a lost badge to the security desk in Building Z within 2 hours.\n");
}, 180_000);
afterAll(() => stopBoss());

describe("collections", () => {
  it("members create, rename, fill and empty them; viewers cannot; names are unique per workspace", async () => {
    await signInAs(alice);
    const col = ok(await c.newCollection({ workspaceId: ws, name: "Training" }));
    expect(await c.newCollection({ workspaceId: ws, name: "Training" })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    ok(await c.renameCollectionAction({ workspaceId: ws, collectionId: col.id, name: "New starters" }));
    expect(ok(await c.addDocumentsToCollection({ workspaceId: ws, collectionId: col.id, documentIds: [handbook, expenses] }))).toEqual({ added: 2 });
    // Adding again is harmless; a document may be in several collections.
    expect(ok(await c.addDocumentsToCollection({ workspaceId: ws, collectionId: col.id, documentIds: handbook }))).toEqual({ added: 0 });
    const other = ok(await c.newCollection({ workspaceId: ws, name: "Security" }));
    ok(await c.addDocumentsToCollection({ workspaceId: ws, collectionId: other.id, documentIds: [handbook] }));
    expect((await collectionsOfDocument(ws, handbook)).map((x) => x.name)).toEqual(["New starters", "Security"]);
    expect((await listCollections(ws)).map((x) => [x.name, x.documents])).toEqual([
      ["New starters", 2],
      ["Security", 1],
    ]);
    expect((await listDocuments(ws, { collection: col.id })).map((d) => d.id).sort()).toEqual([handbook, expenses].sort());
    ok(await c.removeDocumentFromCollection({ workspaceId: ws, collectionId: other.id, documentId: handbook }));
    expect(await listDocuments(ws, { collection: other.id })).toEqual([]);
    ok(await c.deleteCollectionAction({ workspaceId: ws, collectionId: other.id }));
    expect((await listDocuments(ws)).length).toBe(3);
    await signInAs(vera);
    expect(await c.newCollection({ workspaceId: ws, name: "Mine" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await c.newCollection({ workspaceId: ws, name: "   " })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });

  it("a collection holds only its workspace's documents, and only its members reach it", async () => {
    await signInAs(alice);
    const col = ok(await c.newCollection({ workspaceId: ws, name: "Mixed" }));
    expect(await c.addDocumentsToCollection({ workspaceId: ws, collectionId: col.id, documentIds: [handbook, bobsDoc] })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await listDocuments(ws, { collection: col.id })).toEqual([]);
    await signInAs(bob);
    expect(await c.deleteCollectionAction({ workspaceId: ws, collectionId: col.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    // Bob's own workspace id with Alice's collection: not found, and nothing changes.
    expect(await c.addDocumentsToCollection({ workspaceId: wsB, collectionId: col.id, documentIds: [bobsDoc] })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await c.renameCollectionAction({ workspaceId: wsB, collectionId: col.id, name: "Hijacked" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await listCollections(ws)).map((x) => x.name)).toContain("Mixed");
    const askOther = await ask(wsB, { question: "Where do I report a lost badge?", collectionId: col.id });
    expect(askOther.status).toBe(404);
  });
});

describe("scoped to a collection", () => {
  let col: string;
  beforeAll(async () => {
    await signInAs(alice);
    col = ok(await c.newCollection({ workspaceId: ws, name: "Handbooks" })).id;
    ok(await c.addDocumentsToCollection({ workspaceId: ws, collectionId: col, documentIds: [handbook, expenses] }));
  });

  it("search finds only the collection's documents", async () => {
    const all = await searchWorkspace(ws, "lost badge");
    expect(all.map((r) => r.documentId).sort()).toEqual([handbook, outside].sort());
    const scoped = await searchWorkspace(ws, "lost badge", { collectionId: col });
    expect(scoped.map((r) => r.documentId)).toEqual([handbook]);
    expect((await searchWorkspace(ws, "48 hours")).map((r) => r.documentId)).toEqual([outside]);
    expect(await searchWorkspace(ws, "48 hours", { collectionId: col })).toEqual([]);
  });

  it("Ask the collection answers from its documents; a document outside it is never cited", async () => {
    await signInAs(vera);
    const whole = await ask(ws, { question: "Where do I report a lost badge?" });
    expect(whole.sources.map((s) => s.documentId)).toContain(outside);
    for (const question of ["Where do I report a lost badge?", "How much are meals abroad reimbursed per day?", "Building F lost badge 48 hours"]) {
      const scoped = await ask(ws, { question, collectionId: col });
      expect(scoped.status).toBe(200);
      expect(
        scoped.sources.every((s) => s.documentId === handbook || s.documentId === expenses),
        question,
      ).toBe(true);
      expect(scoped.text).not.toMatch(/Building F|20 euros|Building Z/);
    }
    const badge = await ask(ws, { question: "Where do I report a lost badge?", collectionId: col });
    expect(badge.text).toMatch(/Building C/);
  });

  it("a quiz from the collection draws on each of its documents, and only on them", async () => {
    await signInAs(alice);
    const made = ok(await createQuiz({ workspaceId: ws, collectionId: col, count: 10 }));
    const quiz = (await getQuiz(ws, made.id))!;
    expect(quiz).toMatchObject({ collectionId: col, documentId: null, title: "Handbooks" });
    const cited = new Set(quiz.questionList.flatMap((q) => q.citations.map((x) => x.documentId)));
    expect([...cited].sort()).toEqual([handbook, expenses].sort());
    expect(quiz.questionList.length).toBe(10);
    const empty = ok(await c.newCollection({ workspaceId: ws, name: "Empty" }));
    expect(await createQuiz({ workspaceId: ws, collectionId: empty.id })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT", message: expect.stringMatching(/no ready documents/) },
    });
    await signInAs(bob);
    expect(await createQuiz({ workspaceId: wsB, collectionId: col })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("deleting a document", () => {
  it("removes its questions from a collection's quiz and leaves the others", async () => {
    await signInAs(alice);
    const { deleteDocument } = await import("@/lib/db/documents");
    const doomed = await readyDocument(
      ws,
      alice.id,
      "doomed.md",
      readFileSync("tests/fixtures/quiz/onboarding.md", "utf8").replace("Onboarding handbook", "Doomed handbook").replaceAll("Building", "Tower"),
    );
    const col = ok(await c.newCollection({ workspaceId: ws, name: "Doomed" })).id;
    ok(await c.addDocumentsToCollection({ workspaceId: ws, collectionId: col, documentIds: [doomed, expenses] }));
    const id = ok(await createQuiz({ workspaceId: ws, collectionId: col, count: 6 })).id;
    const before = (await getQuiz(ws, id))!.questionList;
    const fromDoomed = before.filter((q) => q.citations.some((x) => x.documentId === doomed)).length;
    expect(fromDoomed).toBeGreaterThan(0);
    await deleteDocument(ws, doomed);
    const after = (await getQuiz(ws, id))!.questionList;
    expect(after).toHaveLength(before.length - fromDoomed);
    expect(after.every((q) => q.citations.every((x) => x.documentId === expenses))).toBe(true);
  });
});
