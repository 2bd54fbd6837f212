/**
 * What the HTTP API v1 does for the callers it lets in (api-v1-matrix.test.ts checks who is let in):
 * the web app's validation messages and codes, uploads through processing, quizzes and their exports,
 * to-do updates, streamed answers, and the per-token rate limit.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "../support/db";
import { BUDGET_QUIZ_QUESTION, type Fixtures } from "../support/authz-fixtures";
import { resetApiRateLimits, type TokenPrincipal } from "../support/api-fixtures";
import { type Call, callV1, doc, json, loadV1Routes, quiz, seedV1Fixtures } from "../support/api-v1-calls";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { db } = await import("@/lib/db/client");
const { stopBoss } = await import("@/lib/jobs/boss");
const { parseSse } = await import("@/lib/api/sse");
const { resetEnvCache } = await import("@/lib/env");
const { resetRateLimits } = await import("@/lib/auth/rate-limit");
const { countTokenRequest } = await import("@/lib/db/api-tokens");

const routes = await loadV1Routes();
let f: Fixtures;
let tokens: Record<TokenPrincipal, string | null>;
let quizId = "";
beforeAll(async () => {
  ({ f, tokens, quizId } = await seedV1Fixtures());
}, 120_000);
afterAll(() => stopBoss());
const call = (name: string, who: TokenPrincipal, c: Call) => callV1(routes, tokens, name, who, c);

describe("the API behaves like the web app", () => {
  it("refuses bad input with the web app's messages and codes", async () => {
    const bad = await call("PATCH /todos/[todoId]", "member", { path: `/todos/${f.todoId}`, init: json("PATCH", { due: "2024-02-30" }), params: { todoId: f.todoId } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("due") });
    const nul = await call("PATCH /documents/[documentId]", "member", { path: `/documents/${f.doc}`, init: json("PATCH", { title: "" }), params: { documentId: f.doc } });
    expect((await nul.json()).error).toMatchObject({ code: "INVALID_INPUT", message: "title: A title cannot be empty" });
    const notJson = await call("POST /ask", "member", { path: "/ask", init: { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" }, params: {} });
    expect(notJson.status).toBe(415);
    const badId = await call("GET /documents/[documentId]", "member", { path: "/documents/nope", params: { documentId: "nope" } });
    expect((await badId.json()).error).toMatchObject({ code: "INVALID_INPUT", message: "documentId: not a document id" });
  });

  it("an upload is stored, processed and its minutes and to-dos are readable; the same file again is DUPLICATE_FILE", async () => {
    const form = new FormData();
    const content = "Mia: We decided to ship the beta on Monday.\nNoah: I will write the release notes by Friday.";
    form.set("file", new File([content], "release.txt", { type: "text/plain" }));
    const up = await call("POST /documents", "member", { path: "/documents", init: { method: "POST", body: form }, params: {} });
    expect(up.status).toBe(201);
    const created = await up.json();
    expect(created).toMatchObject({ fileName: "release.txt", title: "release", status: "uploaded" });
    const { processQueued } = await import("../support/process-queued");
    await processQueued(created.id);
    const got = await (await call("GET /documents/[documentId]", "viewer", { path: `/documents/${created.id}`, params: { documentId: created.id } })).json();
    expect(got.status).toBe("ready");
    const minutes = await (await call("GET /documents/[documentId]/minutes", "viewer", { path: `/documents/${created.id}/minutes`, params: { documentId: created.id } })).json();
    expect(JSON.stringify(minutes.content.decisions)).toMatch(/beta/);
    const todos = await (await call("GET /documents/[documentId]/todos", "viewer", { path: `/documents/${created.id}/todos`, params: { documentId: created.id } })).json();
    expect(todos.todos.map((t: { text: string }) => t.text).join(" ")).toMatch(/release notes/);
    const again = new FormData();
    again.set("file", new File([content], "copy.txt", { type: "text/plain" }));
    const dup = await call("POST /documents", "member", { path: "/documents", init: { method: "POST", body: again }, params: {} });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.code).toBe("DUPLICATE_FILE");
  });

  it("refuses an upload over UPLOAD_MAX_BYTES with FILE_TOO_LARGE, and a body without a file", async () => {
    process.env.UPLOAD_MAX_BYTES = "1000";
    resetEnvCache();
    try {
      const form = new FormData();
      form.set("file", new File(["x".repeat(5000)], "big.txt", { type: "text/plain" }));
      const res = await call("POST /documents", "member", { path: "/documents", init: { method: "POST", body: form }, params: {} });
      expect(res.status).toBe(413);
      expect((await res.json()).error.code).toBe("FILE_TOO_LARGE");
      const empty = new FormData();
      empty.set("note", "no file here");
      const none = await call("POST /documents", "member", { path: "/documents", init: { method: "POST", body: empty }, params: {} });
      expect(none.status).toBe(400);
      expect((await none.json()).error.message).toMatch(/field named “file”/);
    } finally {
      delete process.env.UPLOAD_MAX_BYTES;
      resetEnvCache();
    }
  });

  it("reads a document's quizzes, a quiz's questions and its exports; another workspace's quiz is not found", async () => {
    const list = await (await call("GET /documents/[documentId]/quizzes", "viewer", doc(f, "/quizzes"))).json();
    expect(list.quizzes).toContainEqual(expect.objectContaining({ id: quizId, title: "Budget quiz", documentId: f.doc, questionCount: 1 }));
    const got = await (await call("GET /quizzes/[quizId]", "readOnly", quiz(quizId))).json();
    expect(got.questions).toEqual([expect.objectContaining({ ...BUDGET_QUIZ_QUESTION, citations: [{ documentId: f.doc, segment: 1 }] })]);
    const gift = await call("GET /quizzes/[quizId]/export/[format]", "viewer", quiz(quizId, "/export/quiz.gift", { format: "quiz.gift" }));
    expect(gift.status).toBe(200);
    expect(await gift.text()).toMatch(/forty thousand dollars for[\s\S]*video ads/);
    const md = await call("GET /quizzes/[quizId]/export/[format]", "viewer", quiz(quizId, "/export/quiz.md", { format: "quiz.md" }));
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(await md.text()).toContain("video ads");
    expect(await db().auditEvent.count({ where: { workspaceId: f.ws, action: "export.downloaded", targetType: "quiz", targetId: quizId } })).toBeGreaterThan(0);
    const badFormat = await call("GET /quizzes/[quizId]/export/[format]", "viewer", quiz(quizId, "/export/quiz.pdf", { format: "quiz.pdf" }));
    expect(badFormat.status).toBe(400);
    expect((await badFormat.json()).error.code).toBe("INVALID_INPUT");
    const elsewhere = await call("GET /quizzes/[quizId]", "outsider", quiz(quizId));
    expect(elsewhere.status).toBe(404);
    const unknown = await call("GET /quizzes/[quizId]", "viewer", { path: `/quizzes/${crypto.randomUUID()}`, params: { quizId: crypto.randomUUID() } });
    expect((await unknown.json()).error.code).toBe("NOT_FOUND");
  });

  it("updates a to-do's status, owner and due date, recorded as the token's member", async () => {
    const res = await call("PATCH /todos/[todoId]", "member", {
      path: `/todos/${f.todoId}`,
      init: json("PATCH", { status: "done", owner: "Carol", due: "2030-01-04" }),
      params: { todoId: f.todoId },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "done", owner: "Carol", due: "2030-01-04", editedBy: "member" });
    const row = await db().todo.findUniqueOrThrow({ where: { id: f.todoId } });
    expect(row).toMatchObject({ status: "done", owner: "Carol", due: "2030-01-04" });
  });

  it("streams a cited answer and stores the question", async () => {
    const res = await call("POST /ask", "viewer", { path: "/ask", init: json("POST", { question: "What did the agency quote?", documentId: f.doc }), params: {} });
    const events = parseSse(await res.text());
    const text = events
      .filter((e) => e.event === "text")
      .map((e) => (e.data as { text: string }).text)
      .join("");
    expect(text).toMatch(/forty thousand/i);
    const cites = events.find((e) => e.event === "citations")?.data as { citations: { documentId: string; segment: number }[] };
    expect(cites.citations).toContainEqual({ documentId: f.doc, segment: 1 });
    expect(events.at(-1)).toEqual({ event: "done", data: { found: true } });
    expect(await db().question.count({ where: { workspaceId: f.ws, userId: f.users.viewer.id } })).toBeGreaterThan(0);
  });

  it("limits requests per token with 429 and Retry-After, counting each token apart", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    resetEnvCache();
    await resetApiRateLimits(tokens);
    try {
      const me = () => ({ path: "/me", params: {} });
      for (let i = 0; i < 3; i++) expect((await call("GET /me", "owner", me())).status).toBe(200);
      const limited = await call("GET /me", "owner", me());
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await limited.json()).error.code).toBe("RATE_LIMITED");
      expect((await call("GET /me", "admin", me())).status).toBe(200);
      // The count is shared by every web process: with this process's own count cleared (as on another
      // instance), the token's row still says the window is full.
      resetRateLimits();
      const elsewhere = await call("GET /me", "owner", me());
      expect(elsewhere.status).toBe(429);
      expect(Number(elsewhere.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(elsewhere.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      // The shared count is one statement per request: of ten at once (on as many pooled connections), exactly three get through.
      await resetApiRateLimits(tokens);
      const row = await db().apiToken.findFirstOrThrow({ where: { workspaceId: f.ws, userId: f.users.member.id, scope: "write", revokedAt: null } });
      const burst = await Promise.all(Array.from({ length: 10 }, () => countTokenRequest(f.ws, row.id, 3, 60_000)));
      expect(burst.filter((r) => r.ok)).toHaveLength(3);
      expect(burst.filter((r) => !r.ok).every((r) => r.retryAfterMs > 0 && r.retryAfterMs <= 60_000)).toBe(true);
    } finally {
      delete process.env.API_RATE_LIMIT_PER_MINUTE;
      resetEnvCache();
      await resetApiRateLimits(tokens);
    }
  });
});
