import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const sp = await import("@/lib/db/speakers");
const { GET: docIcs } = await import("@/app/w/[workspaceId]/d/[documentId]/export/todos.ics/route");
const { GET: myIcs } = await import("@/app/w/[workspaceId]/todos/mine.ics/route");
const { startSmtpSink } = await import("../support/smtp-sink");
const { resetEnvCache } = await import("@/lib/env");
const { sendMinutesEmail } = await import("@/lib/actions/mail");
const { minutesRecipients } = await import("@/lib/db/mail-recipients");

type U = Awaited<ReturnType<typeof makeUser>>;
let owner: U, colleague: U, stranger: U;
let ws: string, docId: string, otherDoc: string;

const unfold = (s: string) => s.replace(/\r\n /g, "").split("\r\n");
const events = (lines: string[]) => lines.filter((l) => l.startsWith("SUMMARY:")).map((l) => l.slice(8));

beforeAll(async () => {
  owner = await makeUser("owner");
  colleague = await makeUser("colleague");
  stranger = await makeUser("stranger");
  await db().user.update({ where: { id: owner.id }, data: { name: "张伟" } });
  ws = await makeWorkspace(owner, [[colleague, "viewer"]]);
  const doc = await db().document.create({
    data: {
      workspaceId: ws,
      fileName: "w.txt",
      mimeType: "text/plain",
      sizeBytes: 1,
      sha256: randomUUID(),
      title: "周会, 第一次",
      kind: "meeting",
      speakers: ["说话人1", "李娜"],
      status: "ready",
    },
  });
  docId = doc.id;
  await db().segment.createMany({ data: [{ workspaceId: ws, documentId: docId, index: 0, speaker: "说话人1", text: "我周五前把方案发出来。", headingPath: [] }] });
  otherDoc = (
    await db().document.create({
      data: { workspaceId: ws, fileName: "r.txt", mimeType: "text/plain", sizeBytes: 1, sha256: randomUUID(), title: "评审", kind: "meeting", speakers: [], status: "ready" },
    })
  ).id;
  await db().todo.createMany({
    data: [
      { workspaceId: ws, documentId: docId, text: "发方案; 给客户", owner: "说话人1", due: "2026-12-11" },
      { workspaceId: ws, documentId: docId, text: "约供应商", owner: "李娜", due: "2026-12-09T15:00" },
      { workspaceId: ws, documentId: docId, text: "没有截止日期", owner: "张伟" },
      { workspaceId: ws, documentId: docId, text: "已放弃", owner: "张伟", due: "2026-12-01", status: "dropped" },
      { workspaceId: ws, documentId: otherDoc, text: "评审结论", owner: "张伟", due: "2026-12-20", status: "done" },
    ],
  });
  await sp.renameDocumentSpeaker(ws, docId, 0, "说话人1", "张伟", owner.id);
});

describe(".ics downloads", () => {
  it("a meeting's to-dos with due dates as events, owners as the speakers are named now; dropped and undated left out", async () => {
    await signInAs(colleague);
    const res = await docIcs(new Request(`http://test/w/${ws}/d/${docId}/export/todos.ics`), { params: Promise.resolve({ workspaceId: ws, documentId: docId }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("周会, 第一次.todos.ics").replace(/'/g, "%27"));
    const lines = unfold(await res.text());
    expect(events(lines)).toEqual(["发方案\\; 给客户", "约供应商"]);
    expect(lines).toContain("DTSTART;VALUE=DATE:20261211");
    expect(lines).toContain("DTSTART:20261209T150000");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:") && l.includes("Owner: 张伟"))).toContain(`/w/${ws}/d/${docId}?tab=todos`);
    expect(lines).toContain("X-WR-CALNAME:周会\\, 第一次");
    const audit = await db().auditEvent.findFirst({ where: { workspaceId: ws, action: "export.downloaded", targetId: docId }, orderBy: { createdAt: "desc" } });
    expect(audit?.detail).toMatchObject({ format: ".todos.ics" });
  });

  it("my to-dos with due dates across the workspace, only mine", async () => {
    await signInAs(owner);
    const res = await myIcs(new Request(`http://test/w/${ws}/todos/mine.ics`), { params: Promise.resolve({ workspaceId: ws }) });
    expect(res.status).toBe(200);
    const lines = unfold(await res.text());
    expect(events(lines).sort()).toEqual(["✓ 评审结论", "发方案\\; 给客户"].sort());
  });

  it("another workspace's member gets nothing", async () => {
    await signInAs(stranger);
    expect((await docIcs(new Request(`http://test/w/${ws}/d/${docId}/export/todos.ics`), { params: Promise.resolve({ workspaceId: ws, documentId: docId }) })).status).toBe(404);
    expect((await myIcs(new Request(`http://test/w/${ws}/todos/mine.ics`), { params: Promise.resolve({ workspaceId: ws }) })).status).toBe(404);
  });
});

describe("emailing the minutes", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };

  beforeAll(async () => {
    sink = await startSmtpSink({ reject: ["nobody@example.test"] });
    await db().artifact.create({
      data: {
        workspaceId: ws,
        documentId: docId,
        kind: "minutes",
        version: 1,
        engine: "local",
        content: {
          lang: "zh",
          summary: [{ text: "说话人1将在周五前发出方案。", citations: [0], verified: true }],
          topics: [],
          decisions: [{ text: "方案先给客户看。", citations: [0], verified: true }],
          coverage: { chunksTotal: 1, chunksOk: 1, failed: [] },
        },
      },
    });
  });
  afterAll(async () => {
    await sink.close();
    process.env.SMTP_URL = saved.SMTP_URL ?? "";
    process.env.MAIL_FROM = saved.MAIL_FROM ?? "";
    resetEnvCache();
  });
  const configure = (url: string, from: string) => {
    process.env.SMTP_URL = url;
    process.env.MAIL_FROM = from;
    resetEnvCache();
  };

  it("without SMTP settings says what to configure", async () => {
    configure("", "");
    await signInAs(owner);
    const res = await sendMinutesEmail({ workspaceId: ws, documentId: docId, recipients: "a@example.test" });
    expect(res).toMatchObject({ ok: false, error: { code: "MAIL_NOT_CONFIGURED" } });
    expect(!res.ok && res.error.message).toContain("SMTP_URL or SMTP_HOST");
  });

  it("suggests the members linked to the meeting's speakers", async () => {
    await sp.linkDocumentSpeaker(ws, docId, 1, "李娜", colleague.id, owner.id);
    const r = await minutesRecipients(ws, docId);
    expect(r.map((x) => [x.email, x.speaker]).sort()).toEqual(
      [
        [colleague.email, "李娜"],
        [owner.email, "张伟"],
      ].sort(),
    );
  });

  it("sends text and HTML with the to-dos, owners, due dates and a link; records an audit event", async () => {
    configure(sink.url, "Jiyao <minutes@jiyao.test>");
    await signInAs(owner);
    const res = await sendMinutesEmail({ workspaceId: ws, documentId: docId, recipients: `${colleague.email}, Guest@Example.test`, note: "请查收" });
    expect(res).toMatchObject({ ok: true, data: { recipients: [colleague.email, "guest@example.test"] } });
    const mail = await sink.next();
    expect(mail.to.sort()).toEqual([colleague.email, "guest@example.test"].sort());
    expect(mail.parsed.from?.value[0]).toMatchObject({ name: "Jiyao", address: "minutes@jiyao.test" });
    expect(mail.parsed.replyTo?.text).toContain(owner.email);
    expect(mail.parsed.subject).toBe("会议纪要：周会, 第一次");
    const text = mail.parsed.text ?? "";
    expect(text).toContain("张伟将在周五前发出方案");
    expect(text).toContain("发方案\\; 给客户".replace("\\", ""));
    expect(text).toContain("2026-12-11");
    expect(text).toContain("请查收");
    expect(text).toContain(`/w/${ws}/d/${docId}?tab=minutes`);
    const html = String(mail.parsed.html);
    expect(html).toContain(`/w/${ws}/d/${docId}?tab=minutes"`);
    expect(html).toContain("<li>");
    expect(html).toContain("约供应商");
    const audit = await db().auditEvent.findFirst({ where: { workspaceId: ws, action: "minutes.emailed", targetId: docId } });
    expect(audit).toMatchObject({ actorUserId: owner.id, detail: { recipients: [colleague.email, "guest@example.test"], version: 1 } });
  });

  it("refuses bad addresses, viewers and a server that refuses a recipient, clearly", async () => {
    configure(sink.url, "Jiyao <minutes@jiyao.test>");
    await signInAs(owner);
    expect(await sendMinutesEmail({ workspaceId: ws, documentId: docId, recipients: "not-an-address" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await sendMinutesEmail({ workspaceId: ws, documentId: docId, recipients: "" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    const refused = await sendMinutesEmail({ workspaceId: ws, documentId: docId, recipients: "nobody@example.test" });
    expect(refused).toMatchObject({ ok: false, error: { code: "MAIL_FAILED" } });
    expect(!refused.ok && refused.error.message).toContain("nobody@example.test");
    expect(await sendMinutesEmail({ workspaceId: ws, documentId: otherDoc, recipients: "a@example.test" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    // No server listening: a clear failure, not a hang.
    configure("smtp://127.0.0.1:1", "Jiyao <minutes@jiyao.test>");
    const down = await sendMinutesEmail({ workspaceId: ws, documentId: docId, recipients: "a@example.test" });
    expect(down).toMatchObject({ ok: false, error: { code: "MAIL_FAILED" } });
    expect(await db().auditEvent.count({ where: { workspaceId: ws, action: "minutes.emailed" } })).toBe(1);
    configure(sink.url, "Jiyao <minutes@jiyao.test>");
    await signInAs(colleague);
    expect(await sendMinutesEmail({ workspaceId: ws, documentId: docId, recipients: "a@example.test" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(stranger);
    expect(await sendMinutesEmail({ workspaceId: ws, documentId: docId, recipients: "a@example.test" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
