import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { askThrough } from "../support/ask-route";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { listMentions, getMyNames } = await import("@/lib/db/mentions");
const { setMyAliases } = await import("@/lib/actions/mentions");
const { listWorkspaceTodos } = await import("@/lib/db/workspace-todos");
const sp = await import("@/lib/db/speakers");
const { stopBoss } = await import("@/lib/jobs/boss");
const { POST } = await import("@/app/api/w/[workspaceId]/ask/route");
const { makeLiveMeeting } = await import("../support/live");
const { listMentionsHandler } = await import("@/lib/api/v1/ask");

type U = Awaited<ReturnType<typeof makeUser>>;
let me: U, lina: U, outsider: U;
let ws: string, otherWs: string, weekly: string, review: string, quiet: string;

async function meeting(workspaceId: string, title: string, lines: [string, string][], createdAt: Date) {
  const doc = await db().document.create({
    data: {
      workspaceId,
      fileName: `${title}.txt`,
      mimeType: "text/plain",
      sizeBytes: 1,
      sha256: randomUUID(),
      title,
      kind: "meeting",
      lang: "zh",
      speakers: [...new Set(lines.map((l) => l[0]))],
      status: "ready",
      createdAt,
    },
  });
  await db().segment.createMany({
    data: lines.map(([speaker, text], index) => ({ workspaceId, documentId: doc.id, index, speaker, text, startMs: index * 10_000, headingPath: [] })),
  });
  await db().chunk.createMany({
    data: [{ workspaceId, documentId: doc.id, index: 0, segmentStart: 0, segmentEnd: lines.length - 1, tokenCount: 50, text: lines.map((l) => l[1]).join("\n") }],
  });
  return doc.id;
}

const ask = askThrough(POST);

beforeAll(async () => {
  me = await makeUser("zw");
  lina = await makeUser("ln");
  outsider = await makeUser("out");
  await db().user.update({ where: { id: me.id }, data: { name: "张伟" } });
  await db().user.update({ where: { id: lina.id }, data: { name: "李娜" } });
  ws = await makeWorkspace(me, [[lina, "member"]]);
  // Another workspace I am also in, where I am mentioned too: its lines never show in `ws`.
  otherWs = await makeWorkspace(outsider, [[me, "member"]]);
  weekly = await meeting(
    ws,
    "周会",
    [
      ["李娜", "张伟，测试环境周三前能好吗？"],
      ["张伟", "可以，我张伟来负责。"],
      ["说话人3", "预算表请伟哥再核对一下。"],
      ["李娜", "李娜这边没问题。"],
    ],
    new Date("2026-11-02T09:00:00Z"),
  );
  review = await meeting(ws, "评审会", [["李娜", "方案由张伟周五前发给大家。"]], new Date("2026-11-09T09:00:00Z"));
  quiet = await meeting(ws, "客户沟通", [["李娜", "客户希望下月上线。"]], new Date("2026-11-10T09:00:00Z"));
  await meeting(otherWs, "别的团队", [["外人", "张伟的方案我们不用。"]], new Date("2026-11-11T09:00:00Z"));
});
afterAll(() => stopBoss());

describe("was I mentioned?", () => {
  it("lists the lines naming me across this workspace's meetings only, newest meeting first, not my own lines", async () => {
    const r = await listMentions(ws, me.id);
    expect(r.lines.map((l) => [l.title, l.index])).toEqual([
      ["评审会", 0],
      ["周会", 0],
    ]);
    expect(r.lines.every((l) => !l.text.includes("我们不用"))).toBe(true);
    expect(r.lines[0].spans).toEqual([[3, 5]]);
    // The other workspace has its own list, with its own line.
    expect((await listMentions(otherWs, me.id)).lines.map((l) => l.text)).toEqual(["张伟的方案我们不用。"]);
  });

  it("a member sets their own aliases; the alias is then found", async () => {
    await signInAs(me);
    const res = await setMyAliases({ workspaceId: ws, aliases: "伟哥, Wei" });
    expect(res.ok).toBe(true);
    expect((await getMyNames(ws, me.id)).forms).toEqual(["张伟", "伟哥", "Wei"]);
    const r = await listMentions(ws, me.id);
    expect(r.lines.map((l) => `${l.index}@${l.title}`)).toEqual(["0@评审会", "0@周会", "2@周会"]);
    const bad = await setMyAliases({ workspaceId: ws, aliases: "伟" });
    expect(bad.ok).toBe(false);
    await signInAs(outsider);
    expect((await setMyAliases({ workspaceId: ws, aliases: "张伟" })).ok).toBe(false);
  });

  it("pages through the lines", async () => {
    const p1 = await listMentions(ws, me.id, 1, 2);
    const p2 = await listMentions(ws, me.id, 2, 2);
    expect([p1.total, p1.pages, p1.lines.length, p2.lines.length]).toEqual([3, 2, 2, 1]);
    expect(p2.lines[0].index).toBe(2);
    expect((await listMentions(ws, me.id, 99, 2)).page).toBe(2);
  });

  it("a speaker linked to me is me: their lines are not mentions of me", async () => {
    await sp.linkDocumentSpeaker(ws, weekly, 0, "说话人3", me.id, me.id);
    expect((await listMentions(ws, me.id)).lines.map((l) => `${l.index}@${l.title}`)).toEqual(["0@评审会", "0@周会"]);
    await sp.undoSpeakerChange(ws, weekly, 1);
  });

  it("Ask answers “有没有提到我” with the cited lines, and honestly when I was not", async () => {
    await signInAs(me);
    const yes = await ask(ws, { workspaceId: ws, documentId: weekly, question: "有没有提到我？" });
    expect(yes.text).toContain("有 2 处提到你");
    expect(yes.citations).toEqual([0, 2]);
    const no = await ask(ws, { workspaceId: ws, documentId: quiet, question: "有没有提到我？" });
    expect(no.text).toContain("没有提到你");
    expect(no.citations).toEqual([]);
    // Lina asking the same question gets her own lines, not mine.
    await signInAs(lina);
    const hers = await ask(ws, { workspaceId: ws, documentId: weekly, question: "was I mentioned?" });
    expect(hers.citations).toEqual([]);
  });

  it("Ask across the library cites (meeting, line) pairs of this workspace", async () => {
    await signInAs(me);
    const r = await ask(ws, { workspaceId: ws, question: "did anyone mention me?" });
    const sources = r.sources;
    expect(sources.map((s) => `${s.documentId === review ? "review" : s.documentId === weekly ? "weekly" : "other"}:${s.segment}`).sort()).toEqual([
      "review:0",
      "weekly:0",
      "weekly:2",
    ]);
  });

  it("the API lists the token member's mentions a page at a time", async () => {
    const ctx = { workspaceId: ws, user: { id: me.id, name: "张伟", email: me.email } } as unknown as Parameters<typeof listMentionsHandler>[0];
    type MentionPage = Exclude<Awaited<ReturnType<typeof listMentionsHandler>>, Response>;
    const page = async (q: { limit: number; cursor?: string }) => (await listMentionsHandler(ctx, q as never, new Request("http://test/api/v1/mentions"))) as MentionPage;
    const p1 = await page({ limit: 2 });
    expect([p1.total, p1.mentions.length, p1.names]).toEqual([3, 2, ["张伟", "伟哥", "Wei"]]);
    expect(p1.mentions[0]).toMatchObject({ documentId: review, segment: 0, speaker: "李娜", spans: [[3, 5]] });
    const p2 = await page({ limit: 2, cursor: p1.nextCursor! });
    expect([p2.mentions.map((m) => m.segment), p2.nextCursor]).toEqual([[2], null]);
    await expect(page({ limit: 2, cursor: "bm9wZQ" })).rejects.toThrow(/cursor/);
  });

  it("Ask during a live meeting answers from the lines so far", async () => {
    await signInAs(me);
    const live = await makeLiveMeeting(ws, lina.id, [
      { speaker: "李娜", text: "我们开始吧。", startMs: 0, endMs: 2000 },
      { speaker: "李娜", text: "伟哥，你先讲一下进度。", startMs: 3000, endMs: 5000 },
    ]);
    const r = await ask(ws, { workspaceId: ws, documentId: live.id, question: "刚才有人提到我吗？" });
    expect(r.citations).toEqual([1]);
    expect(r.text).toContain("伟哥，你先讲一下进度。");
    // The live meeting is one of the workspace's meetings for the Mentions view too.
    expect((await listMentions(ws, me.id)).lines.some((l) => l.documentId === live.id && l.index === 1)).toBe(true);
  });
});

describe("my to-dos", () => {
  it("are the to-dos linked to me, or whose owner names me or is a speaker shown as me", async () => {
    await db().todo.createMany({
      data: [
        { workspaceId: ws, documentId: weekly, text: "准备测试环境", owner: "张伟" },
        { workspaceId: ws, documentId: weekly, text: "核对预算表", owner: "伟哥" },
        { workspaceId: ws, documentId: review, text: "发方案", owner: "说话人1" },
        { workspaceId: ws, documentId: review, text: "李娜的事", owner: "李娜" },
        { workspaceId: ws, documentId: review, text: "张伟明的事", owner: "张伟明" },
        { workspaceId: ws, documentId: quiet, text: "链接给我的", owner: null, assigneeId: me.id },
        { workspaceId: otherWs, documentId: (await db().document.findFirstOrThrow({ where: { workspaceId: otherWs } })).id, text: "别的工作区", owner: "张伟" },
      ],
    });
    await db().document.update({ where: { id: review }, data: { speakers: ["李娜", "说话人1"] } });
    await sp.renameDocumentSpeaker(ws, review, 0, "说话人1", "张伟", me.id);
    const mine = await listWorkspaceTodos(ws, { view: "mine", me: { id: me.id, name: "张伟" } });
    expect(mine.map((t) => t.text).sort()).toEqual(["准备测试环境", "发方案", "核对预算表", "链接给我的"].sort());
    expect(mine.find((t) => t.text === "发方案")?.owner).toBe("张伟");
  });
});
