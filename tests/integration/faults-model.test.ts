/**
 * Model faults through the real pipeline: upload → parse → LLM engine against the fake
 * OpenAI-compatible server → stored artifacts and ModelCall rows. Backoffs are a few ms.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";
import { startFakeOpenAI, type FakeOpenAI, type FakeReply, type RecordedRequest } from "../support/fake-openai-server";
import { longTranscript, partStart, settled, stored, setModelEnv } from "../support/fault-model";
import { goodModel, isExtract, isMerge } from "@/tests/support/llm-helpers";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
process.env.JOB_RETRY_DELAY_SECONDS = "0";

const { uploadDocument, retryDocument } = await import("@/lib/actions/documents");
const { getArtifact } = await import("@/lib/db/artifacts");
const { processQueued } = await import("../support/process-queued");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopBoss } = await import("@/lib/jobs/boss");
const { JOB_RETRY_LIMIT } = await import("@/lib/jobs/queue");
const { db } = await import("@/lib/db/client");

let user: Awaited<ReturnType<typeof makeUser>>;
let server: FakeOpenAI;

beforeAll(async () => {
  user = await makeUser("faults");
  await signInAs(user);
  server = await startFakeOpenAI(goodModel);
});
afterAll(async () => {
  await server.close();
  await stopBoss();
});
beforeEach(() => {
  server.setHandler(goodModel);
  setModelEnv(server.url);
});

async function upload(name: string, lines = 300): Promise<string> {
  const res = await uploadDocument(fileForm(user.personalWorkspaceId, name, longTranscript(lines, name)));
  if (!res.ok) throw new Error(res.error.message);
  return res.data.id;
}

const minutes = async (id: string) => (await getArtifact(user.personalWorkspaceId, id, "minutes"))!.content;
// The analysis' own calls (parts and merge); the template sections' call after it is not under test here.
const calls = (id: string) => db().modelCall.findMany({ where: { documentId: id, task: { not: "template" } }, orderBy: { createdAt: "asc" } });
const partsOf = (id: string) => db().chunk.findMany({ where: { documentId: id }, orderBy: { index: "asc" }, select: { segmentStart: true, segmentEnd: true } });

/** Replies per part: `fault(attempt, req)` decides, attempt counted per part (1-based); undefined = answer well. */
function perPart(fault: (attempt: number, start: number, r: RecordedRequest) => FakeReply | undefined) {
  const attempts = new Map<number, number>();
  return (r: RecordedRequest): FakeReply => {
    const start = partStart(r);
    if (start === undefined) return goodModel(r);
    const n = (attempts.get(start) ?? 0) + 1;
    attempts.set(start, n);
    return fault(n, start, r) ?? goodModel(r);
  };
}

describe("model faults during analysis", () => {
  it("a 429 storm with Retry-After: every part retried after the wait, analysis complete, retries in ModelCall", async () => {
    let merge429 = false;
    const parts = perPart((n) => (n <= 2 ? { status: 429, retryAfter: 1, message: "rate limited" } : undefined));
    server.setHandler((r) => {
      if (isMerge(r) && !merge429) {
        merge429 = true;
        return { status: 429, retryAfter: 1 };
      }
      return parts(r);
    });
    const id = await upload("storm.txt");
    const started = Date.now();
    await processQueued(id);
    const elapsed = Date.now() - started;
    const doc = await settled(id);
    expect(doc.status).toBe("ready");
    const chunks = await partsOf(id);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    const m = await minutes(id);
    expect(m.coverage).toMatchObject({ chunksTotal: chunks.length, chunksOk: chunks.length, failed: [] });

    const rows = await calls(id);
    expect(rows.filter((c) => c.outcome === "error" && c.error?.startsWith("HTTP 429"))).toHaveLength(2 * chunks.length + 1);
    expect(rows.filter((c) => c.outcome === "ok")).toHaveLength(chunks.length + 1);
    // Retry-After: 1 was honoured: two waits per part plus one for the merge, parts in parallel.
    expect(elapsed).toBeGreaterThanOrEqual(3000);
    const byPart = new Map<number, number[]>();
    for (const r of server.requests.filter(isExtract)) byPart.set(partStart(r)!, [...(byPart.get(partStart(r)!) ?? []), r.receivedAt]);
    for (const times of byPart.values()) for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(950);
  });

  it("a persistent 500 on one part: document ready, coverage reports that part, the rest is kept", async () => {
    server.setHandler(perPart((_, start) => (start === 0 ? { status: 500, message: "upstream exploded" } : undefined)));
    const id = await upload("five-hundred.txt");
    await processQueued(id);
    expect((await settled(id)).status).toBe("ready");
    const chunks = await partsOf(id);
    const m = await minutes(id);
    expect(m.coverage.chunksTotal).toBe(chunks.length);
    expect(m.coverage.chunksOk).toBe(chunks.length - 1);
    expect(m.coverage.failed).toHaveLength(1);
    expect(m.coverage.failed[0]).toMatchObject({ segmentStart: 0, segmentEnd: chunks[0].segmentEnd });
    expect(m.coverage.failed[0].error).toMatch(new RegExp(`^Part 1 of ${chunks.length} .*after 4 attempt\\(s\\): HTTP 500`));

    // Every to-do line after the failed part made it into the to-dos.
    const todos = await db().todo.findMany({ where: { documentId: id } });
    const expected = Array.from({ length: 300 }, (_, i) => i).filter((i) => i % 10 === 7 && i > chunks[0].segmentEnd);
    for (const i of expected) expect(todos.some((t) => t.text.includes(`module ${i} `))).toBe(true);
    expect(m.decisions.length).toBeGreaterThan(0);
    const failedCalls = (await calls(id)).filter((c) => c.outcome === "error");
    expect(failedCalls).toHaveLength(4); // 1 + MODEL_MAX_RETRIES, then the part is given up
  });

  it("invalid JSON: a broken reply is re-asked and used; one that stays broken is reported", async () => {
    server.setHandler(
      perPart((n, start) => {
        if (start === 0) return { content: "I'm sorry, as a language model I cannot produce JSON today." };
        if (n === 1) return { content: '{"summary": "not a list", "decisions": 3' };
        return undefined;
      }),
    );
    const id = await upload("bad-json.txt");
    await processQueued(id);
    expect((await settled(id)).status).toBe("ready");
    const chunks = await partsOf(id);
    const m = await minutes(id);
    expect(m.coverage.chunksOk).toBe(chunks.length - 1);
    expect(m.coverage.failed[0].error).toMatch(/^Part 1 of \d+ .*not valid JSON.*even after one retry/);
    const rows = await calls(id);
    // Part 1: invalid twice. Every other part: invalid once, then ok on the re-ask. Plus the merge.
    expect(rows.filter((c) => c.outcome === "invalid")).toHaveLength(2 + (chunks.length - 1));
    expect(rows.filter((c) => c.outcome === "ok")).toHaveLength(chunks.length - 1 + 1);
  });

  it("timeouts: a slow attempt is retried; a part that never answers is reported, the rest completes", async () => {
    setModelEnv(server.url, { MODEL_TIMEOUT_MS: "300", MODEL_MAX_RETRIES: "2" });
    server.setHandler(perPart((n, start) => (start === 0 ? { hang: true } : n === 1 ? { hang: true } : undefined)));
    const id = await upload("timeouts.txt");
    const started = Date.now();
    await processQueued(id);
    const elapsed = Date.now() - started;
    expect((await settled(id)).status).toBe("ready");
    const chunks = await partsOf(id);
    const m = await minutes(id);
    expect(m.coverage.chunksOk).toBe(chunks.length - 1);
    expect(m.coverage.failed[0].error).toMatch(/^Part 1 of \d+ .*after 3 attempt\(s\): no answer within 300 ms/);
    const rows = await calls(id);
    expect(rows.filter((c) => c.outcome === "timeout")).toHaveLength(3 + (chunks.length - 1));
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe("the model down entirely", () => {
  it("fails the document after the job's retries with a clear message, keeps the file and transcript, and Retry works once it is back", async () => {
    const down = await startFakeOpenAI();
    const downUrl = down.url;
    await down.close(); // nothing listens there now: connection refused
    setModelEnv(downUrl, { MODEL_MAX_RETRIES: "1" });
    const worker = await startWorker({ pollSeconds: 0.5 });
    try {
      const id = await upload("down.txt", 120);
      const doc = await settled(id, 45_000);
      expect(doc.status).toBe("failed");
      expect(doc.errorCode).toBe("MODEL_ERROR");
      expect(doc.errorMessage).toMatch(/The model failed on every part of this document\. First error: Part 1 of \d+ .*failed after 2 attempt\(s\)/);
      // Each job attempt tried every part twice (1 + MODEL_MAX_RETRIES), and the job ran 1 + JOB_RETRY_LIMIT times.
      const chunks = await partsOf(id);
      expect(await db().modelCall.count({ where: { documentId: id, outcome: "error" } })).toBe((1 + JOB_RETRY_LIMIT) * chunks.length * 2);
      expect(await db().documentOriginal.count({ where: { documentId: id } })).toBe(1);
      expect(await db().segment.count({ where: { documentId: id } })).toBe(120);
      expect(await db().artifact.count({ where: { documentId: id } })).toBe(0);

      setModelEnv(server.url); // the model is back
      expect(await retryDocument({ workspaceId: user.personalWorkspaceId, documentId: id })).toMatchObject({ ok: true });
      const again = await settled(id, 30_000);
      expect(again).toMatchObject({ status: "ready", errorCode: null, errorMessage: null });
      expect((await stored(id)).artifacts).toEqual(["minutes v1", "slides v1"]);
      expect((await minutes(id)).coverage.failed).toEqual([]);
    } finally {
      await worker.stop();
    }
  });
});
