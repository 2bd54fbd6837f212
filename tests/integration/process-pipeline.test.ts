import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument, retryDocument } = await import("@/lib/actions/documents");
const { getDocument, getOriginal, listSegments } = await import("@/lib/db/documents");
const { getArtifact } = await import("@/lib/db/artifacts");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopBoss } = await import("@/lib/jobs/boss");
const { processQueued } = await import("../support/process-queued");
const { db } = await import("@/lib/db/client");

let user: Awaited<ReturnType<typeof makeUser>>;
let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
  user = await makeUser("pipeline");
  await signInAs(user);
  worker = await startWorker({ pollSeconds: 0.5 });
});
afterAll(async () => {
  await worker.stop();
  await stopBoss();
});

async function settled(id: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const doc = await getDocument(user.personalWorkspaceId, id);
    if (doc && (doc.status === "ready" || doc.status === "failed")) return doc;
    if (Date.now() > until) throw new Error(`document ${id} still ${doc?.status} (${doc?.step})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function upload(name: string, bytes: string | Uint8Array) {
  const res = await uploadDocument(fileForm(user.personalWorkspaceId, name, bytes));
  if (!res.ok) throw new Error(res.error.message);
  return res.data.id;
}

const TRANSCRIPT = [
  "会议时间：2024年3月5日",
  "张三 00:00:05",
  "大家好，今天讨论新版本的上线计划和测试安排。",
  "李四 00:01:10",
  "测试还差两个模块，我下周五之前完成测试报告。",
  "王五 00:02:30",
  "好的，我们决定下个月初正式发布新版本。",
].join("\n");

describe("upload → parse → analyze, in the background", () => {
  it("turns a GBK transcript into segments, minutes, slides and to-dos", async () => {
    const id = await upload("周会.txt", iconv.encode(TRANSCRIPT, "gbk"));
    const doc = await settled(id);
    expect(doc).toMatchObject({ status: "ready", progress: 100, kind: "meeting", lang: "zh", speakers: ["张三", "李四", "王五"] });
    const segs = await listSegments(user.personalWorkspaceId, id);
    expect(segs.map((s) => [s.speaker, s.startMs])).toEqual([
      ["张三", 5000],
      ["李四", 70000],
      ["王五", 150000],
    ]);
    expect(segs[1].text).toBe("测试还差两个模块，我下周五之前完成测试报告。");

    const minutes = await getArtifact(user.personalWorkspaceId, id, "minutes");
    expect(minutes?.version).toBe(1);
    expect(minutes?.content.summary.length).toBeGreaterThan(0);
    for (const p of minutes!.content.summary) for (const c of p.citations) expect(c).toBeLessThan(segs.length);
    const slides = await getArtifact(user.personalWorkspaceId, id, "slides");
    expect(slides?.content.outline.slides.length).toBeGreaterThan(0);

    const todos = await db().todo.findMany({ where: { workspaceId: user.personalWorkspaceId, documentId: id } });
    const report = todos.find((t) => t.text.includes("测试报告"));
    expect(report).toMatchObject({ owner: "李四", due: "2024-03-15", citations: [1] });
  });

  it("running the job again changes nothing: no duplicate artifacts or to-dos", async () => {
    const id = await upload("again.txt", "Alice: I will send the budget by Friday.\nBob: Thanks, we decided to keep the launch date.\n");
    await settled(id);
    const count = () => Promise.all([db().artifact.count({ where: { documentId: id } }), db().todo.count({ where: { documentId: id } })]);
    const before = await count();
    await processQueued(id);
    expect(await count()).toEqual(before);
  });

  it("a job runs only in the workspace it names; a job queued before jobs carried the workspace still runs", async () => {
    const { createDocumentFromUpload } = await import("@/lib/db/documents");
    const { processDocument, failProcessing } = await import("@/lib/pipelines/process-document");
    const { getBoss, QUEUES } = await import("@/lib/jobs/boss");
    const other = await makeUser("pipeline-other");
    const bytes = new TextEncoder().encode("Alice: I will send the budget by Friday.\nBob: Agreed.\n");
    const doc = await createDocumentFromUpload({
      workspaceId: user.personalWorkspaceId,
      uploadedById: user.id,
      fileName: "scoped.txt",
      mimeType: "text/plain",
      bytes,
      maxBytes: 1_000_000,
    });
    // Named with another workspace, the job finds no such document: nothing is read, claimed or failed.
    await processDocument(other.personalWorkspaceId, doc.id);
    await failProcessing(other.personalWorkspaceId, doc.id, new Error("not this workspace's"));
    expect(await db().document.findUniqueOrThrow({ where: { id: doc.id }, select: { status: true, runId: true } })).toEqual({ status: "uploaded", runId: null });
    // The job format of earlier versions ({ documentId } only), still waiting in the queue after an upgrade.
    await (await getBoss()).send(QUEUES.process, { documentId: doc.id });
    expect((await settled(doc.id)).status).toBe("ready");
  });

  it("stores a specific error for bad input, keeps the original, and can be retried", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    const id = await upload("notes.txt", png);
    const doc = await settled(id);
    expect(doc.status).toBe("failed");
    // PNG signature with a cut-off header: read as an image, which cannot be decoded.
    expect(doc.errorCode).toMatch(/UNSUPPORTED_TYPE|BINARY_CONTENT|CORRUPT_FILE/);
    expect(doc.errorMessage).toBeTruthy();
    const original = await getOriginal(user.personalWorkspaceId, id);
    expect(Buffer.from(original!.bytes).equals(Buffer.from(png))).toBe(true);

    expect(await retryDocument({ workspaceId: user.personalWorkspaceId, documentId: id })).toMatchObject({ ok: true });
    const again = await settled(id);
    expect(again).toMatchObject({ status: "failed", errorCode: doc.errorCode });
  });

  it("a ready document cannot be 'retried'", async () => {
    const id = await upload("fine.txt", "Carol: hello there\n");
    await settled(id);
    expect(await retryDocument({ workspaceId: user.personalWorkspaceId, documentId: id })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});
