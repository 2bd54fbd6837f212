import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { askThrough } from "../support/ask-route";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument } = await import("@/lib/actions/documents");
const { processQueued } = await import("../support/process-queued");
const { listQuestions } = await import("@/lib/db/questions");
const { stopBoss } = await import("@/lib/jobs/boss");
const { POST } = await import("@/app/api/w/[workspaceId]/ask/route");

type U = Awaited<ReturnType<typeof makeUser>>;
let owner: U, viewer: U, stranger: U;
let ws: string, docId: string;

const TRANSCRIPT = [
  "Alice: Welcome everyone. Today we review the marketing budget for the spring campaign.",
  "Bob: The agency quoted forty thousand dollars for the video ads, which is over our limit.",
  "Alice: Then we decided to cut the video ads and move the money to search ads.",
  "Carol: I will send the revised budget to finance by Friday.",
].join("\n");

const ask = askThrough(POST);

beforeAll(async () => {
  owner = await makeUser("owner");
  viewer = await makeUser("viewer");
  stranger = await makeUser("stranger");
  ws = await makeWorkspace(owner, [[viewer, "viewer"]]);
  await signInAs(owner);
  const up = await uploadDocument(fileForm(ws, "budget.txt", TRANSCRIPT));
  if (!up.ok) throw new Error(up.error.message);
  docId = up.data.id;
  await processQueued(docId);
});
afterAll(() => stopBoss());

describe("ask the library", () => {
  it("answers across documents and cites (document, line) pairs, never another workspace's", async () => {
    await signInAs(stranger);
    const other = await uploadDocument(
      fileForm(stranger.personalWorkspaceId, "leak.txt", "Zed: The agency quoted ninety thousand dollars for the video ads in our secret plan.\n"),
    );
    if (!other.ok) throw new Error(other.error.message);
    await processQueued(other.data.id);

    await signInAs(owner);
    const { status, text, sources } = await ask(ws, { question: "What did the agency quote for the video ads?" });
    expect(status).toBe(200);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.documentId === docId)).toBe(true);
    expect(text).toMatch(/forty thousand/i);
    expect(text).not.toMatch(/ninety/i);
    const stored = await listQuestions(ws, null);
    expect(stored.at(-1)?.citations.every((c) => c.documentId === docId)).toBe(true);
  });
});

describe("ask a document", () => {
  it("streams text, then citations, then done, and stores the question", async () => {
    await signInAs(viewer);
    const { status, lines, text, citations } = await ask(ws, { question: "How much did the agency quote for the video ads?", documentId: docId });
    expect(status).toBe(200);
    const types = lines.map((l) => l.type);
    expect(types.at(-1)).toBe("done");
    expect(types.indexOf("citations")).toBeGreaterThan(types.indexOf("text"));
    expect(text).toMatch(/forty thousand/i);
    expect(citations).toContain(1);

    const stored = await listQuestions(ws, docId);
    expect(stored.at(-1)).toMatchObject({ question: "How much did the agency quote for the video ads?", found: true });
    expect(stored.at(-1)!.citations).toContainEqual({ documentId: docId, segment: 1 });
  });

  it("says so when the document does not contain the answer", async () => {
    await signInAs(owner);
    const { text, citations } = await ask(ws, { question: "What is the capital of Mongolia's railway gauge standard?", documentId: docId });
    expect(citations).toEqual([]);
    expect(text).toMatch(/does not|not contain|no information|not mention/i);
  });

  it("refuses members of other workspaces, anonymous callers and bad input", async () => {
    await signInAs(stranger);
    expect((await ask(ws, { question: "budget?", documentId: docId })).status).toBe(404);
    // Their own workspace, someone else's document id: not found either.
    expect((await ask(stranger.personalWorkspaceId, { question: "budget?", documentId: docId })).status).toBe(404);
    await signInAs(null);
    expect((await ask(ws, { question: "budget?", documentId: docId })).status).toBe(401);
    await signInAs(owner);
    expect((await ask(ws, { question: "", documentId: docId })).status).toBe(400);
  });
});
