/**
 * Every HTTP API v1 route through every kind of token (owner, admin, member, viewer, a read-only token,
 * another workspace's token, a revoked token, a removed member's token, none), called through the route
 * files themselves. Allowed calls are checked against the endpoint's response schema (the one the
 * OpenAPI document is generated from); refused ones must leak nothing of the workspace.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "../support/db";
import { absolute, documentRow, HTTP_METHODS, isTokenRoute, routeFiles, routePattern, seedFixtures, type Fixtures } from "../support/authz-fixtures";
import { resetApiRateLimits, seedTokens, TOKEN_PRINCIPALS, tokenOutcome, type TokenPrincipal } from "../support/api-fixtures";
import type { Role } from "@/lib/db/workspaces";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { db } = await import("@/lib/db/client");
const { stopBoss } = await import("@/lib/jobs/boss");
const { ENDPOINTS } = await import("@/lib/api/v1/contract");
const { AskEventSchemas, DocumentEventSchemas, ErrorSchema } = await import("@/lib/api/v1/schemas");
const { parseSse } = await import("@/lib/api/sse");
const { resetEnvCache } = await import("@/lib/env");
const { resetRateLimits } = await import("@/lib/auth/rate-limit");
const { countTokenRequest } = await import("@/lib/db/api-tokens");
const { createQuiz } = await import("@/lib/db/quizzes");

type Call = { path: string; init?: RequestInit; params: Record<string, string> };
type Case = { min: Role; scoped: boolean; ok: number; call: (f: Fixtures) => Call | Promise<Call> };
const BASE = "http://localhost:3000/api/v1";
const json = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const doc = (f: Fixtures, rest = "", params: Record<string, string> = {}): Call => ({ path: `/documents/${f.doc}${rest}`, params: { documentId: f.doc, ...params } });

/** One quiz of the shared document (a fill-in question on its second line), made once in beforeAll. */
let quizId = "";
const seedQuiz = async (f: Fixtures) =>
  (
    await createQuiz(f.ws, {
      documentId: f.doc,
      title: "Budget quiz",
      settings: { count: 1, types: ["fill"], difficulty: "medium" },
      engine: "local",
      model: null,
      createdById: f.users.owner.id,
      questions: [
        {
          type: "fill",
          question: "The agency quoted forty thousand dollars for ____.",
          options: [],
          answer: "video ads",
          explanation: "Bob says so on line 2.",
          citations: [{ documentId: f.doc, segment: 1 }],
        },
      ],
    })
  ).id;
const quiz = (rest = "", params: Record<string, string> = {}): Call => ({ path: `/quizzes/${quizId}${rest}`, params: { quizId, ...params } });

function uploadCall(): Call {
  const form = new FormData();
  const id = crypto.randomUUID();
  form.set("file", new File([`Ann: note ${id}\nBen: agreed.`], `api-${id}.txt`, { type: "text/plain" }));
  return { path: "/documents", init: { method: "POST", body: form }, params: {} };
}

const CASES: Record<string, Case> = {
  "GET /me": { min: "viewer", scoped: false, ok: 200, call: () => ({ path: "/me", params: {} }) },
  "GET /documents": { min: "viewer", scoped: false, ok: 200, call: () => ({ path: "/documents?status=ready", params: {} }) },
  "POST /documents": { min: "member", scoped: false, ok: 201, call: uploadCall },
  "GET /documents/[documentId]": { min: "viewer", scoped: true, ok: 200, call: (f) => doc(f) },
  "PATCH /documents/[documentId]": {
    min: "member",
    scoped: true,
    ok: 200,
    call: async (f) => {
      const id = await documentRow(f.ws, "ready");
      return { path: `/documents/${id}`, init: json("PATCH", { title: "Renamed by API" }), params: { documentId: id } };
    },
  },
  "DELETE /documents/[documentId]": {
    min: "member",
    scoped: true,
    ok: 200,
    call: async (f) => {
      const id = await documentRow(f.ws, "failed");
      return { path: `/documents/${id}`, init: { method: "DELETE" }, params: { documentId: id } };
    },
  },
  "GET /documents/[documentId]/events": { min: "viewer", scoped: true, ok: 200, call: (f) => doc(f, "/events") },
  "GET /documents/[documentId]/transcript": { min: "viewer", scoped: true, ok: 200, call: (f) => doc(f, "/transcript") },
  "GET /documents/[documentId]/minutes": { min: "viewer", scoped: true, ok: 200, call: (f) => doc(f, "/minutes") },
  "GET /documents/[documentId]/slides": { min: "viewer", scoped: true, ok: 200, call: (f) => doc(f, "/slides") },
  "GET /documents/[documentId]/exports/[format]": { min: "viewer", scoped: true, ok: 200, call: (f) => doc(f, "/exports/minutes.docx", { format: "minutes.docx" }) },
  "GET /documents/[documentId]/quizzes": { min: "viewer", scoped: true, ok: 200, call: (f) => doc(f, "/quizzes") },
  "GET /quizzes/[quizId]": { min: "viewer", scoped: true, ok: 200, call: () => quiz() },
  "GET /quizzes/[quizId]/export/[format]": { min: "viewer", scoped: true, ok: 200, call: () => quiz("/export/paper.docx", { format: "paper.docx" }) },
  "GET /documents/[documentId]/todos": { min: "viewer", scoped: true, ok: 200, call: (f) => doc(f, "/todos") },
  "GET /todos": { min: "viewer", scoped: false, ok: 200, call: () => ({ path: "/todos?view=all", params: {} }) },
  "PATCH /todos/[todoId]": {
    min: "member",
    scoped: true,
    ok: 200,
    call: (f) => ({ path: `/todos/${f.todoId}`, init: json("PATCH", { status: "open" }), params: { todoId: f.todoId } }),
  },
  "GET /mentions": { min: "viewer", scoped: false, ok: 200, call: () => ({ path: "/mentions?limit=5", params: {} }) },
  "POST /ask": {
    min: "viewer",
    scoped: true,
    ok: 200,
    call: (f) => ({ path: "/ask", init: json("POST", { question: "What did the agency quote?", documentId: f.doc }), params: {} }),
  },
  "GET /search": { min: "viewer", scoped: false, ok: 200, call: () => ({ path: "/search?q=agency", params: {} }) },
};

type AnyRoute = ((req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & { endpoint?: string };
const routes = new Map<string, AnyRoute>();
for (const file of routeFiles().filter((f) => f.startsWith("app/api/v1/"))) {
  const mod = (await import(absolute(file))) as Record<string, unknown>;
  for (const m of HTTP_METHODS) if (typeof mod[m] === "function") routes.set(`${m} ${routePattern(file).replace(/^\/api\/v1/, "")}`, mod[m] as AnyRoute);
}

let f: Fixtures;
let tokens: Record<TokenPrincipal, string | null>;
beforeAll(async () => {
  f = await seedFixtures();
  tokens = await seedTokens(f);
  quizId = await seedQuiz(f);
}, 120_000);
afterAll(() => stopBoss());

async function call(name: string, who: TokenPrincipal, c: Call): Promise<Response> {
  const route = routes.get(name);
  if (!route) throw new Error(`no route file serves ${name}`);
  const headers = new Headers(c.init?.headers);
  const token = tokens[who];
  if (token) headers.set("authorization", `Bearer ${token}`);
  return route(new Request(`${BASE}${c.path}`, { ...c.init, headers }), { params: Promise.resolve(c.params) });
}

/** The body checked against the endpoint's schema: JSON by its response schema, SSE event by event. */
async function expectValidResponse(name: string, res: Response): Promise<string> {
  const route = routes.get(name)!;
  const spec = ENDPOINTS[route.endpoint as keyof typeof ENDPOINTS];
  const type = res.headers.get("content-type") ?? "";
  if ("schema" in spec.response) {
    expect(type).toContain("application/json");
    const body = await res.json();
    const parsed = spec.response.schema.safeParse(body);
    expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true);
    return JSON.stringify(body);
  }
  if (spec.response.media === "text/event-stream") {
    expect(type).toContain("text/event-stream");
    const text = await res.text();
    const events = parseSse(text);
    expect(events.length).toBeGreaterThan(0);
    const schemas: Record<string, { safeParse(v: unknown): { success: boolean } }> = name === "POST /ask" ? AskEventSchemas : DocumentEventSchemas;
    for (const e of events) expect(schemas[e.event]?.safeParse(e.data).success, `${name} event ${e.event}: ${JSON.stringify(e.data)}`).toBe(true);
    expect(events.some((e) => e.event === "error")).toBe(false);
    return text;
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(bytes.byteLength).toBeGreaterThan(100);
  expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''/);
  return "";
}

describe("the v1 matrix covers every route", () => {
  it("lists every v1 route handler method, and nothing else", () => {
    const served = [...routes.keys()].filter((k) => k !== "GET /openapi.json").sort();
    expect(served).toEqual(Object.keys(CASES).sort());
  });
  it("the session matrix leaves exactly these to this one", () => {
    expect(
      routeFiles()
        .filter(isTokenRoute)
        .every((file) => file.startsWith("app/api/v1/") || file.startsWith("app/api/mcp/")),
    ).toBe(true);
  });
});

describe.each(Object.entries(CASES))("%s", (name, c) => {
  it.each(TOKEN_PRINCIPALS)("with %s's token", async (who) => {
    await resetApiRateLimits(tokens);
    const res = await call(name, who, await c.call(f));
    const want = tokenOutcome(c.min, c.scoped, who);
    if (want === "allowed") {
      expect(res.status, `${name} as ${who}: ${res.status === c.ok ? "" : await res.clone().text()}`).toBe(c.ok);
      const body = await expectValidResponse(name, res);
      // Another workspace's token works, on its own workspace only: nothing of this one shows.
      if (who === "outsider") expect(body).not.toMatch(/agency|forty thousand|budget/i);
    } else {
      const text = await res.text();
      expect(res.status, `${name} as ${who}: ${text.slice(0, 200)}`).toBe(want);
      const parsed = ErrorSchema.parse(JSON.parse(text));
      expect(parsed.error.code).toBe({ 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND" }[want]);
      expect(text).not.toMatch(/agency|forty thousand|budget/i);
    }
  });
});

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
    const got = await (await call("GET /quizzes/[quizId]", "readOnly", quiz())).json();
    expect(got.questions).toEqual([
      expect.objectContaining({
        type: "fill",
        question: "The agency quoted forty thousand dollars for ____.",
        options: [],
        answer: "video ads",
        explanation: "Bob says so on line 2.",
        citations: [{ documentId: f.doc, segment: 1 }],
      }),
    ]);
    const gift = await call("GET /quizzes/[quizId]/export/[format]", "viewer", quiz("/export/quiz.gift", { format: "quiz.gift" }));
    expect(gift.status).toBe(200);
    expect(await gift.text()).toMatch(/forty thousand dollars for[\s\S]*video ads/);
    const md = await call("GET /quizzes/[quizId]/export/[format]", "viewer", quiz("/export/quiz.md", { format: "quiz.md" }));
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(await md.text()).toContain("video ads");
    expect(await db().auditEvent.count({ where: { workspaceId: f.ws, action: "export.downloaded", targetType: "quiz", targetId: quizId } })).toBeGreaterThan(0);
    const badFormat = await call("GET /quizzes/[quizId]/export/[format]", "viewer", quiz("/export/quiz.pdf", { format: "quiz.pdf" }));
    expect(badFormat.status).toBe(400);
    expect((await badFormat.json()).error.code).toBe("INVALID_INPUT");
    const elsewhere = await call("GET /quizzes/[quizId]", "outsider", quiz());
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

  it("records last use and token use in the audit log", async () => {
    const row = await db().apiToken.findFirstOrThrow({ where: { workspaceId: f.ws, userId: f.users.admin.id } });
    expect(row.lastUsedAt).not.toBeNull();
    const used = await db().auditEvent.count({ where: { workspaceId: f.ws, action: "token.used", actorUserId: f.users.admin.id } });
    expect(used).toBeGreaterThan(0);
  });
});
