/**
 * The member check of download routes (lib/auth/guards.ts memberOrRefusal) and the key-carrying public
 * action (lib/actions/client.ts publicAction), with the session and the membership lookup replaced, as in
 * action-wrapper.test.ts. Both are mutation-tested with it (`npm run mutation -- auth`).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string } | null }));
const memberships = vi.hoisted(() => new Map<string, "viewer" | "member" | "admin" | "owner">());
const lookupFails = vi.hoisted(() => ({ with: null as Error | null }));

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("@/lib/db/workspaces", async () => {
  const RANK = { viewer: 1, member: 2, admin: 3, owner: 4 } as const;
  return {
    roleAtLeast: (role: keyof typeof RANK, min: keyof typeof RANK) => RANK[role] >= RANK[min],
    findMembership: async (workspaceId: string, userId: string) => {
      if (lookupFails.with) throw lookupFails.with;
      const role = memberships.get(`${workspaceId}:${userId}`);
      return role ? { role, workspace: { id: workspaceId, name: `WS ${workspaceId}`, personal: false } } : null;
    },
  };
});

const { memberOrRefusal, plainText, requireMember } = await import("@/lib/auth/guards");
const { publicAction } = await import("@/lib/actions/client");
const { AppError } = await import("@/lib/errors");

const WS = "11111111-1111-4111-8111-111111111111";
const alice = { id: "u-alice", email: "a@example.com", name: "Alice" };

beforeEach(() => {
  session.user = null;
  memberships.clear();
  lookupFails.with = null;
});

async function refusal(r: Awaited<ReturnType<typeof memberOrRefusal>>) {
  if (!("refusal" in r)) throw new Error("expected a refusal");
  return { status: r.refusal.status, type: r.refusal.headers.get("content-type"), body: await r.refusal.text() };
}

describe("memberOrRefusal (download routes)", () => {
  it("answers 401 to a signed-out caller", async () => {
    expect(await refusal(await memberOrRefusal(WS, "viewer"))).toEqual({ status: 401, type: "text/plain; charset=utf-8", body: "Sign in first." });
  });

  it("answers 404 to a non-member, whatever the route would say to a member", async () => {
    session.user = alice;
    expect(await refusal(await memberOrRefusal(WS, "viewer", "Only members may export."))).toEqual({ status: 404, type: "text/plain; charset=utf-8", body: "Not found." });
  });

  it("answers 403 with the route's reason when the role is too low, and 404 when the route gives none", async () => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, "viewer");
    expect(await refusal(await memberOrRefusal(WS, "admin", "Exports need the admin role."))).toEqual({
      status: 403,
      type: "text/plain; charset=utf-8",
      body: "Exports need the admin role.",
    });
    expect((await refusal(await memberOrRefusal(WS, "admin"))).status).toBe(404);
  });

  it("gives a member at or above the role its context", async () => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, "admin");
    expect(await memberOrRefusal(WS, "admin")).toEqual({ ctx: { user: alice, workspaceId: WS, workspaceName: `WS ${WS}`, role: "admin" } });
  });

  it("lets a failure that is not a refusal (the database down) through instead of hiding it as 404", async () => {
    session.user = alice;
    lookupFails.with = new Error("connection refused");
    await expect(memberOrRefusal(WS, "viewer")).rejects.toThrow("connection refused");
  });
});

describe("requireMember", () => {
  it("asks for the viewer role when none is named", async () => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, "viewer");
    expect((await requireMember(WS)).role).toBe("viewer");
  });

  it("says which role is needed and which the caller has", async () => {
    session.user = alice;
    memberships.set(`${WS}:${alice.id}`, "member");
    await expect(requireMember(WS, "owner")).rejects.toMatchObject({ code: "FORBIDDEN", message: "This needs the owner role or higher; you are a member of this workspace." });
  });
});

describe("plainText", () => {
  it("is a UTF-8 plain-text response with the status given", async () => {
    const r = plainText("无权限", 403);
    expect([r.status, r.headers.get("content-type"), await r.text()]).toEqual([403, "text/plain; charset=utf-8", "无权限"]);
  });
});

describe("publicAction (input carries the key)", () => {
  const Token = z.object({ token: z.string().min(8, "token too short") });
  it("runs without a session once the input is valid", async () => {
    const act = publicAction(Token, async (input) => `ok:${input.token}`);
    expect(await act({ token: "abcdefgh" })).toEqual({ ok: true, data: "ok:abcdefgh" });
  });

  it("refuses invalid input with the field's path and message, and a body that is not an object", async () => {
    const handler = vi.fn(async () => "never");
    const act = publicAction(Token, handler);
    expect(await act({ token: "short" })).toEqual({ ok: false, error: { code: "INVALID_INPUT", message: "token: token too short" } });
    // No field to name: zod's own message, with no path prefix.
    const zodSays = Token.safeParse("nonsense").error?.issues[0]?.message;
    expect(await act("nonsense")).toEqual({ ok: false, error: { code: "INVALID_INPUT", message: zodSays } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("maps the handler's AppError to its code", async () => {
    const act = publicAction(Token, async () => {
      throw new AppError("NOT_FOUND", "This link has expired.");
    });
    expect(await act({ token: "abcdefgh" })).toEqual({ ok: false, error: { code: "NOT_FOUND", message: "This link has expired." } });
  });
});
