import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, useTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

useTestDatabase();

const { uploadDocument, retryDocument } = await import("@/lib/actions/documents");
const { getDocument, getOriginal, listSegments } = await import("@/lib/db/documents");
const { startWorker } = await import("@/lib/jobs/worker");
const { claimNext } = await import("@/lib/jobs/queue");
const { db } = await import("@/lib/db/client");

let user: Awaited<ReturnType<typeof makeUser>>;
let worker: ReturnType<typeof startWorker>;

beforeAll(async () => {
  user = await makeUser("pipeline");
  await signInAs(user);
  worker = startWorker({ pollMs: 200, log: () => {} });
});
afterAll(() => worker.stop());

async function upload(name: string, bytes: string | Uint8Array) {
  const res = await uploadDocument(fileForm(user.personalWorkspaceId, name, bytes));
  if (!res.ok) throw new Error(res.error.message);
  await worker.drain();
  return res.data.id;
}

describe("upload → parse", () => {
  it("parses a GBK transcript into speaker turns with timestamps", async () => {
    const text = "张三 00:00:05\n大家好，今天讨论上线计划。\n李四 00:01:10\n我下周五之前完成测试。\n";
    const id = await upload("周会.txt", iconv.encode(text, "gbk"));
    const doc = await getDocument(user.personalWorkspaceId, id);
    expect(doc).toMatchObject({ status: "parsed", kind: "meeting", lang: "zh", speakers: ["张三", "李四"] });
    const segs = await listSegments(user.personalWorkspaceId, id);
    expect(segs.map((s) => [s.speaker, s.startMs, s.text])).toEqual([
      ["张三", 5000, "大家好，今天讨论上线计划。"],
      ["李四", 70000, "我下周五之前完成测试。"],
    ]);
    const chunks = await db().chunk.findMany({ where: { workspaceId: user.personalWorkspaceId, documentId: id } });
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks[0]).toMatchObject({ segmentStart: 0, segmentEnd: 1 });
  });

  it("stores a specific error for bad input and keeps the original", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    const id = await upload("notes.txt", png);
    const doc = await getDocument(user.personalWorkspaceId, id);
    expect(doc?.status).toBe("failed");
    expect(doc?.errorCode).toMatch(/UNSUPPORTED_TYPE|BINARY_CONTENT/);
    expect(doc?.errorMessage).toBeTruthy();
    const original = await getOriginal(user.personalWorkspaceId, id);
    expect(Buffer.from(original!.bytes).equals(Buffer.from(png))).toBe(true);

    // Retry runs it again (and fails again, the same way) without losing anything.
    expect(await retryDocument({ workspaceId: user.personalWorkspaceId, documentId: id })).toMatchObject({ ok: true });
    await worker.drain();
    expect((await getDocument(user.personalWorkspaceId, id))?.status).toBe("failed");
  });

  it("takes a claim back from a worker that died, and never hands one document to two workers", async () => {
    await worker.stop();
    const res = await uploadDocument(fileForm(user.personalWorkspaceId, "claimed.txt", "Alice: hello\nBob: hi\n"));
    if (!res.ok) throw new Error(res.error.message);
    const first = await claimNext();
    expect(first?.id).toBe(res.data.id);
    expect(await claimNext()).toBeNull();
    // The claiming worker "died": its lock is now older than the stuck timeout.
    await db().document.update({ where: { id: res.data.id }, data: { lockedAt: new Date(Date.now() - 3600_000) } });
    worker = startWorker({ pollMs: 200, log: () => {} });
    await worker.drain();
    const doc = await getDocument(user.personalWorkspaceId, res.data.id);
    expect(doc).toMatchObject({ status: "parsed", speakers: ["Alice", "Bob"] });
  });
});
