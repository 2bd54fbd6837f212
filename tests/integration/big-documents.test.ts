/**
 * Valid large documents reach `ready` with the local engine: parse writes its segments and chunks in
 * pages outside one long transaction, and analysis of a long input finishes. Run through the same
 * pipeline the worker runs (processDocument), against the test database.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";
import { bigTranscript, bigVtt } from "../support/big-docs";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { uploadDocument } = await import("@/lib/actions/documents");
const { processQueued } = await import("../support/process-queued");
const { db } = await import("@/lib/db/client");

let user: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  user = await makeUser("big");
  await signInAs(user);
});

async function uploadAndProcess(name: string, content: string, type = "text/plain") {
  const res = await uploadDocument(fileForm(user.personalWorkspaceId, name, content, type));
  if (!res.ok) throw new Error(res.error.message);
  const started = Date.now();
  await processQueued(res.data.id);
  const doc = await db().document.findUniqueOrThrow({ where: { id: res.data.id } });
  const segments = await db().segment.count({ where: { documentId: doc.id } });
  const artifacts = await db().artifact.count({ where: { documentId: doc.id } });
  console.log(`[big-documents] ${name} (${(Buffer.byteLength(content) / 1e6).toFixed(1)} MB): ${doc.status} in ${Date.now() - started} ms, ${segments} segments`);
  return { doc, segments, artifacts };
}

describe("large valid documents", () => {
  it("a 20,000-cue VTT (2.2 MB) is parsed and analyzed to ready", async () => {
    const { doc, segments, artifacts } = await uploadAndProcess("captions.vtt", bigVtt(20_000), "text/vtt");
    expect(doc).toMatchObject({ status: "ready", progress: 100, errorMessage: null });
    expect(segments).toBeGreaterThan(10_000);
    expect(artifacts).toBe(2);
  }, 300_000);

  it("a 9 MB .txt transcript is parsed and analyzed to ready", async () => {
    const { doc, segments, artifacts } = await uploadAndProcess("long.txt", bigTranscript(9 * 1024 * 1024));
    expect(doc).toMatchObject({ status: "ready", progress: 100, errorMessage: null });
    expect(segments).toBeGreaterThan(50_000);
    expect(artifacts).toBe(2);
  }, 600_000);
});
