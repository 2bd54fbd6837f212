/**
 * Workspace admins' own draft templates (issue 11): created, edited and deleted by admins only;
 * offline a section is filled from its kind exactly as the built-in sections of that kind; with a
 * model the template's and sections' instructions go to it, and only citations of real lines stay.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { startFakeOpenAI, messageText } from "../support/fake-openai-server";
import { ok } from "../support/action-result";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { db } = await import("@/lib/db/client");
const { resetEnvCache } = await import("@/lib/env");
const { processQueued } = await import("../support/process-queued");
const { stopBoss } = await import("@/lib/jobs/boss");
const { updateSettings } = await import("@/lib/db/workspace-settings");
const { draftFromMeetings } = await import("@/lib/pipelines/writing-drafts");
const templates = await import("@/lib/actions/draft-templates");
const writings = await import("@/lib/actions/writings");

type U = Awaited<ReturnType<typeof makeUser>>;
let owner: U, admin: U, member: U, stranger: U;
let ws: string, other: string, meetingId: string;

const MEETING = [
  "张伟：今天我们讨论新版本的发布计划。",
  "李娜：我会在周五之前完成测试报告。",
  "张伟：好的，我们决定下周一发布新版本。",
  "王芳：我负责在周三之前准备发布公告。",
].join("\n");

async function meeting(workspaceId: string, title: string, text: string, date: string): Promise<string> {
  const id = randomUUID();
  const bytes = new TextEncoder().encode(text);
  await db().document.create({
    data: {
      id,
      workspaceId,
      fileName: `${title}.txt`,
      mimeType: "text/plain",
      sizeBytes: bytes.length,
      sha256: randomUUID(),
      title,
      meetingDate: new Date(date),
      speakers: [],
      original: { create: { workspaceId, bytes } },
    },
  });
  await processQueued(id);
  return id;
}

const SECTIONS = [
  { title: "项目", kind: "meeting", instructions: "" },
  { title: "结论", kind: "decisions", instructions: "每条结论一句话" },
  { title: "下一步", kind: "todos", instructions: "按负责人分组" },
] as const;

beforeAll(async () => {
  [owner, admin, member, stranger] = await Promise.all(["owner", "admin", "member", "stranger"].map((n) => makeUser(n)));
  ws = await makeWorkspace(owner, [
    [admin, "admin"],
    [member, "member"],
  ]);
  other = await makeWorkspace(stranger);
  meetingId = await meeting(ws, "发布评审", MEETING, "2026-11-30");
}, 120_000);
afterAll(async () => {
  await stopBoss();
});

describe("draft templates of the workspace", () => {
  it("admins create, edit and delete them; members cannot; names are unique; bad input is refused", async () => {
    await signInAs(member);
    expect(await templates.createDraftTemplate({ workspaceId: ws, name: "项目简报", sections: [...SECTIONS] })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(admin);
    const t = ok(
      await templates.createDraftTemplate({
        workspaceId: ws,
        name: "Scratch",
        lang: "en",
        instructions: "Short.",
        sections: [{ title: "Decided", kind: "decisions", instructions: "" }],
      }),
    );
    expect(await templates.createDraftTemplate({ workspaceId: ws, name: "Scratch", sections: [...SECTIONS] })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await templates.createDraftTemplate({ workspaceId: ws, name: "No sections", sections: [] })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await templates.createDraftTemplate({ workspaceId: ws, name: "Bad kind", sections: [{ title: "X", kind: "gossip" as never, instructions: "" }] })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT" },
    });
    const edited = ok(
      await templates.updateDraftTemplate({
        workspaceId: ws,
        templateId: t.id,
        name: "Scratch 2",
        lang: "auto",
        sections: [{ title: "Who", kind: "attendees", instructions: "" }],
      }),
    );
    expect(edited).toMatchObject({ name: "Scratch 2", lang: null, sections: [{ title: "Who", kind: "attendees" }] });
    // Another workspace's admin cannot touch it.
    await signInAs(stranger);
    expect(await templates.deleteDraftTemplate({ workspaceId: other, templateId: t.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await signInAs(admin);
    ok(await templates.deleteDraftTemplate({ workspaceId: ws, templateId: t.id }));
    expect(await db().draftTemplate.count({ where: { id: t.id } })).toBe(0);
  });

  it("offline, a member's draft with the template has its headings, each section filled as the built-in section of its kind, with line links", async () => {
    await signInAs(admin);
    const t = ok(await templates.createDraftTemplate({ workspaceId: ws, name: "项目简报", lang: "zh", instructions: "写给管理层", sections: [...SECTIONS] }));
    await signInAs(member);
    const w = ok(await writings.draftWriting({ workspaceId: ws, template: t.id, documentIds: [meetingId] }));
    expect(w.title).toBe("项目简报：发布评审");
    expect(w.template).toBe(t.id);

    const own = await draftFromMeetings(ws, { template: t.id, documentIds: [meetingId] });
    const builtin = await draftFromMeetings(ws, { template: "minutes-zh", documentIds: [meetingId] });
    expect(own.draft.sections.map((s) => s.heading)).toEqual(["项目", "结论", "下一步"]);
    const of = (d: typeof own.draft, id: string) => d.sections.find((s) => s.id === id)!.items;
    expect(of(own.draft, "s1").map((i) => i.text)).toEqual(["发布评审"]);
    expect(of(own.draft, "s2")).toEqual(of(builtin.draft, "decisions"));
    expect(of(own.draft, "s3")).toEqual(of(builtin.draft, "todos"));
    expect(of(own.draft, "s2").length).toBeGreaterThan(0);
    expect(of(own.draft, "s3").length).toBeGreaterThan(0);
    const json = JSON.stringify((await db().writing.findUniqueOrThrow({ where: { id: w.id } })).content);
    expect(json).toContain("结论");
    expect(json).toMatch(new RegExp(`/w/${ws}/d/${meetingId}#seg-\\d+`));

    // Not usable from another workspace, even by id.
    await signInAs(stranger);
    const otherMeeting = await meeting(other, "别处的会", MEETING, "2026-11-30");
    expect(await writings.draftWriting({ workspaceId: other, template: t.id, documentIds: [otherMeeting] })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("with a model, the instructions go to it and only items citing real lines of the meeting stay", async () => {
    const t = (await db().draftTemplate.findFirstOrThrow({ where: { workspaceId: ws, name: "项目简报" } })).id;
    const fake = await startFakeOpenAI(() => ({
      content: JSON.stringify({
        sections: [
          {
            id: "s2",
            items: [
              { text: "下周一发布新版本。", source: "发布评审", citations: [2] },
              { text: "编造的结论", source: "发布评审", citations: [99] },
            ],
          },
          {
            id: "s3",
            items: [
              { text: "王芳：周三前准备发布公告。", source: "发布评审", citations: [3] },
              { text: "别的会议", source: "nowhere", citations: [1] },
            ],
          },
        ],
      }),
    }));
    try {
      await updateSettings(ws, owner.id, { model: { baseUrl: fake.url, name: "fake" } });
      resetEnvCache();
      const { draft } = await draftFromMeetings(ws, { template: t, documentIds: [meetingId] });
      expect(draft.engine).toBe("llm");
      const prompt = fake.requests.map((r) => r.body.messages.map(messageText).join("\n")).join("\n");
      expect(prompt).toContain("写给管理层");
      expect(prompt).toContain("每条结论一句话");
      expect(prompt).toContain("按负责人分组");
      expect(draft.sections.find((s) => s.id === "s2")!.items).toEqual([{ text: "下周一发布新版本。", citations: [2], source: "发布评审" }]);
      expect(draft.sections.find((s) => s.id === "s3")!.items.map((i) => i.text)).toEqual(["王芳：周三前准备发布公告。"]);
      // The meeting's title comes from the file, never from the model.
      expect(draft.sections.find((s) => s.id === "s1")!.items.map((i) => i.text)).toEqual(["发布评审"]);
    } finally {
      await updateSettings(ws, owner.id, { model: { baseUrl: null, name: null } });
      await fake.close();
    }
  });
});
