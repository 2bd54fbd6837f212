import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { renameDocument, deleteDocument, uploadDocument } = await import("@/lib/actions/documents");
const { createShare, revokeShare } = await import("@/lib/actions/shares");
const { changeRole, createInvite, removeMember, revokeInvite, acceptInvite } = await import("@/lib/actions/members");
const { listAuditEvents, listAuditActors, recordAudit } = await import("@/lib/db/audit");
const { db } = await import("@/lib/db/client");
const { addMember } = await import("@/lib/db/workspaces");
const { processQueued } = await import("../support/process-queued");
const { stopBoss } = await import("@/lib/jobs/boss");
const { GET: exportMinutesMd } = await import("@/app/w/[workspaceId]/d/[documentId]/export/minutes.md/route");
const { default: SettingsLayout } = await import("@/app/w/[workspaceId]/settings/layout");

type U = Awaited<ReturnType<typeof makeUser>>;
let owner: U, admin: U, member: U, viewer: U, outsider: U, joiner: U;
let ws: string, otherWs: string;

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
};

async function actions(workspaceId: string) {
  const { entries } = await listAuditEvents(workspaceId, { pageSize: 200 });
  return entries.map((e) => e.action).reverse();
}

beforeAll(async () => {
  [owner, admin, member, viewer, outsider, joiner] = await Promise.all(["owner", "admin", "member", "viewer", "outsider", "joiner"].map((l) => makeUser(l)));
  ws = await makeWorkspace(owner, [
    [admin, "admin"],
    [member, "member"],
    [viewer, "viewer"],
  ]);
  otherWs = await makeWorkspace(outsider);
}, 60_000);
afterAll(() => stopBoss());

describe("the audit log", () => {
  it("records uploads, renames, share links, exports and deletions with who did them", async () => {
    await signInAs(member);
    const up = ok(await uploadDocument(fileForm(ws, "plan.txt", "Ann: We will ship on Friday.\nBo: I will write the notes by Monday.")));
    await processQueued(up.id);
    ok(await renameDocument({ workspaceId: ws, documentId: up.id, title: "Launch plan" }));
    const share = ok(await createShare({ workspaceId: ws, documentId: up.id, expiresInDays: 7 }));
    ok(await revokeShare({ workspaceId: ws, documentId: up.id, shareId: share.id }));
    const res = await exportMinutesMd(new Request(`http://localhost:3000/w/${ws}/d/${up.id}/export/minutes.md`), {
      params: Promise.resolve({ workspaceId: ws, documentId: up.id }),
    });
    expect(res.status).toBe(200);
    ok(await deleteDocument({ workspaceId: ws, documentId: up.id }));

    const { entries } = await listAuditEvents(ws, { actorUserId: member.id });
    expect(entries.map((e) => e.action).reverse()).toEqual(["document.uploaded", "document.renamed", "share.created", "share.revoked", "export.downloaded", "document.deleted"]);
    expect(entries.every((e) => e.actor?.id === member.id && e.targetId === up.id)).toBe(true);
    const renamed = entries.find((e) => e.action === "document.renamed");
    expect(renamed?.detail).toEqual({ from: "plan", to: "Launch plan" });
    expect(entries.find((e) => e.action === "document.deleted")?.detail).toEqual({ title: "Launch plan" });
    // A share link's token is a secret: the log keeps which link, never the token.
    expect(JSON.stringify(entries)).not.toContain(share.token);
  });

  it("records invitations and role changes; a refused change records nothing", async () => {
    await signInAs(admin);
    const invite = ok(await createInvite({ workspaceId: ws, role: "member" }));
    const token = invite.url.split("/invite/")[1];
    await signInAs(joiner);
    ok(await acceptInvite({ token }));
    await signInAs(admin);
    ok(await changeRole({ workspaceId: ws, userId: joiner.id, role: "viewer" }));
    ok(await removeMember({ workspaceId: ws, userId: joiner.id }));
    const second = ok(await createInvite({ workspaceId: ws, role: "viewer" }));
    ok(await revokeInvite({ workspaceId: ws, invitationId: second.id }));
    const before = (await listAuditEvents(ws)).total;
    // An admin may not touch the owner: refused, and nothing is logged.
    expect((await changeRole({ workspaceId: ws, userId: owner.id, role: "member" })).ok).toBe(false);
    expect((await listAuditEvents(ws)).total).toBe(before);

    const log = (await actions(ws)).filter((a) => a.startsWith("invitation.") || a.startsWith("member."));
    expect(log).toEqual(["invitation.created", "invitation.accepted", "member.role_changed", "member.removed", "invitation.created", "invitation.revoked"]);
    const change = (await listAuditEvents(ws, { action: "member.role_changed" })).entries[0];
    expect(change).toMatchObject({ targetId: joiner.id, detail: { from: "member", to: "viewer" }, actor: { id: admin.id } });
    // The invite link's token is never logged either.
    expect(JSON.stringify((await listAuditEvents(ws, { pageSize: 200 })).entries)).not.toContain(token);
  });

  it("filters by action, person and date range, and pages newest first", async () => {
    const byAction = await listAuditEvents(ws, { action: "invitation.created" });
    expect(byAction.total).toBe(2);
    expect(byAction.entries.every((e) => e.action === "invitation.created")).toBe(true);
    expect((await listAuditEvents(ws, { actorUserId: joiner.id })).entries.map((e) => e.action)).toEqual(["invitation.accepted"]);

    const old = await db().auditEvent.create({ data: { workspaceId: ws, actorUserId: owner.id, action: "settings.updated", createdAt: new Date("2025-03-10T12:00:00Z") } });
    expect((await listAuditEvents(ws, { from: "2025-03-10", to: "2025-03-10" })).entries.map((e) => e.id)).toEqual([old.id]);
    expect((await listAuditEvents(ws, { to: "2025-03-09" })).total).toBe(0);
    expect((await listAuditEvents(ws, { from: "2025-03-11" })).entries.map((e) => e.id)).not.toContain(old.id);

    const all = await listAuditEvents(ws, { pageSize: 200 });
    const times = all.entries.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const p1 = await listAuditEvents(ws, { pageSize: 3, page: 1 });
    const p2 = await listAuditEvents(ws, { pageSize: 3, page: 2 });
    expect(p1.total).toBe(all.total);
    expect([...p1.entries, ...p2.entries].map((e) => e.id)).toEqual(all.entries.slice(0, 6).map((e) => e.id));

    const actors = (await listAuditActors(ws)).map((a) => a.id);
    expect(actors.sort()).toEqual([owner.id, admin.id, member.id, joiner.id].sort());
  });

  it("is scoped by workspace: another workspace's log holds none of these", async () => {
    await recordAudit({ workspaceId: otherWs, actorUserId: outsider.id, action: "settings.updated" });
    const other = await listAuditEvents(otherWs);
    expect(other.entries.map((e) => e.action)).toEqual(["settings.updated"]);
    expect((await listAuditEvents(ws, { actorUserId: outsider.id })).total).toBe(0);
  });

  it("a deletion and its log line commit together: a failed deletion leaves no line", async () => {
    await signInAs(member);
    const res = await deleteDocument({ workspaceId: ws, documentId: crypto.randomUUID() });
    expect(res).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await listAuditEvents(ws, { action: "document.deleted" })).total).toBe(1);
  });

  it.each([
    ["owner", true],
    ["admin", true],
    ["member", false],
    ["viewer", false],
    ["outsider", false],
  ] as const)("the settings pages (audit log included) as %s: shown %s", async (who, shown) => {
    await addMember(ws, admin.id, "admin");
    await signInAs({ owner, admin, member, viewer, outsider }[who]);
    const render = SettingsLayout({ children: null, params: Promise.resolve({ workspaceId: ws }) });
    if (shown) await expect(render).resolves.toBeTruthy();
    else await expect(render).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});
