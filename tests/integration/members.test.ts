import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { createInvite, revokeInvite, acceptInvite, changeRole, removeMember } = await import("@/lib/actions/members");
const { hashInviteToken, findUsableInvitation, listPendingInvitations } = await import("@/lib/db/invitations");
const { listMembers } = await import("@/lib/db/members");
const { findMembership } = await import("@/lib/db/workspaces");
const { db } = await import("@/lib/db/client");
const { getSessionUser } = await import("@/lib/auth/session");

type U = Awaited<ReturnType<typeof makeUser>>;
let olga: U, adam: U, mia: U, vic: U, nora: U, otto: U;
let ws: string;

function tokenOf(url: string): string {
  const m = /\/invite\/([A-Za-z0-9_-]+)$/.exec(url);
  if (!m) throw new Error(`not an invite link: ${url}`);
  return m[1];
}

async function invite(workspaceId: string, role: "owner" | "admin" | "member" | "viewer", email?: string) {
  const res = await createInvite({ workspaceId, role, email });
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return { ...res.data, token: tokenOf(res.data.url) };
}

async function roleIn(workspaceId: string, user: U) {
  return (await findMembership(workspaceId, user.id))?.role ?? null;
}

beforeAll(async () => {
  [olga, adam, mia, vic, nora, otto] = await Promise.all(["olga", "adam", "mia", "vic", "nora", "otto"].map((n) => makeUser(n)));
  ws = await makeWorkspace(olga, [
    [adam, "admin"],
    [mia, "member"],
    [vic, "viewer"],
  ]);
});

describe("invite links", () => {
  it("stores only the token's hash, and the link opens the workspace", async () => {
    await signInAs(olga);
    const inv = await invite(ws, "viewer", "new.person@example.test");
    expect(inv.url).toMatch(/^https?:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{32,}$/);
    const row = await db().invitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(row.tokenHash).toBe(hashInviteToken(inv.token));
    expect(row.tokenHash).not.toContain(inv.token);
    expect(JSON.stringify(row)).not.toContain(inv.token);
    expect(row).toMatchObject({ role: "viewer", email: "new.person@example.test", invitedById: olga.id, acceptedAt: null, revokedAt: null });
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    await expect(findUsableInvitation(inv.token)).resolves.toMatchObject({ workspaceId: ws, role: "viewer" });
    expect((await listPendingInvitations(ws)).map((i) => i.id)).toContain(inv.id);
  });

  it("accepting makes the user a member with the invited role, once", async () => {
    await signInAs(olga);
    const inv = await invite(ws, "member");
    await signInAs(nora);
    expect(await acceptInvite({ token: inv.token })).toEqual({ ok: true, data: { workspaceId: ws, role: "member" } });
    expect(await roleIn(ws, nora)).toBe("member");
    const row = await db().invitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(row.acceptedAt).not.toBeNull();
    expect((await listPendingInvitations(ws)).map((i) => i.id)).not.toContain(inv.id);

    // Single use: nobody else gets in with the same link.
    await signInAs(otto);
    expect(await acceptInvite({ token: inv.token })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await roleIn(ws, otto)).toBeNull();
    expect(await findUsableInvitation(inv.token)).toBeNull();
  });

  it("two simultaneous accepts of one link admit one person", async () => {
    await signInAs(olga);
    const inv = await invite(ws, "viewer");
    await signInAs(otto);
    const [a, b] = await Promise.all([acceptInvite({ token: inv.token }), acceptInvite({ token: inv.token })]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    await removeMemberAs(olga, otto);
  });

  it("an existing member keeps the higher role", async () => {
    await signInAs(olga);
    const lower = await invite(ws, "viewer");
    await signInAs(mia);
    expect(await acceptInvite({ token: lower.token })).toMatchObject({ ok: true, data: { role: "member" } });
    expect(await roleIn(ws, mia)).toBe("member");

    await signInAs(olga);
    const higher = await invite(ws, "admin");
    await signInAs(vic);
    expect(await acceptInvite({ token: higher.token })).toMatchObject({ ok: true, data: { role: "admin" } });
    expect(await roleIn(ws, vic)).toBe("admin");
    await signInAs(olga);
    expect(await changeRole({ workspaceId: ws, userId: vic.id, role: "viewer" })).toMatchObject({ ok: true });
  });

  it("expired, revoked and made-up tokens are refused", async () => {
    await signInAs(olga);
    const expired = await invite(ws, "member");
    await db().invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await invite(ws, "member");
    expect(await revokeInvite({ workspaceId: ws, invitationId: revoked.id })).toMatchObject({ ok: true });
    expect((await listPendingInvitations(ws)).map((i) => i.id)).not.toContain(revoked.id);
    // Revoking twice says so rather than pretending.
    expect(await revokeInvite({ workspaceId: ws, invitationId: revoked.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    await signInAs(otto);
    for (const token of [expired.token, revoked.token, "A".repeat(32)]) {
      expect(await acceptInvite({ token })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
      expect(await findUsableInvitation(token)).toBeNull();
    }
    expect(await acceptInvite({ token: "../../etc" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await roleIn(ws, otto)).toBeNull();
  });

  it("only an owner can invite owners; members and viewers cannot invite", async () => {
    await signInAs(adam);
    expect(await createInvite({ workspaceId: ws, role: "owner" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await createInvite({ workspaceId: ws, role: "admin" })).toMatchObject({ ok: true });
    await signInAs(mia);
    expect(await createInvite({ workspaceId: ws, role: "viewer" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(vic);
    expect(await createInvite({ workspaceId: ws, role: "viewer" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAs(olga);
    expect(await createInvite({ workspaceId: ws, role: "viewer", email: "not an email" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });
});

async function removeMemberAs(actor: U, target: U) {
  await signInAs(actor);
  const res = await removeMember({ workspaceId: ws, userId: target.id });
  expect(res).toMatchObject({ ok: true });
}

describe("role rules", () => {
  it("a member cannot change roles or remove anyone", async () => {
    await signInAs(mia);
    expect(await changeRole({ workspaceId: ws, userId: vic.id, role: "member" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await removeMember({ workspaceId: ws, userId: vic.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await roleIn(ws, vic)).toBe("viewer");
  });

  it("admins manage non-owners but never owners or the owner role", async () => {
    await signInAs(adam);
    expect(await changeRole({ workspaceId: ws, userId: vic.id, role: "member" })).toMatchObject({ ok: true, data: { role: "member" } });
    expect(await roleIn(ws, vic)).toBe("member");
    expect(await changeRole({ workspaceId: ws, userId: vic.id, role: "owner" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await changeRole({ workspaceId: ws, userId: olga.id, role: "admin" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await removeMember({ workspaceId: ws, userId: olga.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await roleIn(ws, olga)).toBe("owner");
    expect(await changeRole({ workspaceId: ws, userId: vic.id, role: "viewer" })).toMatchObject({ ok: true });
  });

  it("the last owner can be neither demoted nor removed, not even by themselves", async () => {
    await signInAs(olga);
    expect(await changeRole({ workspaceId: ws, userId: olga.id, role: "admin" })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await removeMember({ workspaceId: ws, userId: olga.id })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await roleIn(ws, olga)).toBe("owner");
  });

  it("an owner can make another owner, after which either may step down but not both", async () => {
    await signInAs(olga);
    expect(await changeRole({ workspaceId: ws, userId: adam.id, role: "owner" })).toMatchObject({ ok: true });
    // Two owners demoting each other at once: the row lock lets exactly one through.
    // Each action reads the session once, first thing, so the two calls see olga and adam in turn.
    vi.mocked(getSessionUser).mockResolvedValueOnce(olga).mockResolvedValueOnce(adam);
    const [a, b] = await Promise.all([changeRole({ workspaceId: ws, userId: olga.id, role: "admin" }), changeRole({ workspaceId: ws, userId: adam.id, role: "admin" })]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const owners = (await listMembers(ws)).filter((x) => x.role === "owner");
    expect(owners).toHaveLength(1);
    // Restore: whoever is still owner promotes the other back, then adam returns to admin.
    const owner = owners[0].userId === olga.id ? olga : adam;
    const other = owner === olga ? adam : olga;
    await signInAs(owner);
    expect(await changeRole({ workspaceId: ws, userId: other.id, role: "owner" })).toMatchObject({ ok: true });
    await signInAs(olga);
    expect(await changeRole({ workspaceId: ws, userId: adam.id, role: "admin" })).toMatchObject({ ok: true });
    expect(await roleIn(ws, olga)).toBe("owner");
  });

  it("an admin can remove a member, who then loses access", async () => {
    await signInAs(adam);
    expect(await removeMember({ workspaceId: ws, userId: nora.id })).toMatchObject({ ok: true });
    expect(await roleIn(ws, nora)).toBeNull();
    expect(await removeMember({ workspaceId: ws, userId: nora.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("the member list shows everyone with their role", async () => {
    const list = await listMembers(ws);
    expect(list[0]).toMatchObject({ userId: olga.id, role: "owner", name: "olga", email: olga.email });
    expect(Object.fromEntries(list.map((x) => [x.name, x.role]))).toEqual({ olga: "owner", adam: "admin", mia: "member", vic: "viewer" });
  });
});

describe("isolation", () => {
  it("a member of another workspace can neither see nor manage these members", async () => {
    await signInAs(otto);
    const calls = [
      createInvite({ workspaceId: ws, role: "viewer" }),
      changeRole({ workspaceId: ws, userId: vic.id, role: "admin" }),
      removeMember({ workspaceId: ws, userId: vic.id }),
    ];
    for (const res of await Promise.all(calls)) expect(res).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    // An owner of another workspace cannot revoke this workspace's invites through their own.
    await signInAs(olga);
    const inv = await invite(ws, "viewer");
    await signInAs(otto);
    expect(await revokeInvite({ workspaceId: otto.personalWorkspaceId, invitationId: inv.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await revokeInvite({ workspaceId: ws, invitationId: inv.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    // Nor change roles here through a workspace they own.
    expect(await changeRole({ workspaceId: otto.personalWorkspaceId, userId: vic.id, role: "admin" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await roleIn(ws, vic)).toBe("viewer");
    await expect(findUsableInvitation(inv.token)).resolves.not.toBeNull();
  });

  it("anonymous callers are refused", async () => {
    await signInAs(olga);
    const inv = await invite(ws, "viewer");
    await signInAs(null);
    expect(await createInvite({ workspaceId: ws, role: "viewer" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await revokeInvite({ workspaceId: ws, invitationId: inv.id })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await changeRole({ workspaceId: ws, userId: vic.id, role: "admin" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await removeMember({ workspaceId: ws, userId: vic.id })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await acceptInvite({ token: inv.token })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    await expect(findUsableInvitation(inv.token)).resolves.not.toBeNull();
  });
});
