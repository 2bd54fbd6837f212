import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const sp = await import("@/lib/db/speakers");
const { listDisplaySegments } = await import("@/lib/db/display-segments");
const { loadMinutesExport } = await import("@/lib/db/exports");
const { minutesToMarkdown } = await import("@/lib/export");
const { listWorkspaceTodos } = await import("@/lib/db/workspace-todos");
const { loadParsedDoc } = await import("@/lib/pipelines/load-doc");
const { searchWorkspace } = await import("@/lib/db/search");

let ws: string, docId: string, owner: Awaited<ReturnType<typeof makeUser>>, colleague: Awaited<ReturnType<typeof makeUser>>;

const minutes = {
  lang: "zh",
  summary: [{ text: "说话人1建议下周发布，说话人2同意。", citations: [0, 1], verified: true }],
  topics: [{ title: "发布计划", summary: "说话人1介绍了发布计划。", segmentStart: 0, segmentEnd: 2, citations: [0], verified: true }],
  decisions: [{ text: "说话人2负责测试。", citations: [1], verified: true }],
  coverage: { chunksTotal: 1, chunksOk: 1, failed: [] },
};

beforeAll(async () => {
  owner = await makeUser("spk");
  colleague = await makeUser("spk-colleague");
  ws = await makeWorkspace(owner, [[colleague, "member"]]);
  const doc = await db().document.create({
    data: {
      workspaceId: ws,
      fileName: "m.txt",
      mimeType: "text/plain",
      sizeBytes: 1,
      sha256: randomUUID(),
      title: "发布会议",
      kind: "meeting",
      speakers: ["说话人1", "说话人2", "说话人3"],
      status: "ready",
    },
  });
  docId = doc.id;
  await db().segment.createMany({
    data: [
      ["说话人1", "我建议下周发布。"],
      ["说话人2", "同意，我来负责测试。"],
      ["说话人3", "预算没问题。"],
    ].map(([speaker, text], index) => ({ workspaceId: ws, documentId: docId, index, speaker, text, headingPath: [] })),
  });
  await db().artifact.create({ data: { workspaceId: ws, documentId: docId, kind: "minutes", version: 1, engine: "local", content: minutes } });
  await db().todo.create({ data: { workspaceId: ws, documentId: docId, text: "完成测试", owner: "说话人2", citations: [1] } });
});

const names = async () => (await sp.listSpeakers(ws, docId)).groups.map((g) => g.name);

describe("speakers", () => {
  it("renames a speaker: transcript, minutes export, to-do owners, search and analysis follow; stored rows do not change", async () => {
    await sp.renameDocumentSpeaker(ws, docId, 0, "说话人1", "张伟", owner.id);
    expect(await names()).toEqual(["张伟", "说话人2", "说话人3"]);
    const { segments } = await listDisplaySegments(ws, docId);
    expect(segments[0].speaker).toBe("张伟");
    const md = minutesToMarkdown((await loadMinutesExport(ws, docId))!.input);
    expect(md).toContain("张伟建议下周发布");
    expect(md).toContain("张伟介绍了发布计划");
    expect(md).not.toContain("说话人1");
    expect((await loadParsedDoc(ws, docId)).doc.segments[0].speaker).toBe("张伟");
    const hits = await searchWorkspace(ws, "下周发布");
    expect(hits[0].hits[0].speaker).toBe("张伟");
    expect((await db().segment.findFirstOrThrow({ where: { documentId: docId, index: 0 } })).speaker).toBe("说话人1");
  });

  it("merges two speakers into one, with to-do owners following, and undo brings the previous names back", async () => {
    await sp.mergeDocumentSpeakers(ws, docId, 1, "说话人2", "张伟", owner.id);
    expect(await names()).toEqual(["张伟", "说话人3"]);
    const todos = await listWorkspaceTodos(ws, { view: "all", me: owner });
    expect(todos[0].owner).toBe("张伟");
    const md = minutesToMarkdown((await loadMinutesExport(ws, docId))!.input);
    expect(md).toContain("张伟负责测试");

    expect(await sp.undoSpeakerChange(ws, docId, 2)).toEqual({ version: 1 });
    expect(await names()).toEqual(["张伟", "说话人2", "说话人3"]);
    expect((await listWorkspaceTodos(ws, { view: "all", me: owner }))[0].owner).toBe("说话人2");
    // The undone version is kept, marked, not deleted.
    expect(await db().speakerMap.count({ where: { documentId: docId } })).toBe(2);
  });

  it("refuses stale versions, unknown speakers and non-members", async () => {
    await expect(sp.renameDocumentSpeaker(ws, docId, 0, "张伟", "李雷", owner.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(sp.renameDocumentSpeaker(ws, docId, 1, "无名氏", "李雷", owner.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sp.mergeDocumentSpeakers(ws, docId, 1, "张伟", "张伟", owner.id)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const stranger = await makeUser("spk-stranger");
    await expect(sp.linkDocumentSpeaker(ws, docId, 1, "张伟", stranger.id, owner.id)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const other = await makeWorkspace(stranger);
    await expect(sp.renameDocumentSpeaker(other, docId, 0, "说话人1", "X", stranger.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("links a speaker to a member; the link follows a rename", async () => {
    await sp.linkDocumentSpeaker(ws, docId, 1, "说话人2", colleague.id, owner.id);
    await sp.renameDocumentSpeaker(ws, docId, 3, "说话人2", "李娜", owner.id);
    const groups = (await sp.listSpeakers(ws, docId)).groups;
    expect(groups.find((g) => g.name === "李娜")?.userId).toBe(colleague.id);
    expect(await sp.namesLinkedTo(ws, colleague.id)).toEqual([{ documentId: docId, names: ["李娜", "说话人2"] }]);
  });
});
