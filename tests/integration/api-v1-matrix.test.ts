/**
 * Every HTTP API v1 route through every kind of token (owner, admin, member, viewer, a read-only token,
 * another workspace's token, a revoked token, a removed member's token, none), called through the route
 * files themselves. Allowed calls are checked against the endpoint's response schema (the one the
 * OpenAPI document is generated from); refused ones must leak nothing of the workspace. What the allowed
 * calls do is in api-v1-behaviour.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "../support/db";
import { documentRow, isTokenRoute, routeFiles, type Fixtures } from "../support/authz-fixtures";
import { resetApiRateLimits, TOKEN_PRINCIPALS, tokenOutcome, type TokenPrincipal } from "../support/api-fixtures";
import { type Call, callV1, doc, json, loadV1Routes, quiz, seedV1Fixtures } from "../support/api-v1-calls";
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

type Case = { min: Role; scoped: boolean; ok: number; call: (f: Fixtures) => Call | Promise<Call> };

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
  "GET /quizzes/[quizId]": { min: "viewer", scoped: true, ok: 200, call: () => quiz(quizId) },
  "GET /quizzes/[quizId]/export/[format]": { min: "viewer", scoped: true, ok: 200, call: () => quiz(quizId, "/export/paper.docx", { format: "paper.docx" }) },
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

const routes = await loadV1Routes();
let f: Fixtures;
let tokens: Record<TokenPrincipal, string | null>;
let quizId = "";
beforeAll(async () => {
  ({ f, tokens, quizId } = await seedV1Fixtures());
}, 120_000);
afterAll(() => stopBoss());
const call = (name: string, who: TokenPrincipal, c: Call) => callV1(routes, tokens, name, who, c);

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

describe("after the matrix", () => {
  it("records last use and token use in the audit log", async () => {
    const row = await db().apiToken.findFirstOrThrow({ where: { workspaceId: f.ws, userId: f.users.admin.id } });
    expect(row.lastUsedAt).not.toBeNull();
    const used = await db().auditEvent.count({ where: { workspaceId: f.ws, action: "token.used", actorUserId: f.users.admin.id } });
    expect(used).toBeGreaterThan(0);
  });
});
