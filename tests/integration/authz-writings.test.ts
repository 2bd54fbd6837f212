/**
 * The authorization matrix of the writing assistant (issue 11): every action of lib/actions/writings.ts
 * and lib/actions/draft-templates.ts and every route under writings, as every principal. The main
 * matrix (authz-matrix.test.ts) leaves these files to this one (FEATURE_MATRICES in authz-fixtures).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "../support/db";
import { actionModules, FEATURE_MATRICES, isTokenRoute, routeFiles, seedFixtures, type Fixtures } from "../support/authz-fixtures";
import { describeActions, describeRoutes, loadActions, loadRoutes, tableActions, type ActionCase, type RouteCase } from "../support/authz-run";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { stopBoss } = await import("@/lib/jobs/boss");
const writingsDb = await import("@/lib/db/writings");

const para = (t: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: t }] }] });
/** A writing of its own per call, so each save and restore starts from revision 1. */
const writingRow = async (f: Fixtures) =>
  (await writingsDb.createWriting(f.ws, f.users.owner.id, { title: "Budget memo", content: para("The budget moves to search ads.") as never })).id;
const firstVersion = async (f: Fixtures, writingId: string) => (await writingsDb.listWritingVersions(f.ws, writingId))[0].id;
/** A word of its own per call, so each removal has something to remove. */
const acceptedWord = async (f: Fixtures) => (await writingsDb.addAcceptedWord(f.ws, `Jiyao${crypto.randomUUID().slice(0, 8)}`)).word;

const draftTemplatesDb = await import("@/lib/db/draft-templates");
/** A template of its own per call (names are unique per workspace). */
const draftTemplateRow = async (f: Fixtures) =>
  (
    await draftTemplatesDb.createDraftTemplate(f.ws, {
      name: `D-${crypto.randomUUID()}`,
      lang: null,
      instructions: "",
      sections: [{ title: "Decided", kind: "decisions", instructions: "" }],
    })
  ).id;
const templateFields = () => ({ name: `D-${crypto.randomUUID()}`, sections: [{ title: "Decided", kind: "decisions", instructions: "" }] });

const ACTIONS: Record<string, ActionCase> = {
  "draft-templates.createDraftTemplate": { min: "admin", input: (f) => ({ workspaceId: f.ws, ...templateFields() }) },
  "draft-templates.updateDraftTemplate": { min: "admin", input: async (f) => ({ workspaceId: f.ws, templateId: await draftTemplateRow(f), ...templateFields() }) },
  "draft-templates.deleteDraftTemplate": { min: "admin", input: async (f) => ({ workspaceId: f.ws, templateId: await draftTemplateRow(f) }) },
  // Members draft with a workspace template like with a built-in one.
  "writings.draftWriting#own-template": { min: "member", input: async (f) => ({ workspaceId: f.ws, template: await draftTemplateRow(f), documentIds: [f.doc] }) },
  "writings.createWriting": { min: "member", input: (f) => ({ workspaceId: f.ws, title: "Notes" }) },
  "writings.saveWriting": { min: "member", input: async (f) => ({ workspaceId: f.ws, writingId: await writingRow(f), baseRevision: 1, title: "Memo", content: para("Edited") }) },
  "writings.listWritingVersions": { min: "viewer", input: async (f) => ({ workspaceId: f.ws, writingId: await writingRow(f) }) },
  "writings.restoreWritingVersion": {
    min: "member",
    input: async (f) => {
      const writingId = await writingRow(f);
      return { workspaceId: f.ws, writingId, versionId: await firstVersion(f, writingId), baseRevision: 1 };
    },
  },
  "writings.deleteWriting": { min: "member", input: async (f) => ({ workspaceId: f.ws, writingId: await writingRow(f) }) },
  "writings.copyDocumentToWriting": { min: "member", input: (f) => ({ workspaceId: f.ws, documentId: f.doc }) },
  "writings.draftWriting": { min: "member", input: (f) => ({ workspaceId: f.ws, template: "minutes-en", documentIds: [f.doc] }) },
  "writings.proofreadText": { min: "member", input: (f) => ({ workspaceId: f.ws, text: "We we ship on friday." }) },
  "writings.polishTextBasic": { min: "member", input: (f) => ({ workspaceId: f.ws, text: "Um, we ship on friday." }) },
  "writings.addAcceptedWord": { min: "member", input: (f) => ({ workspaceId: f.ws, word: "Jiyao" }) },
  "writings.deckFromWriting": { min: "member", input: async (f) => ({ workspaceId: f.ws, writingId: await writingRow(f) }) },
  // Allowed callers get past authorization to the model check: no model is configured here.
  "writings.deckAboutTopic": { min: "member", okCode: "MODEL_NOT_CONFIGURED", input: (f) => ({ workspaceId: f.ws, topic: "budget", documentIds: [f.doc] }) },
  "writings.removeAcceptedWord": { min: "member", input: async (f) => ({ workspaceId: f.ws, word: await acceptedWord(f) }) },
};

const writings = { one: "" };
const ROUTES: Record<string, RouteCase> = {
  // Allowed callers get past authorization to the model check: no model is configured here (400).
  "POST /api/w/[workspaceId]/writings/assist": {
    min: "member",
    ok: 400,
    call: (f) => ({
      path: `/api/w/${f.ws}/writings/assist`,
      init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "polish", text: "hello" }) },
      params: { workspaceId: f.ws },
    }),
  },
  "GET /w/[workspaceId]/writings/[writingId]/export/writing.docx": {
    min: "viewer",
    call: (f) => ({ path: `/w/${f.ws}/writings/${writings.one}/export/writing.docx`, params: { workspaceId: f.ws, writingId: writings.one } }),
  },
  "GET /w/[workspaceId]/writings/[writingId]/export/writing.md": {
    min: "viewer",
    call: (f) => ({ path: `/w/${f.ws}/writings/${writings.one}/export/writing.md`, params: { workspaceId: f.ws, writingId: writings.one } }),
  },
};

const covered = FEATURE_MATRICES.writings;
const actions = await loadActions(actionModules().filter(covered));
const routes = await loadRoutes(routeFiles().filter((file) => !isTokenRoute(file) && covered(file)));

let f: Fixtures;
beforeAll(async () => {
  f = await seedFixtures();
  writings.one = await writingRow(f);
}, 120_000);
afterAll(async () => {
  await stopBoss();
});

describe("the writing matrix covers its files", () => {
  it("lists every server action of the writing modules, and nothing else", () => {
    expect([...actions.keys()].sort()).toEqual(tableActions(ACTIONS));
  });
  it("lists every route handler method under writings, and nothing else", () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

describeActions(ACTIONS, actions, () => f);
describeRoutes(ROUTES, routes, () => f);
