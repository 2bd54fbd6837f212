/** The workspace's accepted spelling words (issue 11): listed, added and removed; proofreading follows the list. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeTeam, makeWorkspace, signInAs, setUpTestDatabase, type TestUser } from "../support/db";
import { ok } from "../support/action-result";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { stopBoss } = await import("@/lib/jobs/boss");
const actions = await import("@/lib/actions/writings");
const { listAcceptedWords } = await import("@/lib/db/writings");

let member: TestUser, viewer: TestUser, stranger: TestUser;
let ws: string, other: string;

const TEXT = "We run grafna daily, and the grafna team will recieve it.";
const flagged = async (workspaceId: string) =>
  ok(await actions.proofreadText({ workspaceId, text: TEXT }))
    .suggestions.filter((s) => s.kind === "spelling")
    .map((s) => s.original);

beforeAll(async () => {
  ({ member, viewer, stranger, ws } = await makeTeam());
  other = await makeWorkspace(stranger);
});
afterAll(async () => {
  await stopBoss();
});

describe("accepted words", () => {
  it("a member adds words, proofreading stops flagging them in any case, and flags them again once removed", async () => {
    await signInAs(member);
    expect(await flagged(ws)).toEqual(expect.arrayContaining(["grafna", "recieve"]));
    expect(ok(await actions.addAcceptedWord({ workspaceId: ws, word: "grafna" }))).toEqual({ word: "grafna", added: true });
    expect(ok(await actions.addAcceptedWord({ workspaceId: ws, word: "RECIEVE" }))).toEqual({ word: "RECIEVE", added: true });
    // The same word in another case is already there: not stored twice.
    expect(ok(await actions.addAcceptedWord({ workspaceId: ws, word: "GRAFNA" }))).toEqual({ word: "grafna", added: false });
    expect(await listAcceptedWords(ws)).toEqual(["RECIEVE", "grafna"]);
    const now = await flagged(ws);
    expect(now).not.toContain("grafna");
    expect(now).not.toContain("recieve");

    ok(await actions.removeAcceptedWord({ workspaceId: ws, word: "RECIEVE" }));
    expect(await listAcceptedWords(ws)).toEqual(["grafna"]);
    expect(await flagged(ws)).toContain("recieve");
    expect(await actions.removeAcceptedWord({ workspaceId: ws, word: "RECIEVE" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("refuses what is not one word, with a clear message", async () => {
    await signInAs(member);
    for (const word of ["two words", "semi;colon", "-lead", "", "trail-"]) {
      const res = await actions.addAcceptedWord({ workspaceId: ws, word });
      expect(res, word).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    }
    const res = await actions.addAcceptedWord({ workspaceId: ws, word: "a b" });
    if (!res.ok) expect(res.error.message).toMatch(/one word/);
    for (const word of ["O'Neill", "e-mail", "Node.js", "Zürich", "GPT4o"]) expect(ok(await actions.addAcceptedWord({ workspaceId: ws, word })).word).toBe(word);
  });

  it("a viewer reads the list but cannot change it; another workspace's list is its own", async () => {
    await signInAs(viewer);
    expect(await actions.addAcceptedWord({ workspaceId: ws, word: "Viewerword" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await actions.removeAcceptedWord({ workspaceId: ws, word: "grafna" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await listAcceptedWords(ws)).toContain("grafna");
    await signInAs(stranger);
    expect(await actions.removeAcceptedWord({ workspaceId: ws, word: "grafna" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await flagged(other)).toContain("grafna");
    expect(await listAcceptedWords(other)).toEqual([]);
  });
});
