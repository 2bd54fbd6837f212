/**
 * Calling the HTTP API v1 through its route files, as a given token holder (tests/support/api-fixtures.ts):
 * the route table found on disk, the call helper, request shorthands and the fixtures both v1 test files seed.
 */
import { absolute, budgetQuiz, HTTP_METHODS, routeFiles, routePattern, seedFixtures, type Fixtures } from "./authz-fixtures";
import { seedTokens, type TokenPrincipal } from "./api-fixtures";

export type Call = { path: string; init?: RequestInit; params: Record<string, string> };
export type V1Route = ((req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & { endpoint?: string };

const BASE = "http://localhost:3000/api/v1";
export const json = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
export const doc = (f: Fixtures, rest = "", params: Record<string, string> = {}): Call => ({ path: `/documents/${f.doc}${rest}`, params: { documentId: f.doc, ...params } });
export const quiz = (quizId: string, rest = "", params: Record<string, string> = {}): Call => ({ path: `/quizzes/${quizId}${rest}`, params: { quizId, ...params } });

/**
 * Every v1 route handler method by "METHOD /path" (the path without /api/v1). Imported, not fetched: call
 * this after the test file's mocks and database setup.
 */
export async function loadV1Routes(): Promise<Map<string, V1Route>> {
  const routes = new Map<string, V1Route>();
  for (const file of routeFiles().filter((f) => f.startsWith("app/api/v1/"))) {
    const mod = (await import(absolute(file))) as Record<string, unknown>;
    for (const m of HTTP_METHODS) if (typeof mod[m] === "function") routes.set(`${m} ${routePattern(file).replace(/^\/api\/v1/, "")}`, mod[m] as V1Route);
  }
  return routes;
}

/** The route serving `name`, called with `who`'s token (none for the anonymous caller). */
export async function callV1(routes: Map<string, V1Route>, tokens: Record<TokenPrincipal, string | null>, name: string, who: TokenPrincipal, c: Call): Promise<Response> {
  const route = routes.get(name);
  if (!route) throw new Error(`no route file serves ${name}`);
  const headers = new Headers(c.init?.headers);
  const token = tokens[who];
  if (token) headers.set("authorization", `Bearer ${token}`);
  return route(new Request(`${BASE}${c.path}`, { ...c.init, headers }), { params: Promise.resolve(c.params) });
}

/** The fixtures both v1 test files call against: the workspace, a token for every kind of caller, and the budget quiz. */
export async function seedV1Fixtures(): Promise<{ f: Fixtures; tokens: Record<TokenPrincipal, string | null>; quizId: string }> {
  const f = await seedFixtures();
  return { f, tokens: await seedTokens(f), quizId: (await budgetQuiz(f)).quizId };
}
