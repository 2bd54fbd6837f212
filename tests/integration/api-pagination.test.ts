/**
 * Cursor pagination of HTTP API v1's lists (GET /documents, GET /todos), through the route files: pages
 * of `limit`, every row exactly once in the list's order, documents sharing a creation time split
 * across pages without loss, an upload between two pages shifting nothing, filters on every page, and
 * bad limits and cursors refused with INVALID_INPUT. The MCP tool passes the cursor through.
 */
import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, setUpTestDatabase } from "../support/db";
import { resetApiRateLimits } from "../support/api-fixtures";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { createApiToken } = await import("@/lib/db/api-tokens");
const { stopBoss } = await import("@/lib/jobs/boss");
const documentsRoute = await import("@/app/api/v1/documents/route");
const todosRoute = await import("@/app/api/v1/todos/route");
const { inProcessBackend } = await import("@/lib/mcp/in-process");

let ws: string;
let token: string;
let outsiderToken: string;
const docIds: string[] = [];
const noParams = { params: Promise.resolve({}) };

async function addDocument(workspaceId: string, title: string, createdAt: Date, status: "ready" | "failed" = "ready") {
  const id = randomUUID();
  await db().document.create({
    data: {
      id,
      workspaceId,
      fileName: `${title}.txt`,
      mimeType: "text/plain",
      sizeBytes: 1,
      sha256: createHash("sha256").update(id).digest("hex"),
      title,
      speakers: [],
      status,
      createdAt,
    },
  });
  return id;
}

async function get(route: { GET: (req: Request, ctx: typeof noParams) => Promise<Response> }, path: string, who = token) {
  const res = await route.GET(new Request(`http://localhost/api/v1${path}`, { headers: { authorization: `Bearer ${who}` } }), noParams);
  return { status: res.status, body: await res.json() };
}

/** Every page from the first, following nextCursor. */
async function allPages(route: typeof documentsRoute | typeof todosRoute, path: string, key: "documents" | "todos", from: string | null = null) {
  const pages: string[][] = [];
  let cursor: string | null = from;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const { status, body } = await get(route, `${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(status, JSON.stringify(body)).toBe(200);
    pages.push(body[key].map((r: { id: string }) => r.id));
    cursor = body.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

beforeAll(async () => {
  const owner = await makeUser("pager");
  ws = owner.personalWorkspaceId;
  token = (await createApiToken(ws, owner.id, { name: "pager", scope: "read" })).token;
  const outsider = await makeUser("outsider");
  outsiderToken = (await createApiToken(outsider.personalWorkspaceId, outsider.id, { name: "other", scope: "read" })).token;
  await addDocument(outsider.personalWorkspaceId, "theirs", new Date("2026-01-01T00:00:00Z"));
  // Seven documents, three of them created in the same millisecond (the id breaks the tie).
  const times = [
    "2026-01-01T10:00:00Z",
    "2026-01-02T10:00:00Z",
    "2026-01-03T10:00:00Z",
    "2026-01-03T10:00:00Z",
    "2026-01-03T10:00:00Z",
    "2026-01-04T10:00:00Z",
    "2026-01-05T10:00:00Z",
  ];
  for (const [i, t] of times.entries()) docIds.push(await addDocument(ws, `doc-${i}`, new Date(t), i === 1 ? "failed" : "ready"));
  // Eleven to-dos on the first document: a mix of statuses and due dates, some equal.
  for (let i = 0; i < 11; i++) {
    await db().todo.create({
      data: {
        workspaceId: ws,
        documentId: docIds[0],
        text: `todo ${i}`,
        status: i % 4 === 3 ? "done" : "open",
        due: i % 3 === 0 ? null : `2026-02-0${1 + (i % 2)}`,
        citations: [],
      },
    });
  }
});
afterAll(() => stopBoss());

describe("GET /api/v1/documents pages", () => {
  it("returns every document once, newest first, in pages of limit; the last page's nextCursor is null", async () => {
    await resetApiRateLimits([token, outsiderToken]);
    const full = await get(documentsRoute, "/documents?limit=500");
    expect(full.body.nextCursor).toBeNull();
    const order = full.body.documents.map((d: { id: string }) => d.id);
    expect(order).toHaveLength(7);
    expect(new Set(order)).toEqual(new Set(docIds));
    const pages = await allPages(documentsRoute, "/documents?limit=2", "documents");
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat()).toEqual(order);
    // The default page is 100: all seven, no cursor.
    expect((await get(documentsRoute, "/documents")).body).toMatchObject({ nextCursor: null });
  });

  it("an upload between two pages shifts nothing: the next page continues after the last row seen", async () => {
    await resetApiRateLimits([token, outsiderToken]);
    const first = await get(documentsRoute, "/documents?limit=3");
    const newer = await addDocument(ws, "newest", new Date());
    try {
      const rest = await allPages(documentsRoute, "/documents?limit=3", "documents", first.body.nextCursor);
      const seen = [...first.body.documents.map((d: { id: string }) => d.id), ...rest.flat()];
      expect(seen).toHaveLength(7);
      expect(new Set(seen)).toEqual(new Set(docIds));
      expect(seen).not.toContain(newer);
    } finally {
      await db().document.delete({ where: { id: newer } });
    }
  });

  it("applies the filters on every page", async () => {
    await resetApiRateLimits([token, outsiderToken]);
    const pages = await allPages(documentsRoute, "/documents?status=ready&limit=4", "documents");
    expect(pages.map((p) => p.length)).toEqual([4, 2]);
    expect(pages.flat()).not.toContain(docIds[1]);
  });

  it("refuses a bad limit or cursor with INVALID_INPUT, and another workspace's token sees only its own", async () => {
    await resetApiRateLimits([token, outsiderToken]);
    for (const [q, msg] of [
      ["limit=0", "limit must be at least 1"],
      ["limit=501", "limit can be at most 500"],
      ["limit=two", "limit must be a number"],
      ["limit=1.5", "limit must be a whole number"],
      ["cursor=nonsense", "not a cursor this list gave out"],
    ]) {
      const { status, body } = await get(documentsRoute, `/documents?${q}`);
      expect(status, q).toBe(400);
      expect(body.error.code).toBe("INVALID_INPUT");
      expect(body.error.message, q).toContain(msg);
    }
    // A to-dos cursor is not a documents cursor.
    const todoCursor = (await get(todosRoute, "/todos?limit=1")).body.nextCursor;
    expect((await get(documentsRoute, `/documents?cursor=${encodeURIComponent(todoCursor)}`)).status).toBe(400);
    // A cursor carries no authority: with another workspace's token it pages that workspace only.
    const cursor = (await get(documentsRoute, "/documents?limit=2")).body.nextCursor;
    const theirs = await get(documentsRoute, `/documents?cursor=${encodeURIComponent(cursor)}`, outsiderToken);
    expect(theirs.status).toBe(200);
    expect(theirs.body.documents.map((d: { title: string }) => d.title)).toEqual(["theirs"]);
  });
});

describe("GET /api/v1/todos pages", () => {
  it("returns every to-do once in the list's order (open first, soonest due), in pages of limit", async () => {
    await resetApiRateLimits([token, outsiderToken]);
    const full = await get(todosRoute, "/todos?limit=500");
    const order = full.body.todos.map((t: { id: string }) => t.id);
    expect(order).toHaveLength(11);
    const statuses = full.body.todos.map((t: { status: string }) => t.status);
    expect(statuses.indexOf("done")).toBe(statuses.filter((s: string) => s === "open").length);
    const pages = await allPages(todosRoute, "/todos?limit=4", "todos");
    expect(pages.map((p) => p.length)).toEqual([4, 4, 3]);
    expect(pages.flat()).toEqual(order);
    const open = await allPages(todosRoute, "/todos?view=open&limit=5", "todos");
    expect(open.flat()).toHaveLength(statuses.filter((s: string) => s === "open").length);
  });

  it("view=mine pages the same: rows the whole-name match drops after the query never shift or shorten a page", async () => {
    await resetApiRateLimits([token, outsiderToken]);
    const ids: string[] = [];
    // Interleaved: "pager" is the token's member; "Pagerduty bot" matches the query's substring prefilter only.
    for (let i = 0; i < 12; i++) {
      const t = await db().todo.create({
        data: {
          workspaceId: ws,
          documentId: docIds[2],
          text: `mine? ${i}`,
          owner: i % 2 ? "Pagerduty bot" : "pager",
          due: `2026-03-${String(10 + i).padStart(2, "0")}`,
          citations: [],
        },
      });
      ids.push(t.id);
    }
    try {
      const full = await get(todosRoute, "/todos?view=mine&limit=500");
      const order = full.body.todos.map((t: { id: string }) => t.id);
      expect(full.body.todos.map((t: { owner: string }) => t.owner)).toEqual(Array(6).fill("pager"));
      const pages = await allPages(todosRoute, "/todos?view=mine&limit=2", "todos");
      expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
      expect(pages.flat()).toEqual(order);
    } finally {
      await db().todo.deleteMany({ where: { id: { in: ids } } });
    }
  });

  it("the MCP list tools page the same way", async () => {
    await resetApiRateLimits([token, outsiderToken]);
    const principal = await (await import("@/lib/api/auth")).authenticateToken(new Headers({ authorization: `Bearer ${token}` }));
    const backend = inProcessBackend(principal);
    const first = await backend.call("listDocuments", { limit: 5 });
    expect(first.documents).toHaveLength(5);
    const second = await backend.call("listDocuments", { limit: 5, cursor: first.nextCursor });
    expect(second.documents).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
  });
});
