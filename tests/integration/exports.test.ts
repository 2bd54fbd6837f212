import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { elementTexts, malformedParts, unzipText } from "@/tests/support/ooxml";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { loadDeckExport, loadMinutesExport } = await import("@/lib/db/exports");
const { GET: minutesMd } = await import("@/app/w/[workspaceId]/d/[documentId]/export/minutes.md/route");
const { GET: minutesDocx } = await import("@/app/w/[workspaceId]/d/[documentId]/export/minutes.docx/route");
const { GET: slidesPptx } = await import("@/app/w/[workspaceId]/d/[documentId]/export/slides.pptx/route");
const { GET: slidesMd } = await import("@/app/w/[workspaceId]/d/[documentId]/export/slides.md/route");

type U = Awaited<ReturnType<typeof makeUser>>;
type Handler = typeof minutesMd;
let alice: U, vera: U, bob: U;
let wsA: string, wsB: string, docId: string;

const TITLE = "Q3 planning: budget / launch";
const slide = (title: string, bullets: string[], citations: number[] = []) => ({ title, bullets, citations, verified: true });

/** A ready document written straight to the tables, so the exported text is known exactly. */
async function seedDocument(workspaceId: string): Promise<string> {
  const documentId = randomUUID();
  await db().document.create({
    data: {
      id: documentId,
      workspaceId,
      fileName: "q3.vtt",
      mimeType: "text/vtt",
      sizeBytes: 100,
      sha256: randomUUID(),
      title: TITLE,
      kind: "meeting",
      lang: "en",
      meetingDate: new Date("2024-05-06"),
      speakers: ["Alice", "Bob"],
      status: "ready",
      progress: 100,
    },
  });
  await db().segment.createMany({
    data: [
      { workspaceId, documentId, index: 0, speaker: "Alice", startMs: 5_000, text: "The Q3 budget is approved." },
      { workspaceId, documentId, index: 1, speaker: "Bob", startMs: 65_000, text: "I will send the revised plan by Friday." },
      { workspaceId, documentId, index: 2, speaker: "Alice", startMs: 3_725_000, text: "We move the launch by one week." },
    ],
  });
  const minutes = {
    lang: "en",
    summary: [{ text: "The Q3 budget was approved.", citations: [0], verified: true }],
    topics: [{ title: "Launch timing", summary: "The launch moves by a week.", segmentStart: 2, segmentEnd: 2, startMs: 3_725_000, citations: [2], verified: true }],
    decisions: [{ text: "Delay the launch by one week.", citations: [2], verified: true }],
    coverage: { chunksTotal: 1, chunksOk: 1, failed: [] },
  };
  const deck = (title: string, slides: ReturnType<typeof slide>[], edited: boolean) => ({ outline: { title, slides }, edited });
  await db().artifact.createMany({
    data: [
      { workspaceId, documentId, kind: "minutes", version: 1, engine: "local", content: minutes },
      { workspaceId, documentId, kind: "slides", version: 1, engine: "local", content: deck("Q3 planning", [slide("Budget", ["Q3 budget approved"], [0])], false) },
      {
        workspaceId,
        documentId,
        kind: "slides",
        version: 2,
        engine: "local",
        content: deck("Q3 review deck", [slide("Launch delayed", ["One week later"], [2]), slide("Budget approved", ["Marketing +10%"])], true),
      },
    ],
  });
  await db().todo.createMany({
    data: [
      { workspaceId, documentId, text: "Send the revised plan", owner: "Bob", due: "2024-05-10", citations: [1], position: 0 },
      { workspaceId, documentId, text: "Book the venue", owner: null, due: null, status: "done", citations: [], position: 1 },
      { workspaceId, documentId, text: "Print flyers", owner: "Alice", status: "dropped", citations: [0], verified: false, position: 2 },
    ],
  });
  return documentId;
}

function call(handler: Handler, workspaceId: string, documentId: string, query = "") {
  const url = `http://localhost/w/${workspaceId}/d/${documentId}/export/file${query}`;
  return handler(new Request(url), { params: Promise.resolve({ workspaceId, documentId }) });
}

const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer());

function slideTitles(files: Record<string, string>): string[] {
  return Object.keys(files)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
    .map((p) => elementTexts(files[p].replace(/<a:fld [\s\S]*?<\/a:fld>/g, ""), "a:p", "a:t").filter(Boolean)[0]);
}

beforeAll(async () => {
  alice = await makeUser("alice");
  vera = await makeUser("vera");
  bob = await makeUser("bob");
  wsA = await makeWorkspace(alice, [[vera, "viewer"]]);
  wsB = await makeWorkspace(bob);
  docId = await seedDocument(wsA);
});

describe("export loaders", () => {
  it("collect the latest minutes, the to-dos and labels for the cited segments only", async () => {
    const src = await loadMinutesExport(wsA, docId);
    expect(src).toMatchObject({ title: TITLE, version: 1, input: { title: TITLE, meetingDate: "2024-05-06", lang: "en" } });
    expect(src!.input.todos.map((t) => [t.text, t.status, t.verified])).toEqual([
      ["Send the revised plan", "open", true],
      ["Book the venue", "done", true],
      ["Print flyers", "dropped", false],
    ]);
    expect(src!.input.segments.map((s) => s.index).sort()).toEqual([0, 1, 2]);
    expect(src!.input.segments.find((s) => s.index === 1)).toEqual({ index: 1, speaker: "Bob", startMs: 65_000 });
  });

  it("take the latest deck or the version asked for, and name the meeting on the cover", async () => {
    const latest = await loadDeckExport(wsA, docId);
    expect(latest).toMatchObject({ version: 2, input: { title: "Q3 review deck", subtitle: `${TITLE} · 2024-05-06`, lang: "en" } });
    expect(latest!.input.slides).toEqual([
      { title: "Launch delayed", bullets: ["One week later"] },
      { title: "Budget approved", bullets: ["Marketing +10%"] },
    ]);
    expect((await loadDeckExport(wsA, docId, 1))?.input.slides.map((s) => s.title)).toEqual(["Budget"]);
    expect(await loadDeckExport(wsA, docId, 7)).toBeNull();
  });

  it("are scoped to the workspace", async () => {
    expect(await loadMinutesExport(wsB, docId)).toBeNull();
    expect(await loadDeckExport(wsB, docId)).toBeNull();
  });
});

describe("export route handlers", () => {
  it("minutes as Markdown: sources, to-dos and a UTF-8 file name", async () => {
    await signInAs(vera);
    const res = await call(minutesMd, wsA, docId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''Q3%20planning%20budget%20launch.md");
    const md = await res.text();
    expect(md).toContain(`# ${TITLE}`);
    expect(md).toContain("- The Q3 budget was approved. [Alice 00:00:05]");
    expect(md).toContain("### Launch timing (01:02:05)");
    expect(md).toContain("- [ ] Send the revised plan — Owner: Bob · Due: 2024-05-10 [Bob 00:01:05]");
    expect(md).toContain("- [x] Book the venue");
    expect(md).toMatch(/~~Print flyers~~.*unverified/);
  });

  it("minutes as Word: a valid package with the minutes and the to-dos", async () => {
    await signInAs(alice);
    const res = await call(minutesDocx, wsA, docId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''Q3%20planning%20budget%20launch\.docx$/);
    const files = unzipText(await bytes(res));
    expect(malformedParts(files)).toEqual([]);
    const text = elementTexts(files["word/document.xml"], "w:p", "w:t").join("\n");
    for (const expected of [TITLE, "The Q3 budget was approved.", "Delay the launch by one week.", "Send the revised plan", "Bob 00:01:05"]) {
      expect(text).toContain(expected);
    }
  });

  it("slides as PowerPoint: the latest version by default, or ?v=", async () => {
    await signInAs(alice);
    const res = await call(slidesPptx, wsA, docId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    expect(res.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''Q3%20planning%20budget%20launch\.pptx$/);
    const files = unzipText(await bytes(res));
    expect(malformedParts(files)).toEqual([]);
    expect(slideTitles(files)).toEqual(["Q3 review deck", "Launch delayed", "Budget approved"]);

    const v1 = unzipText(await bytes(await call(slidesPptx, wsA, docId, "?v=1")));
    expect(slideTitles(v1)).toEqual(["Q3 planning", "Budget"]);
  });

  it("slides as Markdown (Marp)", async () => {
    await signInAs(alice);
    const res = await call(slidesMd, wsA, docId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''Q3%20planning%20budget%20launch\.slides\.md$/);
    const md = await res.text();
    expect(md).toMatch(/^---\nmarp: true\n---/);
    expect(md).toContain("## Launch delayed\n\n- One week later");
  });

  it("encodes a Chinese title and the characters RFC 5987 does not allow bare", async () => {
    await db().document.update({ where: { id: docId }, data: { title: "周会 (第3次) 'final'*" } });
    try {
      await signInAs(alice);
      const res = await call(minutesMd, wsA, docId);
      expect(res.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''%E5%91%A8%E4%BC%9A%20%28%E7%AC%AC3%E6%AC%A1%29%20%27final%27.md");
    } finally {
      await db().document.update({ where: { id: docId }, data: { title: TITLE } });
    }
  });

  it("answers 404 for another workspace, a missing version or document, 400 for a bad version", async () => {
    await signInAs(bob);
    for (const handler of [minutesMd, minutesDocx, slidesPptx, slidesMd]) {
      expect((await call(handler, wsA, docId)).status).toBe(404);
      // Bob's own workspace id does not unlock Alice's document either.
      expect((await call(handler, wsB, docId)).status).toBe(404);
    }
    await signInAs(alice);
    expect((await call(slidesPptx, wsA, docId, "?v=9")).status).toBe(404);
    expect((await call(minutesMd, wsA, randomUUID())).status).toBe(404);
    expect((await call(minutesMd, wsA, docId, "?v=abc")).status).toBe(400);
  });

  it("answers 401 to anonymous callers", async () => {
    await signInAs(null);
    for (const handler of [minutesMd, minutesDocx, slidesPptx, slidesMd]) {
      const res = await call(handler, wsA, docId);
      expect(res.status).toBe(401);
      expect(res.headers.get("content-disposition")).toBeNull();
    }
  });
});
