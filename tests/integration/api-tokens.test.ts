import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { findTokenPrincipal, hashApiToken, listApiTokens } = await import("@/lib/db/api-tokens");
const { createApiToken, revokeApiToken } = await import("@/lib/actions/api-tokens");
const { removeMember } = await import("@/lib/db/members");

let owner: Awaited<ReturnType<typeof makeUser>>;
let viewer: Awaited<ReturnType<typeof makeUser>>;
let member: Awaited<ReturnType<typeof makeUser>>;
let ws: string;
beforeAll(async () => {
  [owner, viewer, member] = await Promise.all([makeUser("owner"), makeUser("viewer"), makeUser("member")]);
  ws = await makeWorkspace(owner, [
    [viewer, "viewer"],
    [member, "member"],
  ]);
});
afterAll(() => signInAs(null));

describe("API tokens", () => {
  it("are 256-bit jy_ tokens shown once and stored only as their sha256", async () => {
    await signInAs(member);
    const res = await createApiToken({ workspaceId: ws, name: "  Meeting bot ", scope: "write" });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.token).toMatch(/^jy_[A-Za-z0-9_-]{43}$/);
    expect(res.data.name).toBe("Meeting bot");
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: res.data.id } });
    expect(row.tokenHash).toBe(hashApiToken(res.data.token));
    expect(JSON.stringify(row)).not.toContain(res.data.token.slice(3));
    expect(JSON.stringify(await listApiTokens(ws, member.id))).not.toContain(res.data.token.slice(3));
    const principal = await findTokenPrincipal(res.data.token);
    expect(principal).toMatchObject({ workspaceId: ws, scope: "write", memberRole: "member", user: { id: member.id } });
  });

  it("a viewer gets read tokens only; names are validated like every user string", async () => {
    await signInAs(viewer);
    expect(await createApiToken({ workspaceId: ws, name: "Bot", scope: "write" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await createApiToken({ workspaceId: ws, name: "Bot", scope: "read" })).toMatchObject({ ok: true });
    expect(await createApiToken({ workspaceId: ws, name: "a\u0000b", scope: "read" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await createApiToken({ workspaceId: ws, name: "Bot", scope: "admin" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });

  it("a revoked token, another's token and a removed member's token stop working", async () => {
    await signInAs(member);
    const a = await createApiToken({ workspaceId: ws, name: "A", scope: "read" });
    if (!a.ok) throw new Error(a.error.message);
    await signInAs(viewer);
    expect(await revokeApiToken({ workspaceId: ws, tokenId: a.data.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await findTokenPrincipal(a.data.token)).not.toBeNull();
    await signInAs(member);
    expect(await revokeApiToken({ workspaceId: ws, tokenId: a.data.id })).toMatchObject({ ok: true });
    expect(await findTokenPrincipal(a.data.token)).toBeNull();
    expect(await revokeApiToken({ workspaceId: ws, tokenId: a.data.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    const b = await createApiToken({ workspaceId: ws, name: "B", scope: "write" });
    if (!b.ok) throw new Error(b.error.message);
    await removeMember(ws, owner.id, member.id);
    expect(await findTokenPrincipal(b.data.token)).toBeNull();
    expect(await findTokenPrincipal(`jy_${"A".repeat(43)}`)).toBeNull();
    expect(await findTokenPrincipal("not a token")).toBeNull();
  });
});

describe("the audit log", () => {
  it("records a token's creation and revocation, never the token", async () => {
    const m2 = await makeUser("m2");
    const ws2 = await makeWorkspace(owner, [[m2, "member"]]);
    await signInAs(m2);
    const res = await createApiToken({ workspaceId: ws2, name: "Audited", scope: "read" });
    if (!res.ok) throw new Error(res.error.message);
    await revokeApiToken({ workspaceId: ws2, tokenId: res.data.id });
    const events = await db().auditEvent.findMany({ where: { workspaceId: ws2 }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorUserId, e.targetId])).toEqual([
      ["token.created", m2.id, res.data.id],
      ["token.revoked", m2.id, res.data.id],
    ]);
    expect(JSON.stringify(events)).not.toContain(res.data.token.slice(3));
  });
});
