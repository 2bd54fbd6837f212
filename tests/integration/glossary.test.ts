import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { searchWorkspace } = await import("@/lib/db/search");
const glossary = await import("@/lib/db/glossary");
const { listDisplaySegments } = await import("@/lib/db/display-segments");
const { loadParsedDoc } = await import("@/lib/pipelines/load-doc");

async function addDoc(workspaceId: string, title: string, lines: [string | null, string][]): Promise<string> {
  const doc = await db().document.create({
    data: { workspaceId, fileName: `${title}.txt`, mimeType: "text/plain", sizeBytes: 1, sha256: randomUUID(), title, kind: "meeting", speakers: [], status: "ready" },
  });
  await db().segment.createMany({ data: lines.map(([speaker, text], index) => ({ workspaceId, documentId: doc.id, index, speaker, text, headingPath: [] })) });
  await db().chunk.create({
    data: { workspaceId, documentId: doc.id, index: 0, segmentStart: 0, segmentEnd: lines.length - 1, tokenCount: 10, text: lines.map((l) => l[1]).join("\n") },
  });
  return doc.id;
}

let ws: string, other: string, docId: string;
beforeAll(async () => {
  ws = await makeWorkspace(await makeUser("gloss"));
  other = await makeWorkspace(await makeUser("gloss-other"));
  docId = await addDoc(ws, "周会", [
    ["张三", "浑元大模型的效果不错。"],
    ["李四", "我办了会员卡。"],
    ["王五", "We define the protocol next week."],
  ]);
  await addDoc(other, "别人的", [["X", "浑元"]]);
});

describe("glossary", () => {
  it("stores terms per workspace, refuses duplicates with a clear error, edits and deletes", async () => {
    const t = await glossary.createGlossaryTerm(ws, "混元", ["浑元", "会员", "浑元", "混元"]);
    expect(t.variants).toEqual(["浑元", "会员"]);
    await expect(glossary.createGlossaryTerm(ws, "混元", [])).rejects.toMatchObject({ code: "CONFLICT" });
    const d = await glossary.createGlossaryTerm(ws, "DeFi", ["defy"]);
    const updated = await glossary.updateGlossaryTerm(ws, d.id, "DeFi", ["define"]);
    expect(updated.variants).toEqual(["define"]);
    // Another workspace cannot touch it.
    await expect(glossary.updateGlossaryTerm(other, d.id, "x", [])).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(glossary.deleteGlossaryTerm(other, d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await glossary.listGlossaryTerms(ws)).map((r) => r.term)).toEqual(["DeFi", "混元"]);
    expect(await glossary.listGlossaryTerms(other)).toEqual([]);
    expect(await glossary.glossaryPrompt(ws)).toBe("DeFi, 混元");
  });

  it("shows corrected lines with the recorded words kept, and leaves the stored segments alone", async () => {
    const { segments, corrected } = await listDisplaySegments(ws, docId);
    expect(corrected).toBe(2);
    expect(segments[0].pieces).toEqual([{ text: "混元", original: "浑元" }, { text: "大模型的效果不错。" }]);
    expect(segments[1].pieces).toBeUndefined(); // 会员卡 is a word of its own
    expect(segments[2].pieces?.map((p) => p.text).join("")).toBe("We DeFi the protocol next week.");
    const stored = await db().segment.findMany({ where: { documentId: docId }, orderBy: { index: "asc" } });
    expect(stored[0].text).toBe("浑元大模型的效果不错。");
  });

  it("gives the engines the corrected text, chunks included", async () => {
    const { doc, chunks } = await loadParsedDoc(ws, docId);
    expect(doc.segments[0].text).toBe("混元大模型的效果不错。");
    expect(chunks.map((c) => c.text).join("\n")).toContain("混元大模型");
    expect(chunks.map((c) => c.text).join("\n")).not.toContain("浑元");
  });

  it("search for the term finds lines with a variant, and a variant finds the term", async () => {
    const byTerm = await searchWorkspace(ws, "混元");
    expect(byTerm.map((r) => r.documentId)).toEqual([docId]);
    expect(byTerm[0].hits.map((h) => h.index)).toContain(0);
    const byVariant = await searchWorkspace(ws, "DEFINE");
    expect(byVariant[0].hits.map((h) => h.index)).toEqual([2]);
    // The other workspace's glossary is empty: its 浑元 line is not found by 混元.
    expect(await searchWorkspace(other, "混元")).toEqual([]);
  });
});
