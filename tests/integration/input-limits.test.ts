import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

/**
 * Text people type reaches Postgres only within limits and without control characters: NUL used to
 * make Postgres refuse the row (a 500, "Something went wrong"), and nothing bounded a field's length.
 */
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { createWorkspace } = await import("@/lib/actions/workspaces");
const { createTodo } = await import("@/lib/actions/todos");
const { saveSlides } = await import("@/lib/actions/artifacts");
const { editMinutes } = await import("@/lib/actions/minutes");
const { POST: ask } = await import("@/app/api/w/[workspaceId]/ask/route");
const { POST: authPost } = await import("@/app/api/auth/[...all]/route");
const { resetEnvCache } = await import("@/lib/env");
const { db } = await import("@/lib/db/client");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U;
let ws: string, docId: string;
const APP_URL = "http://localhost:3000";
const savedAppUrl = process.env.APP_URL;

beforeAll(async () => {
  process.env.APP_URL = APP_URL;
  resetEnvCache();
  delete (globalThis as { jiyaoAuth?: unknown }).jiyaoAuth;
  alice = await makeUser("alice");
  ws = await makeWorkspace(alice);
  const doc = await db().document.create({
    data: { workspaceId: ws, fileName: "a.txt", mimeType: "text/plain", sizeBytes: 1, sha256: randomUUID(), title: "A", speakers: [], status: "ready" },
  });
  docId = doc.id;
  await signInAs(alice);
});

afterAll(() => {
  if (savedAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = savedAppUrl;
  resetEnvCache();
});

const NUL = "\u0000";

describe("control characters are refused with a message naming the field", () => {
  it("workspace name", async () => {
    const res = await createWorkspace({ name: `Team${NUL}A` });
    expect(res).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    if (!res.ok) expect(res.error.message).toMatch(/workspace name contains a control character/);
    expect(await createWorkspace({ name: "Team\u0007Bell" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    // Whitespace is not a control problem: folded into one space.
    expect(await createWorkspace({ name: " Team \t\n B " })).toMatchObject({ ok: true, data: { name: "Team B" } });
  });

  it("to-do text, owner and slide title", async () => {
    const todo = await createTodo({ workspaceId: ws, documentId: docId, text: `Send${NUL} it` });
    expect(todo).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    if (!todo.ok) expect(todo.error.message).toMatch(/text contains a control character/);
    expect(await createTodo({ workspaceId: ws, documentId: docId, text: "Send it", owner: `Bob${NUL}` })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    // A multi-line to-do keeps its line break.
    expect(await createTodo({ workspaceId: ws, documentId: docId, text: "Send it\r\nto finance" })).toMatchObject({ ok: true, data: { text: "Send it\nto finance" } });
    const slides = await saveSlides({ workspaceId: ws, documentId: docId, baseVersion: 1, title: `Deck${NUL}`, slides: [{ source: null, title: "One", bullets: [] }] });
    expect(slides).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    if (!slides.ok) expect(slides.error.message).toMatch(/control character/);
  });

  it("a hand-edited summary point or decision (stored as JSON, which cannot hold NUL)", async () => {
    const res = await editMinutes({ workspaceId: ws, documentId: docId, baseVersion: 1, edit: { op: "addDecision", text: `Ship${NUL} it` } });
    expect(res).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    if (!res.ok) expect(res.error.message).toMatch(/decision contains a control character/);
  });

  it("a lone surrogate (half an emoji) is refused too", async () => {
    const res = await createWorkspace({ name: "Team \uD83D" });
    expect(res).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await createWorkspace({ name: "Team 🚀" })).toMatchObject({ ok: true });
  });

  it("a question: 400 with the reason, nothing stored", async () => {
    const res = await ask(
      new Request(`${APP_URL}/api/w/${ws}/ask`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: APP_URL, "sec-fetch-site": "same-origin" },
        body: JSON.stringify({ question: `what${NUL}?`, documentId: docId }),
      }),
      { params: Promise.resolve({ workspaceId: ws }) },
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/question contains a control character/);
    expect(await db().question.count({ where: { workspaceId: ws } })).toBe(0);
  });
});

function authRequest(path: string, body: unknown, headers: Record<string, string> = {}) {
  return authPost(
    new Request(`${APP_URL}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP_URL, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

describe("fields owned by better-auth have our limits", () => {
  const email = () => `limits-${randomUUID().slice(0, 8)}@example.test`;
  const password = "correct horse battery";

  it("sign-up refuses a name over 80 characters or with NUL, and stores nothing", async () => {
    const long = await authRequest("/sign-up/email", { email: email(), password, name: "x".repeat(81) });
    expect(long.status).toBe(400);
    expect((await long.json()).message).toMatch(/name can be at most 80/);
    const addr = email();
    const nul = await authRequest("/sign-up/email", { email: addr, password, name: `Eve${NUL}` });
    expect(nul.status).toBe(400);
    expect((await nul.json()).message).toMatch(/control character/);
    expect(await db().user.count({ where: { email: addr } })).toBe(0);
  });

  it("a 40 MB name is refused before it is read whole", async () => {
    const res = await authRequest("/sign-up/email", JSON.stringify({ email: email(), password, name: "x".repeat(40 * 1024 * 1024) }));
    expect(res.status).toBe(413);
  });

  it("the personal workspace takes the name, within its 80-character rule", async () => {
    const addr = email();
    const res = await authRequest("/sign-up/email", { email: addr, password, name: "  Ada   Lovelace  ".padEnd(80, "e") });
    expect(res.status).toBe(200);
    const user = await db().user.findUniqueOrThrow({ where: { email: addr } });
    const personal = await db().workspace.findFirstOrThrow({ where: { personal: true, members: { some: { userId: user.id } } } });
    expect(personal.name.length).toBeLessThanOrEqual(80);
    expect(personal.name.startsWith("Ada Lovelace")).toBe(true);
  });

  it("update-user refuses an oversized or control-character name", async () => {
    const addr = email();
    const up = await authRequest("/sign-up/email", { email: addr, password, name: "Grace" });
    expect(up.status).toBe(200);
    const cookie = up.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const long = await authRequest("/update-user", { name: "g".repeat(200) }, { cookie });
    expect(long.status).toBe(400);
    expect((await long.json()).message).toMatch(/name can be at most 80/);
    const huge = await authRequest("/update-user", JSON.stringify({ name: "g".repeat(20 * 1024 * 1024) }), { cookie });
    expect(huge.status).toBe(413);
    const nul = await authRequest("/update-user", { name: `G${NUL}` }, { cookie });
    expect(nul.status).toBe(400);
    const fine = await authRequest("/update-user", { name: "Grace Hopper" }, { cookie });
    expect(fine.status).toBe(200);
    expect((await db().user.findUniqueOrThrow({ where: { email: addr } })).name).toBe("Grace Hopper");
  });
});
