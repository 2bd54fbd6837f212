import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, setUpTestDatabase } from "../support/db";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import {
  actionModules,
  documentRow,
  freshInviteToken,
  freshMember,
  inFeatureMatrix,
  isTokenRoute,
  PRINCIPALS,
  routeFiles,
  seedFixtures,
  type Fixtures,
} from "../support/authz-fixtures";
import { expected, loadActions, loadRoutes, signInPrincipal, STATUS, type ActionCase, type RouteCase } from "../support/authz-run";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// The sign-in and sign-up actions read the request's headers and set cookies.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;
process.env.WEBHOOK_ALLOW_HOSTS = "127.0.0.1";

const { resetEnvCache } = await import("@/lib/env");
const { db } = await import("@/lib/db/client");
const { createInvitation } = await import("@/lib/db/invitations");
const { createShareLink, loadSharedDocument } = await import("@/lib/db/shares");
const { stopBoss } = await import("@/lib/jobs/boss");
const { auth } = await import("@/lib/auth/auth");
const { createWebhook: createWebhookRow } = await import("@/lib/db/webhooks");
const { createApiToken } = await import("@/lib/db/api-tokens");

/**
 * The minimum each action and route handler allows: a role (that role and above), "self" (any
 * signed-in user, acting on their own account) or "public" (no session needed). Each entry also
 * makes a valid input, fresh per call where the call uses something up (a member to remove, an
 * invite to accept), so that "allowed" is checked as a real success, not just "not refused".
 */
// The writing assistant's actions and routes have their own table: tests/integration/authz-writings.test.ts.

const ACTIONS: Record<string, ActionCase> = {
  // Any member may hold tokens (a viewer's are read-only); each revokes a live token of their own.
  "api-tokens.createApiToken": { min: "viewer", input: (f) => ({ workspaceId: f.ws, name: "Bot", scope: "read" }) },
  "api-tokens.revokeApiToken": {
    min: "viewer",
    input: async (f, who) => {
      const holder = who in f.users ? f.users[who as keyof Fixtures["users"]] : f.users.owner;
      const ws = who === "outsider" ? f.users.outsider.personalWorkspaceId : f.ws;
      return { workspaceId: f.ws, tokenId: (await createApiToken(ws, holder.id, { name: "Old", scope: "read" })).row.id };
    },
  },
  "artifacts.saveSlides": {
    min: "member",
    input: (f) => ({ workspaceId: f.ws, documentId: f.doc, baseVersion: 1, title: "Budget", slides: [{ source: 0, title: "One", bullets: ["a"] }] }),
  },
  // One regeneration per document at a time, so each call gets a ready document of its own.
  "artifacts.regenerate": { min: "member", input: async (f) => ({ workspaceId: f.ws, documentId: await documentRow(f.ws, "ready"), kind: "minutes", engine: "local" }) },
  "documents.uploadDocument": { min: "member", input: (f) => fileForm(f.ws, "notes.txt", `Ann: note ${crypto.randomUUID()}`) },
  "documents.retryDocument": { min: "member", input: async (f) => ({ workspaceId: f.ws, documentId: await documentRow(f.ws, "failed") }) },
  // Each call starts from the latest version, which the call before it moved on.
  "minutes.editMinutes": {
    min: "member",
    input: async (f) => {
      const latest = await db().artifact.findFirstOrThrow({ where: { documentId: f.doc, kind: "minutes" }, orderBy: { version: "desc" }, select: { version: true } });
      return { workspaceId: f.ws, documentId: f.doc, baseVersion: latest.version, edit: { op: "addDecision", text: "Agreed to review the budget monthly" } };
    },
  },
  "documents.renameDocument": { min: "member", input: async (f) => ({ workspaceId: f.ws, documentId: await documentRow(f.ws, "ready"), title: "Renamed" }) },
  "documents.loadTranscriptPage": { min: "viewer", input: (f) => ({ workspaceId: f.ws, documentId: f.doc, from: 0 }) },
  "documents.deleteDocument": { min: "member", input: async (f) => ({ workspaceId: f.ws, documentId: await documentRow(f.ws, "failed") }) },
  "members.createInvite": { min: "admin", input: (f) => ({ workspaceId: f.ws, role: "member" }) },
  "members.revokeInvite": {
    min: "admin",
    input: async (f) => ({ workspaceId: f.ws, invitationId: (await createInvitation(f.ws, { role: "viewer", invitedById: f.users.owner.id })).invitation.id }),
  },
  "members.changeRole": { min: "admin", input: async (f) => ({ workspaceId: f.ws, userId: await freshMember(f.ws), role: "viewer" }) },
  "members.removeMember": { min: "admin", input: async (f) => ({ workspaceId: f.ws, userId: await freshMember(f.ws) }) },
  "members.acceptInvite": { min: "self", input: async () => ({ token: await freshInviteToken() }) },
  "shares.createShare": { min: "member", input: (f) => ({ workspaceId: f.ws, documentId: f.doc, expiresInDays: 7 }) },
  "shares.revokeShare": {
    min: "member",
    input: async (f) => {
      const link = await createShareLink({ workspaceId: f.ws, documentId: f.doc, createdById: f.users.owner.id, includeTranscript: false, expiresInDays: 1 });
      return { workspaceId: f.ws, documentId: f.doc, shareId: link.id };
    },
  },
  "todos.createTodo": { min: "member", input: (f) => ({ workspaceId: f.ws, documentId: f.doc, text: "Book the room" }) },
  "todos.updateTodo": { min: "member", input: (f) => ({ workspaceId: f.ws, todoId: f.todoId, status: "open" }) },
  // Into a document of its own, so the shared document below keeps only its own to-dos.
  "todos.carryOverTodos": { min: "member", input: async (f) => ({ workspaceId: f.ws, documentId: await documentRow(f.ws, "ready"), fromDocumentId: f.earlierDoc }) },
  "mail.sendMinutesEmail": { min: "member", input: (f) => ({ workspaceId: f.ws, documentId: f.doc, recipients: "attendee@example.test" }) },
  "mentions.setMyAliases": { min: "viewer", input: (f) => ({ workspaceId: f.ws, aliases: "Nick, 小名" }) },
  "workspaces.createWorkspace": { min: "self", input: () => ({ name: "Side project" }) },
  // A loopback receiver, allowed for this file through WEBHOOK_ALLOW_HOSTS; nothing listens, nothing is sent here.
  "webhooks.createWebhook": { min: "admin", input: (f) => ({ workspaceId: f.ws, url: "http://127.0.0.1:9/hook", events: ["todo.created"] }) },
  "webhooks.deleteWebhook": {
    min: "admin",
    input: async (f) => ({ workspaceId: f.ws, webhookId: (await createWebhookRow(f.ws, f.users.owner.id, "http://127.0.0.1:9/hook", ["todo.created"])).id }),
  },
  "webhooks.sendTestWebhook": {
    min: "admin",
    input: async (f) => ({ workspaceId: f.ws, webhookId: (await createWebhookRow(f.ws, f.users.owner.id, "http://127.0.0.1:9/hook", ["todo.created"])).id }),
  },
  "settings.saveSettings": { min: "admin", input: (f) => ({ workspaceId: f.ws, section: "defaults", defaultEngine: "auto", defaultLanguage: "auto" }) },
  // A closed port: the probe's outcome (not reachable) is still a successful action result.
  "settings.testConnection": { min: "admin", input: (f) => ({ workspaceId: f.ws, target: "model", baseUrl: "http://127.0.0.1:9/v1", name: "m" }) },
  "auth.signUpWithPassword": { min: "public", input: () => form({ email: `new-${crypto.randomUUID()}@example.test`, password: "correct horse battery", name: "New" }) },
  "auth.signInWithPassword": {
    min: "public",
    input: async () => {
      const email = `known-${crypto.randomUUID()}@example.test`;
      await auth().api.signUpEmail({ body: { email, password: "correct horse battery", name: "Known" } });
      return form({ email, password: "correct horse battery" });
    },
  },
};
/** useActionState actions: called with (previous state, form data); success ends in a redirect. */
const FORM_ACTIONS = new Set(["auth.signUpWithPassword", "auth.signInWithPassword"]);
function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}
const redirected = (e: unknown) => {
  if (e && typeof e === "object" && "digest" in e && String((e as { digest: unknown }).digest).startsWith("NEXT_REDIRECT")) return { ok: true };
  throw e;
};

const docParams = (f: Fixtures) => ({ workspaceId: f.ws, documentId: f.doc });
const exportCase = (file: string): RouteCase => ({ min: "viewer", call: (f) => ({ path: `/w/${f.ws}/d/${f.doc}/export/${file}`, params: docParams(f) }) });

const ROUTES: Record<string, RouteCase> = {
  "GET /api/auth/[...all]": { min: "public", call: () => ({ path: "/api/auth/ok", params: { all: ["ok"] } }) },
  "POST /api/auth/[...all]": {
    min: "public",
    call: () => ({
      path: "/api/auth/sign-up/email",
      init: {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: `new-${crypto.randomUUID()}@example.test`, password: "correct horse battery", name: "New" }),
      },
      params: { all: ["sign-up", "email"] },
    }),
  },
  "GET /api/health": { min: "public", call: () => ({ path: "/api/health", params: {} }) },
  "POST /api/w/[workspaceId]/documents": {
    min: "member",
    ok: 201,
    call: (f) => {
      const id = crypto.randomUUID();
      return {
        path: `/api/w/${f.ws}/documents`,
        init: { method: "POST", headers: { "content-type": "text/plain", "x-file-name": encodeURIComponent(`notes-${id}.txt`) }, body: `Ann: note ${id}` },
        params: { workspaceId: f.ws },
      };
    },
  },
  "POST /api/w/[workspaceId]/ask": {
    min: "viewer",
    call: (f) => ({
      path: `/api/w/${f.ws}/ask`,
      init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "What did the agency quote?", documentId: f.doc }) },
      params: { workspaceId: f.ws },
    }),
  },
  "GET /w/[workspaceId]/d/[documentId]/export/minutes.docx": exportCase("minutes.docx"),
  "GET /w/[workspaceId]/d/[documentId]/export/minutes.md": exportCase("minutes.md"),
  "GET /w/[workspaceId]/d/[documentId]/export/outline.md": exportCase("outline.md"),
  "GET /w/[workspaceId]/d/[documentId]/export/outline.opml": exportCase("outline.opml"),
  "GET /w/[workspaceId]/d/[documentId]/export/slides.md": exportCase("slides.md"),
  "GET /w/[workspaceId]/d/[documentId]/export/slides.pptx": exportCase("slides.pptx"),
  "GET /w/[workspaceId]/d/[documentId]/export/todos.ics": exportCase("todos.ics"),
  "GET /w/[workspaceId]/todos/mine.ics": { min: "viewer", call: (f) => ({ path: `/w/${f.ws}/todos/mine.ics`, params: { workspaceId: f.ws } }) },
  // No model in this file: for an allowed caller the answer is "needs a model" (400), which comes only after the role check.
  "GET /w/[workspaceId]/settings/export.zip": { min: "admin", call: (f) => ({ path: `/w/${f.ws}/settings/export.zip`, params: { workspaceId: f.ws } }) },
  "GET /w/[workspaceId]/d/[documentId]/original": { min: "viewer", call: (f) => ({ path: `/w/${f.ws}/d/${f.doc}/original`, params: docParams(f) }) },
};

const actions = await loadActions(actionModules().filter((file) => !inFeatureMatrix(file)));
// Token-authenticated routes (API v1, MCP) have their own matrix: tests/integration/api-v1-matrix.test.ts.
const routes = await loadRoutes(routeFiles().filter((file) => !isTokenRoute(file) && !inFeatureMatrix(file)));

let f: Fixtures;
// Sending the minutes needs a mail server: a local one that accepts everything.
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Jiyao <minutes@jiyao.test>";
  resetEnvCache();
  f = await seedFixtures();
}, 120_000);
afterAll(async () => {
  await smtp.close();
  await stopBoss();
});

describe("the matrix covers the code base", () => {
  it("lists every server action, and nothing that is not one", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
  });
  it("lists every route handler method, and nothing that is not one", () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

describe.each(Object.entries(ACTIONS))("action %s", (name, c) => {
  it.each(PRINCIPALS)("as %s", async (who) => {
    const action = actions.get(name);
    if (!action) throw new Error(`${name} is in the table but not exported by lib/actions`);
    const input = await c.input(f, who);
    await signInPrincipal(f, who);
    const res = (await (FORM_ACTIONS.has(name) ? action(null, input).catch(redirected) : action(input))) as { ok: boolean; error?: { code: string; message: string } };
    const want = expected(c.min, who);
    if (want === "allowed") expect(res, `${name} as ${who}: ${res.error?.message}`).toMatchObject({ ok: true });
    else expect(res).toMatchObject({ ok: false, error: { code: want } });
  });
});

describe.each(Object.entries(ROUTES))("route %s", (name, c) => {
  it.each(PRINCIPALS)("as %s", async (who) => {
    const handler = routes.get(name);
    if (!handler) throw new Error(`${name} is in the table but no route file exports it`);
    const { path, init, params } = c.call(f);
    await signInPrincipal(f, who);
    const headers = new Headers(init?.headers);
    headers.set("origin", "http://localhost:3000");
    const res = (await handler(new Request(`http://localhost:3000${path}`, { ...init, headers }), { params: Promise.resolve(params) })) as Response;
    const body = await res.text();
    const want = expected(c.min, who);
    expect(res.status, `${name} as ${who}: ${body.slice(0, 200)}`).toBe(want === "allowed" ? (c.ok ?? 200) : STATUS[want]);
    if (want !== "allowed") expect(body).not.toContain("budget");
  });
});

describe("the public share page's loader", () => {
  it("yields the linked document and nothing of any other", async () => {
    const shared = await loadSharedDocument(f.shareToken);
    expect(shared).not.toBeNull();
    const doc = await db().document.findUniqueOrThrow({ where: { id: f.doc }, select: { title: true } });
    expect(shared!.doc.title).toBe(doc.title);
    const segments = await db().segment.findMany({ where: { documentId: f.doc }, orderBy: { index: "asc" }, select: { text: true } });
    expect(shared!.transcript?.map((s) => s.text)).toEqual(segments.map((s) => s.text));
    const todos = await db().todo.findMany({ where: { documentId: f.doc }, select: { text: true } });
    expect(shared!.todos.map((t) => t.text).sort()).toEqual(todos.map((t) => t.text).sort());
    // The other document of the same workspace (its only line is about the venue) is nowhere in it.
    const json = JSON.stringify(shared);
    expect(json).not.toMatch(/venue|Dana|kickoff/i);
    expect(json).not.toContain(f.ws);
  });

  it("yields nothing for a malformed, unknown or revoked token", async () => {
    expect(await loadSharedDocument("nope")).toBeNull();
    expect(await loadSharedDocument(f.shareToken.replace(/^./, (c) => (c === "A" ? "B" : "A")))).toBeNull();
    const link = await createShareLink({ workspaceId: f.ws, documentId: f.doc, createdById: f.users.owner.id, includeTranscript: false, expiresInDays: null });
    await db().shareLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    expect(await loadSharedDocument(link.token)).toBeNull();
  });
});
