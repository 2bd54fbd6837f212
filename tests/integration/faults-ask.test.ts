/**
 * A Q&A answer stream cut by the model mid-answer, through the real ask route: the reply ends with an
 * error part, the half answer is not stored as a complete one, and other questions keep working.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";
import { startFakeOpenAI, toPieces, type FakeOpenAI, type RecordedRequest } from "../support/fake-openai-server";
import { setModelEnv } from "../support/fault-model";
import { userText } from "@/tests/support/llm-helpers";
import { askThrough } from "../support/ask-route";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument } = await import("@/lib/actions/documents");
const { processQueued } = await import("../support/process-queued");
const { listQuestions } = await import("@/lib/db/questions");
const { stopBoss } = await import("@/lib/jobs/boss");
const { resetEnvCache } = await import("@/lib/env");
const { POST } = await import("@/app/api/w/[workspaceId]/ask/route");
const { db } = await import("@/lib/db/client");

let user: Awaited<ReturnType<typeof makeUser>>;
let ws: string;
let docId: string;
let server: FakeOpenAI;

const ANSWER = "The agency quoted forty thousand dollars for the video ads [1], so the team cut them [2].";

const ask = (question: string) => askThrough(POST)(ws, { question, documentId: docId });

beforeAll(async () => {
  user = await makeUser("ask-faults");
  ws = user.personalWorkspaceId;
  await signInAs(user);
  // Analysed by the local engine; only the questions go to the (fake) model.
  delete process.env.MODEL_BASE_URL;
  resetEnvCache();
  const up = await uploadDocument(
    fileForm(
      ws,
      "budget.txt",
      [
        "Alice: Welcome everyone. Today we review the marketing budget for the spring campaign.",
        "Bob: The agency quoted forty thousand dollars for the video ads, which is over our limit.",
        "Alice: Then we decided to cut the video ads and move the money to search ads.",
      ].join("\n"),
    ),
  );
  if (!up.ok) throw new Error(up.error.message);
  docId = up.data.id;
  await processQueued(docId);
  // Questions with "CUT" in them get a stream that breaks off after a few pieces.
  server = await startFakeOpenAI((r: RecordedRequest) =>
    userText(r).includes("CUT") ? { stream: toPieces(ANSWER), cutAfter: 5, pieceDelayMs: 20 } : { stream: toPieces(ANSWER), pieceDelayMs: 5 },
  );
  setModelEnv(server.url);
});
afterAll(async () => {
  await server.close();
  await stopBoss();
});

describe("an answer stream cut mid-answer", () => {
  it("ends with an error part and stores no half answer; a question asked meanwhile is answered and stored", async () => {
    const before = (await listQuestions(ws, docId)).length;
    const [cut, fine] = await Promise.all([ask("CUT: what did the agency quote?"), ask("What did the agency quote for the video ads?")]);

    expect(cut.status).toBe(200);
    expect(cut.text.length).toBeGreaterThan(0); // some text was shown before the cut
    expect(ANSWER.startsWith(cut.text)).toBe(true);
    expect(cut.lines.at(-1)).toMatchObject({ type: "error" });
    expect(cut.lines.at(-1)!.error).toMatch(/broke off/);
    expect(cut.lines.some((l) => l.type === "done" || l.type === "citations")).toBe(false);

    expect(fine.lines.at(-1)).toMatchObject({ type: "done" });
    expect(fine.text).toBe(ANSWER);

    const questions = await listQuestions(ws, docId);
    expect(questions).toHaveLength(before + 1);
    expect(questions.some((q) => q.question.startsWith("CUT"))).toBe(false);
    expect(questions.at(-1)).toMatchObject({ question: "What did the agency quote for the video ads?", answer: ANSWER });
    // The failed call is recorded, not retried (its text was already shown).
    const answerCalls = await db().modelCall.findMany({ where: { documentId: docId, task: "answer" } });
    expect(answerCalls.filter((c) => c.outcome === "error")).toHaveLength(1);
    expect(answerCalls.filter((c) => c.outcome === "ok")).toHaveLength(1);
  });

  it("keeps answering after the cut", async () => {
    const again = await ask("How much was the agency quote?");
    expect(again.lines.at(-1)).toMatchObject({ type: "done" });
    expect(again.text).toBe(ANSWER);
  });
});
