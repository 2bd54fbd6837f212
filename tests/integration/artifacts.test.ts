import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { saveSlides, regenerate } = await import("@/lib/actions/artifacts");
const { uploadDocument } = await import("@/lib/actions/documents");
const { getArtifact, listArtifactVersions } = await import("@/lib/db/artifacts");
const { processQueued } = await import("../support/process-queued");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopBoss } = await import("@/lib/jobs/boss");
const { resetEnvCache } = await import("@/lib/env");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U, mia: U, vera: U, bob: U;
let wsA: string, wsB: string, docId: string, bobDocId: string;

const TRANSCRIPT = [
  "Alice: Good morning everyone, let's review the launch plan for the new version.",
  "Bob: Testing is almost finished. I will send the test report by Friday.",
  "Alice: Good. We decided to release the new version at the start of next month.",
  "Carol: I will update the user documentation before the release.",
  "Bob: The budget for the launch event is still open; finance needs the numbers.",
].join("\n");

async function readyDocument(workspaceId: string, name: string, text: string): Promise<string> {
  const up = await uploadDocument(fileForm(workspaceId, name, text));
  if (!up.ok) throw new Error(up.error.message);
  await processQueued(up.data.id);
  return up.data.id;
}

const slidesOf = async (version?: number) => (await getArtifact(wsA, docId, "slides", version))!;

beforeAll(async () => {
  alice = await makeUser("alice");
  mia = await makeUser("mia");
  vera = await makeUser("vera");
  bob = await makeUser("bob");
  wsA = await makeWorkspace(alice, [
    [mia, "member"],
    [vera, "viewer"],
  ]);
  wsB = await makeWorkspace(bob);
  await signInAs(alice);
  docId = await readyDocument(wsA, "launch-sync.txt", TRANSCRIPT);
  await signInAs(bob);
  bobDocId = await readyDocument(wsB, "bob.txt", "Bob: This is Bob's private meeting about the merger.\nDan: I will draft the letter tomorrow.\n");
});
afterAll(async () => {
  await stopBoss();
});

describe("saveSlides", () => {
  it("stores the edit as a new version, marked edited, keeping citations of kept slides only", async () => {
    const v1 = await slidesOf();
    expect(v1.version).toBe(1);
    expect(v1.content.edited).toBe(false);
    const first = v1.content.outline.slides[0];
    // A kept slide must carry citations for the test to show they are kept.
    expect(first.citations.length).toBeGreaterThan(0);

    await signInAs(mia);
    const res = await saveSlides({
      workspaceId: wsA,
      documentId: docId,
      baseVersion: 1,
      title: "  Launch   review ",
      slides: [
        { source: null, title: "Open questions", bullets: ["Launch event budget"] },
        { source: 0, title: `Renamed: ${first.title}`, bullets: [...first.bullets.slice(0, 2), "An added point"] },
      ],
    });
    expect(res).toEqual({ ok: true, data: { version: 2 } });

    const v2 = await slidesOf();
    expect(v2.version).toBe(2);
    expect(v2.content.edited).toBe(true);
    expect(v2.content.outline.title).toBe("Launch review");
    expect(v2.content.outline.slides.map((s) => s.title)).toEqual(["Open questions", `Renamed: ${first.title}`]);
    expect(v2.content.outline.slides[0]).toMatchObject({ citations: [], verified: true, bullets: ["Launch event budget"] });
    expect(v2.content.outline.slides[1]).toMatchObject({ citations: first.citations, verified: first.verified });
    expect(v2.content.outline.slides[1].bullets.at(-1)).toBe("An added point");
    // The earlier version is untouched and still readable.
    expect((await slidesOf(1)).content).toEqual(v1.content);
  });

  it("can start from an earlier version; the new one still gets the next number", async () => {
    await signInAs(alice);
    const v1 = await slidesOf(1);
    const res = await saveSlides({
      workspaceId: wsA,
      documentId: docId,
      baseVersion: 1,
      title: v1.content.outline.title,
      slides: [{ source: 0, title: "Back to the original", bullets: [] }],
    });
    expect(res).toEqual({ ok: true, data: { version: 3 } });
    expect((await slidesOf()).content.outline.slides[0].citations).toEqual(v1.content.outline.slides[0].citations);
  });

  it("refuses a viewer", async () => {
    await signInAs(vera);
    const res = await saveSlides({ workspaceId: wsA, documentId: docId, baseVersion: 1, title: "x", slides: [{ source: null, title: "x", bullets: [] }] });
    expect(res).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("finds nothing in another workspace, whichever workspace id is sent", async () => {
    await signInAs(bob);
    const input = { baseVersion: 1, title: "stolen", slides: [{ source: 0, title: "stolen", bullets: [] }] };
    expect(await saveSlides({ ...input, workspaceId: wsA, documentId: docId })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await saveSlides({ ...input, workspaceId: wsB, documentId: docId })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await signInAs(alice);
    expect(await saveSlides({ ...input, workspaceId: wsA, documentId: bobDocId })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await getArtifact(wsB, bobDocId, "slides"))?.version).toBe(1);
  });

  it("refuses invalid decks with a specific message and stores nothing", async () => {
    await signInAs(alice);
    const before = (await listArtifactVersions(wsA, docId, "slides")).length;
    const base = { workspaceId: wsA, documentId: docId, baseVersion: 1, title: "Deck" };
    const slide = { source: null, title: "A slide", bullets: ["point"] };
    const cases: [unknown, RegExp][] = [
      [{ ...base, slides: [] }, /at least one slide/],
      [{ ...base, slides: Array.from({ length: 31 }, () => slide) }, /at most 30 slides/],
      [{ ...base, slides: [{ ...slide, bullets: Array.from({ length: 9 }, (_, i) => `b${i}`) }] }, /at most 8 bullets/],
      [{ ...base, slides: [{ ...slide, title: "   " }] }, /title cannot be empty/],
      [{ ...base, slides: [{ ...slide, bullets: ["x".repeat(501)] }] }, /at most 500 characters/],
      [{ ...base, title: "t".repeat(201), slides: [slide] }, /at most 200 characters/],
      [{ ...base, documentId: "nope", slides: [slide] }, /not a document id/],
    ];
    for (const [input, message] of cases) {
      const res = await saveSlides(input);
      expect(res).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
      if (!res.ok) expect(res.error.message).toMatch(message);
    }
    expect(await saveSlides({ ...base, baseVersion: 99, slides: [slide] })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await listArtifactVersions(wsA, docId, "slides")).toHaveLength(before);
  });

  it("refuses anonymous callers", async () => {
    await signInAs(null);
    expect(await saveSlides({ workspaceId: wsA })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });
});

describe("regenerate", () => {
  it("refuses the language model when none is configured, with the setup hint", async () => {
    const saved = process.env.MODEL_BASE_URL;
    delete process.env.MODEL_BASE_URL;
    resetEnvCache();
    try {
      await signInAs(mia);
      const res = await regenerate({ workspaceId: wsA, documentId: docId, kind: "minutes", engine: "llm" });
      expect(res).toMatchObject({ ok: false, error: { code: "MODEL_NOT_CONFIGURED", message: expect.stringMatching(/MODEL_BASE_URL/) } });
    } finally {
      if (saved !== undefined) process.env.MODEL_BASE_URL = saved;
      resetEnvCache();
    }
  });

  it("refuses viewers and other workspaces", async () => {
    await signInAs(vera);
    expect(await regenerate({ workspaceId: wsA, documentId: docId, kind: "slides", engine: "local" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(alice);
    expect(await regenerate({ workspaceId: wsA, documentId: bobDocId, kind: "slides", engine: "local" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await regenerate({ workspaceId: wsA, documentId: docId, kind: "todos", engine: "local" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });

  it("queues the work; the worker adds a new version and the earlier ones stay", async () => {
    await signInAs(mia);
    const before = await getArtifact(wsA, docId, "minutes");
    expect(before?.version).toBe(1);
    const res = await regenerate({ workspaceId: wsA, documentId: docId, kind: "minutes", engine: "local" });
    expect(res).toEqual({ ok: true, data: { documentId: docId, kind: "minutes", engine: "local" } });
    // Nothing ran inline: the action only queued the job.
    expect((await getArtifact(wsA, docId, "minutes"))?.version).toBe(1);

    const worker = await startWorker({ pollSeconds: 0.5 });
    try {
      const until = Date.now() + 30_000;
      while ((await getArtifact(wsA, docId, "minutes"))?.version !== 2) {
        if (Date.now() > until) throw new Error("the regenerated minutes never arrived");
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await worker.stop();
    }
    const after = await getArtifact(wsA, docId, "minutes");
    expect(after).toMatchObject({ version: 2, engine: "local" });
    expect(after!.content.summary.length).toBeGreaterThan(0);
    expect((await getArtifact(wsA, docId, "minutes", 1))?.content).toEqual(before!.content);
    // Only the minutes were regenerated.
    expect((await listArtifactVersions(wsA, docId, "slides")).map((v) => v.version)).toEqual([3, 2, 1]);
  });
});
