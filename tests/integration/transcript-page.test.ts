import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { getSessionUser } = await import("@/lib/auth/session");
const { loadTranscriptPage } = await import("@/lib/actions/documents");
const { TRANSCRIPT_PAGE_LINES } = await import("@/lib/actions/documents.schema");
const { segmentOutline } = await import("@/lib/db/documents");
const sp = await import("@/lib/db/speakers");

const LINES = TRANSCRIPT_PAGE_LINES * 2 + 57;
let ws: string, docId: string, viewer: Awaited<ReturnType<typeof makeUser>>, outsider: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  const owner = await makeUser("tp-owner");
  viewer = await makeUser("tp-viewer");
  outsider = await makeUser("tp-outsider");
  ws = await makeWorkspace(owner, [[viewer, "viewer"]]);
  const doc = await db().document.create({
    data: {
      workspaceId: ws,
      fileName: "long.vtt",
      mimeType: "text/vtt",
      sizeBytes: 1,
      sha256: randomUUID(),
      title: "Long meeting",
      kind: "meeting",
      speakers: ["Ann", "Bob"],
      status: "ready",
    },
  });
  docId = doc.id;
  await db().segment.createMany({
    data: Array.from({ length: LINES }, (_, index) => ({
      workspaceId: ws,
      documentId: docId,
      index,
      speaker: index % 3 ? "Ann" : "Bob",
      text: `Line ${index + 1}.`,
      startMs: index * 1000,
      headingPath: [],
    })),
  });
  await sp.renameDocumentSpeaker(ws, docId, 0, "Bob", "Robert", owner.id);
});

const as = (u: Awaited<ReturnType<typeof makeUser>>) => vi.mocked(getSessionUser).mockResolvedValue(u);

describe("transcript pages", () => {
  it("a page is TRANSCRIPT_PAGE_LINES lines from `from` on, as shown (renamed speakers), the last one shorter", async () => {
    as(viewer);
    const first = await loadTranscriptPage({ workspaceId: ws, documentId: docId, from: 0 });
    expect(first.ok && first.data.map((l) => l.index)).toEqual(Array.from({ length: TRANSCRIPT_PAGE_LINES }, (_, i) => i));
    const middle = await loadTranscriptPage({ workspaceId: ws, documentId: docId, from: 301 });
    expect(middle.ok && [middle.data[0].index, middle.data.at(-1)!.index, middle.data[0].text]).toEqual([301, 301 + TRANSCRIPT_PAGE_LINES - 1, "Line 302."]);
    expect(middle.ok && middle.data.find((l) => l.index === 303)!.speaker).toBe("Robert");
    const last = await loadTranscriptPage({ workspaceId: ws, documentId: docId, from: LINES - 10 });
    expect(last.ok && last.data.length).toBe(10);
    const past = await loadTranscriptPage({ workspaceId: ws, documentId: docId, from: LINES + 5 });
    expect(past.ok && past.data).toEqual([]);
  });

  it("another workspace's member gets no lines, and a negative start is refused", async () => {
    as(outsider);
    const res = await loadTranscriptPage({ workspaceId: ws, documentId: docId, from: 0 });
    expect(res.ok).toBe(false);
    as(viewer);
    const bad = await loadTranscriptPage({ workspaceId: ws, documentId: docId, from: -1 });
    expect(!bad.ok && bad.error.code).toBe("INVALID_INPUT");
    const missing = await loadTranscriptPage({ workspaceId: ws, documentId: randomUUID(), from: 0 });
    expect(!missing.ok && missing.error.code).toBe("NOT_FOUND");
  });

  it("the outline has every line's place and each stored speaker's line count, without the text", async () => {
    const o = await segmentOutline(ws, docId);
    expect(o.places).toHaveLength(LINES);
    expect(o.places[500]).toEqual({ index: 500, startMs: 500_000, page: null, speaker: "Ann" });
    const counts = Object.fromEntries(o.linesBySpeaker.map((g) => [g.speaker, g.lines]));
    expect(counts).toEqual({ Bob: Math.ceil(LINES / 3), Ann: LINES - Math.ceil(LINES / 3) });
  });
});
