import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

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

async function ask(workspaceId: string, body: unknown) {
  const res = await POST(new Request(`http://test/api/w/${workspaceId}/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), {
    params: Promise.resolve({ workspaceId }),
  });
  const lines = res.ok
    ? (await res.text())
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  return { status: res.status, lines };
}

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
    const { status, lines } = await ask(ws, { question: "What did the agency quote for the video ads?" });
    expect(status).toBe(200);
    const cites = lines.find((l) => l.type === "citations");
    expect(cites.sources.length).toBeGreaterThan(0);
    expect(cites.sources.every((s: { documentId: string }) => s.documentId === docId)).toBe(true);
    const text = lines
      .filter((l) => l.type === "text")
      .map((l) => l.text)
      .join("");
    expect(text).toMatch(/forty thousand/i);
    expect(text).not.toMatch(/ninety/i);
    const stored = await listQuestions(ws, null);
    expect(stored.at(-1)?.citations.every((c) => c.documentId === docId)).toBe(true);
  });
});

describe("ask a document", () => {
  it("streams text, then citations, then done, and stores the question", async () => {
    await signInAs(viewer);
    const { status, lines } = await ask(ws, { question: "How much did the agency quote for the video ads?", documentId: docId });
    expect(status).toBe(200);
    const types = lines.map((l) => l.type);
    expect(types.at(-1)).toBe("done");
    expect(types.indexOf("citations")).toBeGreaterThan(types.indexOf("text"));
    const text = lines
      .filter((l) => l.type === "text")
      .map((l) => l.text)
      .join("");
    expect(text).toMatch(/forty thousand/i);
    expect(lines.find((l) => l.type === "citations").citations).toContain(1);

    const stored = await listQuestions(ws, docId);
    expect(stored.at(-1)).toMatchObject({ question: "How much did the agency quote for the video ads?", found: true });
    expect(stored.at(-1)!.citations).toContainEqual({ documentId: docId, segment: 1 });
  });

  it("says so when the document does not contain the answer", async () => {
    await signInAs(owner);
    const { lines } = await ask(ws, { question: "What is the capital of Mongolia's railway gauge standard?", documentId: docId });
    expect(lines.find((l) => l.type === "citations")?.citations ?? []).toEqual([]);
    expect(
      lines
        .filter((l) => l.type === "text")
        .map((l) => l.text)
        .join(""),
    ).toMatch(/does not|not contain|no information|not mention/i);
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
