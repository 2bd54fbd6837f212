import { randomUUID } from "node:crypto";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-openai-server";
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
const actions = await import("@/lib/actions/writings");
const { GET: docxRoute } = await import("@/app/w/[workspaceId]/writings/[writingId]/export/writing.docx/route");
const { GET: mdRoute } = await import("@/app/w/[workspaceId]/writings/[writingId]/export/writing.md/route");
const { POST: assistRoute } = await import("@/app/api/w/[workspaceId]/writings/assist/route");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U, bob: U, vera: U, mallory: U;
let ws: string, other: string;

const doc = (...lines: string[]) => ({ type: "doc" as const, content: lines.map((l) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text: l }] })) });

async function meeting(workspaceId: string, title: string, text: string, date: string): Promise<string> {
  const id = randomUUID();
  const bytes = new TextEncoder().encode(text);
  await db().document.create({
    data: {
      id,
      workspaceId,
      // The date is read from the file name when the meeting is parsed (a date set here would be replaced by it).
      fileName: `${title} ${date}.txt`,
      mimeType: "text/plain",
      sizeBytes: bytes.length,
      sha256: randomUUID(),
      title,
      speakers: [],
      original: { create: { workspaceId, bytes } },
    },
  });
  await processQueued(id);
  return id;
}

beforeAll(async () => {
  [alice, bob, vera, mallory] = await Promise.all(["alice", "bob", "vera", "mallory"].map((n) => makeUser(n)));
  ws = await makeWorkspace(alice, [
    [bob, "member"],
    [vera, "viewer"],
  ]);
  other = await makeWorkspace(mallory);
});
afterAll(async () => {
  await stopBoss();
});

describe("writings", () => {
  it("creates, autosaves on the revision it started from, and refuses a stale save without overwriting", async () => {
    await signInAs(alice);
    const w = ok(await actions.createWriting({ workspaceId: ws, title: "周报草稿" }));
    expect(w.revision).toBe(1);
    const saved = ok(await actions.saveWriting({ workspaceId: ws, writingId: w.id, baseRevision: 1, title: "周报草稿", content: doc("Alice 的版本") }));
    expect(saved.revision).toBe(2);

    // Bob opened revision 1 before Alice saved: his save is refused, Alice's text stays.
    await signInAs(bob);
    const stale = await actions.saveWriting({ workspaceId: ws, writingId: w.id, baseRevision: 1, title: "周报草稿", content: doc("Bob 的版本") });
    expect(stale).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    if (!stale.ok) expect(stale.error.message).toContain("alice");
    const row = await db().writing.findUniqueOrThrow({ where: { id: w.id } });
    expect(JSON.stringify(row.content)).toContain("Alice 的版本");
    expect(row.revision).toBe(2);

    // On the current revision his save goes through.
    expect(ok(await actions.saveWriting({ workspaceId: ws, writingId: w.id, baseRevision: 2, title: "周报", content: doc("Bob 的版本") })).revision).toBe(3);
  });

  it("keeps versions and restores one as a new revision, keeping the current text in the history", async () => {
    await signInAs(alice);
    const w = ok(await actions.createWriting({ workspaceId: ws, title: "Plan", content: doc("first draft") }));
    ok(await actions.saveWriting({ workspaceId: ws, writingId: w.id, baseRevision: 1, title: "Plan", content: doc("second draft"), checkpoint: true }));
    // An autosave within minutes of the last version leaves no new version.
    ok(await actions.saveWriting({ workspaceId: ws, writingId: w.id, baseRevision: 2, title: "Plan", content: doc("third draft") }));
    const versions = ok(await actions.listWritingVersions({ workspaceId: ws, writingId: w.id }));
    expect(versions.map((v) => v.revision)).toEqual([2, 1]);

    const first = versions.find((v) => v.revision === 1)!;
    const restored = ok(await actions.restoreWritingVersion({ workspaceId: ws, writingId: w.id, versionId: first.id, baseRevision: 3 }));
    expect(restored.revision).toBe(4);
    expect(JSON.stringify(restored.content)).toContain("first draft");
    const after = ok(await actions.listWritingVersions({ workspaceId: ws, writingId: w.id }));
    expect(after.map((v) => v.revision)).toEqual([4, 3, 2, 1]);
    // Revision 3 (never a version before) was kept, so the restore can be undone from the history.
    const kept = await db().writingVersion.findFirstOrThrow({ where: { writingId: w.id, revision: 3 } });
    expect(JSON.stringify(kept.content)).toContain("third draft");
  });

  it("refuses content the editor could not open and links that are scripts", async () => {
    await signInAs(alice);
    const bad = await actions.createWriting({ workspaceId: ws, title: "x", content: { type: "doc", content: [{ type: "script", text: "x" }] } });
    expect(bad).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    const js = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    expect(await actions.createWriting({ workspaceId: ws, title: "x", content: js })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });

  it("keeps workspaces apart: an outsider cannot read, save, restore or export; a viewer reads but cannot save", async () => {
    await signInAs(alice);
    const w = ok(await actions.createWriting({ workspaceId: ws, title: "Secret plan", content: doc("budget is 42") }));
    await signInAs(mallory);
    expect(await actions.listWritingVersions({ workspaceId: ws, writingId: w.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await actions.saveWriting({ workspaceId: ws, writingId: w.id, baseRevision: 1, title: "x", content: doc("x") })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    // Through their own workspace the id means nothing either.
    expect(await actions.saveWriting({ workspaceId: other, writingId: w.id, baseRevision: 1, title: "x", content: doc("x") })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(ok(await actions.listWritingVersions({ workspaceId: other, writingId: w.id }))).toEqual([]);
    const res = await docxRoute(new Request(`http://localhost/w/${other}/writings/${w.id}/export/writing.docx`), {
      params: Promise.resolve({ workspaceId: other, writingId: w.id }),
    });
    expect(res.status).toBe(404);
    const res2 = await mdRoute(new Request(`http://localhost/w/${ws}/writings/${w.id}/export/writing.md`), { params: Promise.resolve({ workspaceId: ws, writingId: w.id }) });
    expect(res2.status).toBe(404);
    expect(await res2.text()).not.toContain("42");

    await signInAs(vera);
    expect(ok(await actions.listWritingVersions({ workspaceId: ws, writingId: w.id })).length).toBe(1);
    expect(await actions.saveWriting({ workspaceId: ws, writingId: w.id, baseRevision: 1, title: "x", content: doc("x") })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const md = await mdRoute(new Request(`http://localhost/w/${ws}/writings/${w.id}/export/writing.md`), { params: Promise.resolve({ workspaceId: ws, writingId: w.id }) });
    expect(await md.text()).toContain("budget is 42");
  });

  it("proofreads offline with the workspace's accepted words", async () => {
    await signInAs(bob);
    const text = "我们做为团队,明天布署系统。The the plan is that we recieve it.";
    const { suggestions } = ok(await actions.proofreadText({ workspaceId: ws, text }));
    const pairs = suggestions.map((s) => [s.original, s.replacement]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ["做为", "作为"],
        [",", "，"],
        ["布署", "部署"],
        ["The the", "The"],
      ]),
    );
    for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.original);
    expect(suggestions.some((s) => s.original === "recieve" && s.kind === "spelling")).toBe(true);
    ok(await actions.addAcceptedWord({ workspaceId: ws, word: "recieve" }));
    const again = ok(await actions.proofreadText({ workspaceId: ws, text })).suggestions;
    expect(again.some((s) => s.original === "recieve")).toBe(false);
    // Another workspace's list does not apply here.
    await signInAs(mallory);
    expect(ok(await actions.proofreadText({ workspaceId: other, text })).suggestions.some((s) => s.original === "recieve")).toBe(true);
  });

  it("polishes offline (basic) and says the model actions need a model", async () => {
    await signInAs(bob);
    const { text } = ok(await actions.polishTextBasic({ workspaceId: ws, text: "嗯，我们我们明天开会,讨论预算。" }));
    expect(text).not.toContain("嗯");
    expect(text).toContain("，讨论");
    const res = await assistRoute(
      new Request(`http://localhost:3000/api/w/${ws}/writings/assist`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({ action: "polish", text: "hello" }),
      }),
      { params: Promise.resolve({ workspaceId: ws }) },
    );
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe("MODEL_NOT_CONFIGURED");
  });

  it("streams a model edit when the workspace has a model", async () => {
    const fake: FakeOpenAI = await startFakeOpenAI(() => ({ stream: ["我们将于", "明天召开", "会议。"] }));
    try {
      await updateSettings(ws, alice.id, { model: { baseUrl: fake.url, name: "fake" } });
      resetEnvCache();
      await signInAs(bob);
      const res = await assistRoute(
        new Request(`http://localhost:3000/api/w/${ws}/writings/assist`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://localhost:3000" },
          body: JSON.stringify({ action: "rewrite-formal", text: "我们明天开会吧" }),
        }),
        { params: Promise.resolve({ workspaceId: ws }) },
      );
      expect(res.status).toBe(200);
      const parts = (await res.text())
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(
        parts
          .filter((p) => p.type === "text")
          .map((p) => p.text)
          .join(""),
      ).toBe("我们将于明天召开会议。");
      expect(parts.at(-1)).toEqual({ type: "done", text: "我们将于明天召开会议。" });
      // The text went to the model as delimited data, with the instruction.
      const sent = JSON.stringify(fake.requests[0].body.messages);
      expect(sent).toContain("<text>\\n我们明天开会吧\\n</text>");
      expect(sent).toContain("formal");
    } finally {
      await updateSettings(ws, alice.id, { model: { baseUrl: null, name: null } });
      await fake.close();
    }
  });

  it("drafts formal minutes and a weekly report from stored meetings, every fact linked to its line; exports DOCX and Markdown", async () => {
    await signInAs(bob);
    const m1 = await meeting(ws, "产品周会", "张伟：我们决定下周一发布新版本。\n李娜：我会在周五之前完成测试报告。\n张伟：预算问题下次再讨论。", "2026-11-30");
    const m2 = await meeting(ws, "运营例会", "王芳：我们决定把推广预算提高到十万元。\n赵强：我负责在下周三之前联系渠道。", "2026-12-01");
    const minutes = ok(await actions.draftWriting({ workspaceId: ws, template: "minutes-zh", documentIds: [m1] }));
    const full = await db().writing.findUniqueOrThrow({ where: { id: minutes.id } });
    const json = JSON.stringify(full.content);
    expect(full.title).toContain("会议纪要");
    for (const h of ["会议名称", "参会人", "决议事项", "待办事项"]) expect(json).toContain(h);
    expect(json).toContain("张伟");
    expect(json).toMatch(new RegExp(`/w/${ws}/d/${m1}#seg-\\d+`));

    const weekly = ok(await actions.draftWriting({ workspaceId: ws, template: "weekly-report", from: "2026-11-30", to: "2026-12-06" }));
    const wj = JSON.stringify((await db().writing.findUniqueOrThrow({ where: { id: weekly.id } })).content);
    expect(wj).toContain("周报");
    expect(wj).toContain(`/d/${m1}#seg-`);
    expect(wj).toContain(`/d/${m2}#seg-`);
    expect(await actions.draftWriting({ workspaceId: ws, template: "weekly-report", from: "2020-01-01", to: "2020-01-07" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });

    const res = await docxRoute(new Request(`http://localhost/w/${ws}/writings/${minutes.id}/export/writing.docx`), {
      params: Promise.resolve({ workspaceId: ws, writingId: minutes.id }),
    });
    expect(res.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    expect(value).toContain("决议事项");
    expect(value).toContain("张伟");
    const md = await (
      await mdRoute(new Request(`http://localhost/w/${ws}/writings/${minutes.id}/export/writing.md`), { params: Promise.resolve({ workspaceId: ws, writingId: minutes.id }) })
    ).text();
    expect(md).toMatch(/^# 会议纪要/);
    expect(md).toMatch(new RegExp(`\\(http://localhost/w/${ws}/d/${m1}#seg-\\d+\\)`));

    // An uploaded document opened as an editable copy holds its lines.
    const copy = ok(await actions.copyDocumentToWriting({ workspaceId: ws, documentId: m2 }));
    expect(JSON.stringify((await db().writing.findUniqueOrThrow({ where: { id: copy.id } })).content)).toContain("王芳：我们决定把推广预算提高到十万元。");
  });
});
