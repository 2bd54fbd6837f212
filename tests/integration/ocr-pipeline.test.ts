import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";
import { FIXTURE_TEXT } from "../fixtures/ocr/generate";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument } = await import("@/lib/actions/documents");
const { getDocument, listSegments } = await import("@/lib/db/documents");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopBoss } = await import("@/lib/jobs/boss");
const { askDocument } = await import("@/lib/pipelines/ask-document");

const OCR = path.resolve(__dirname, "../fixtures/ocr");
let user: Awaited<ReturnType<typeof makeUser>>;
let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
  user = await makeUser("ocr");
  await signInAs(user);
  worker = await startWorker({ pollSeconds: 0.5 });
});
afterAll(async () => {
  await worker.stop();
  await stopBoss();
});

async function settled(id: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const doc = await getDocument(user.personalWorkspaceId, id);
    if (doc && (doc.status === "ready" || doc.status === "failed")) return doc;
    if (Date.now() > until) throw new Error(`document ${id} still ${doc?.status} (${doc?.step})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function uploadFixture(name: string) {
  const res = await uploadDocument(fileForm(user.personalWorkspaceId, name, new Uint8Array(readFileSync(path.join(OCR, name)))));
  if (!res.ok) throw new Error(res.error.message);
  return res.data.id;
}

async function answer(documentId: string, question: string) {
  const { parts } = await askDocument(user.personalWorkspaceId, documentId, question);
  let text = "";
  let citations: number[] = [];
  for await (const p of parts) {
    if (p.type === "text") text += p.text ?? "";
    if (p.type === "citations") citations = p.citations ?? [];
  }
  return { text, citations };
}

describe("scans and photos through the isolated processing child (OCR)", () => {
  it("a photo becomes segments with page and confidence, and can be asked", async () => {
    const id = await uploadFixture("line-en.png");
    const doc = await settled(id);
    expect(doc).toMatchObject({ status: "ready", lang: "en" });
    const segs = await listSegments(user.personalWorkspaceId, id);
    expect(segs.map((s) => s.text)).toEqual([FIXTURE_TEXT.en]);
    expect(segs[0].page).toBe(1);
    expect(segs[0].confidence).toBeGreaterThan(0.6);
    const a = await answer(id, "What is the invoice total?");
    expect(a.text).toContain("4280");
    expect(a.citations).toEqual([0]);
  }, 180_000);

  it("a scanned (image-only) Chinese PDF is read instead of refused", async () => {
    const id = await uploadFixture("scan-zh.pdf");
    const doc = await settled(id);
    expect(doc).toMatchObject({ status: "ready", lang: "zh" });
    const segs = await listSegments(user.personalWorkspaceId, id);
    expect(segs.map((s) => s.text).join("")).toBe(FIXTURE_TEXT.zh);
    expect(segs.every((s) => s.page === 1 && s.confidence != null)).toBe(true);
  }, 180_000);
});
