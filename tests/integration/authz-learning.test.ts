/**
 * The authorization matrix of knowledge and learning (issue 12): every action of lib/actions/quizzes.ts
 * and lib/actions/collections.ts and every route under quizzes, as every principal. The main matrix
 * (authz-matrix.test.ts) leaves these files to this one (FEATURE_MATRICES in authz-fixtures).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "../support/db";
import { actionModules, budgetQuiz, FEATURE_MATRICES, isTokenRoute, routeFiles, seedFixtures, type Fixtures } from "../support/authz-fixtures";
import { describeActions, describeRoutes, loadActions, loadRoutes, tableActions, type ActionCase, type RouteCase } from "../support/authz-run";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// Taking a shared quiz reads the request's headers (the taker's address, for its rate limit).
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;

const { stopBoss } = await import("@/lib/jobs/boss");
const { createQuizShare } = await import("@/lib/db/quiz-shares");
const { createCollection } = await import("@/lib/db/collections");
const collectionRow = async (ws: string) => (await createCollection(ws, `C-${crypto.randomUUID()}`)).id;

const ACTIONS: Record<string, ActionCase> = {
  "collections.newCollection": { min: "member", input: (f) => ({ workspaceId: f.ws, name: `N-${crypto.randomUUID()}` }) },
  "collections.renameCollectionAction": { min: "member", input: async (f) => ({ workspaceId: f.ws, collectionId: await collectionRow(f.ws), name: `R-${crypto.randomUUID()}` }) },
  "collections.deleteCollectionAction": { min: "member", input: async (f) => ({ workspaceId: f.ws, collectionId: await collectionRow(f.ws) }) },
  "collections.addDocumentsToCollection": { min: "member", input: async (f) => ({ workspaceId: f.ws, collectionId: await collectionRow(f.ws), documentIds: [f.doc] }) },
  "collections.removeDocumentFromCollection": { min: "member", input: async (f) => ({ workspaceId: f.ws, collectionId: await collectionRow(f.ws), documentId: f.doc }) },
  "quizzes.createQuiz": { min: "member", input: (f) => ({ workspaceId: f.ws, documentId: f.doc, count: 2 }) },
  "quizzes.updateQuestion": {
    min: "member",
    input: async (f) => ({
      workspaceId: f.ws,
      ...(await budgetQuiz(f)),
      question: "The agency quoted forty thousand dollars for ____.",
      options: [],
      answer: "video ads",
      explanation: "Line 2.",
    }),
  },
  "quizzes.deleteQuestion": { min: "member", input: async (f) => ({ workspaceId: f.ws, ...(await budgetQuiz(f)) }) },
  "quizzes.reorderQuestions": {
    min: "member",
    input: async (f) => {
      const { quizId, questionId } = await budgetQuiz(f);
      return { workspaceId: f.ws, quizId, order: [questionId] };
    },
  },
  "quizzes.renameQuizTitle": { min: "member", input: async (f) => ({ workspaceId: f.ws, quizId: (await budgetQuiz(f)).quizId, title: "Renamed quiz" }) },
  "quizzes.removeQuiz": { min: "member", input: async (f) => ({ workspaceId: f.ws, quizId: (await budgetQuiz(f)).quizId }) },
  "quizzes.submitAttempt": {
    min: "viewer",
    input: async (f) => {
      const { quizId, questionId } = await budgetQuiz(f);
      return { workspaceId: f.ws, quizId, responses: [{ questionId, response: "video ads" }] };
    },
  },
  "quizzes.shareQuiz": { min: "member", input: async (f) => ({ workspaceId: f.ws, quizId: (await budgetQuiz(f)).quizId, expiresInDays: 7 }) },
  "quizzes.revokeQuizLink": {
    min: "member",
    input: async (f) => {
      const { quizId } = await budgetQuiz(f);
      return { workspaceId: f.ws, quizId, shareId: (await createQuizShare(f.ws, quizId, f.users.owner.id, null)).id };
    },
  },
  // The link's token is the key: anyone holding it may take the quiz, signed in or not.
  "quizzes.submitSharedAttempt": {
    min: "public",
    input: async (f) => {
      const { quizId, questionId } = await budgetQuiz(f);
      return { token: (await createQuizShare(f.ws, quizId, f.users.owner.id, null)).token, takerName: "Trainee", responses: [{ questionId, response: "video ads" }] };
    },
  },
};

const quizExportCase = (file: string): RouteCase => ({
  min: "viewer",
  call: (f) => ({ path: `/w/${f.ws}/quizzes/${fixtureQuiz.id}/export/${file}`, params: { workspaceId: f.ws, quizId: fixtureQuiz.id } }),
});
const fixtureQuiz = { id: "" };

const ROUTES: Record<string, RouteCase> = {
  "GET /w/[workspaceId]/quizzes/[quizId]/export/paper.docx": quizExportCase("paper.docx"),
  "GET /w/[workspaceId]/quizzes/[quizId]/export/key.docx": quizExportCase("key.docx"),
  "GET /w/[workspaceId]/quizzes/[quizId]/export/quiz.md": quizExportCase("quiz.md"),
  "GET /w/[workspaceId]/quizzes/[quizId]/export/quiz.gift": quizExportCase("quiz.gift"),
};

const covered = FEATURE_MATRICES.learning;
const actions = await loadActions(actionModules().filter(covered));
const routes = await loadRoutes(routeFiles().filter((file) => !isTokenRoute(file) && covered(file)));

let f: Fixtures;
beforeAll(async () => {
  f = await seedFixtures();
  fixtureQuiz.id = (await budgetQuiz(f)).quizId;
}, 120_000);
afterAll(async () => {
  await stopBoss();
});

describe("the learning matrix covers its files", () => {
  it("lists every server action of the quiz and collection modules, and nothing else", () => {
    expect([...actions.keys()].sort()).toEqual(tableActions(ACTIONS));
  });
  it("lists every route handler method under quizzes, and nothing else", () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

describeActions(ACTIONS, actions, () => f);
describeRoutes(ROUTES, routes, () => f);
