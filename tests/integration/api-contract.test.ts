/**
 * The OpenAPI document and the route files must agree: every route file under app/api/v1 serves
 * endpoints of the contract at the path its folder says, every endpoint is served by exactly one route,
 * and the document lists exactly those paths and methods, with every $ref resolving. (Real responses
 * are checked against the same schemas in api-v1-matrix.test.ts.)
 */
import { describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "../support/db";
import { absolute, HTTP_METHODS, routeFiles, routePattern } from "../support/authz-fixtures";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
setUpTestDatabase();

const { ENDPOINTS, routeFolder } = await import("@/lib/api/v1/contract");
const { openApiDocument } = await import("@/lib/api/openapi");

type Served = { method: string; folder: string; endpoint?: string };
const served: Served[] = [];
for (const file of routeFiles().filter((f) => f.startsWith("app/api/v1/"))) {
  const mod = (await import(absolute(file))) as Record<string, unknown>;
  for (const method of HTTP_METHODS) {
    const fn = mod[method] as (((...args: unknown[]) => unknown) & { endpoint?: string }) | undefined;
    if (typeof fn === "function") served.push({ method, folder: routePattern(file).replace(/^\/api\/v1/, ""), endpoint: fn.endpoint });
  }
}
const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, { operationId: string }>>; components: { schemas: Record<string, unknown> } };

describe("HTTP API v1 contract", () => {
  it("every route method is an endpoint of the contract, at its folder's path (openapi.json aside)", () => {
    for (const s of served) {
      if (s.folder === "/openapi.json") continue;
      expect(s.endpoint, `${s.method} ${s.folder} is not built with v1()`).toBeDefined();
      const e = ENDPOINTS[s.endpoint as keyof typeof ENDPOINTS];
      expect({ method: e.method, folder: routeFolder(e.path) }).toEqual({ method: s.method, folder: s.folder });
    }
  });

  it("every endpoint is served exactly once", () => {
    for (const name of Object.keys(ENDPOINTS)) expect(served.filter((s) => s.endpoint === name).length, name).toBe(1);
  });

  it("the document lists exactly the served paths and methods", () => {
    const fromFiles = served
      .filter((s) => s.folder !== "/openapi.json")
      .map((s) => `${s.method} ${s.folder}`)
      .sort();
    const fromDoc = Object.entries(doc.paths)
      .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${routeFolder(p)}`))
      .sort();
    expect(fromDoc).toEqual(fromFiles);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("every $ref points at a component that exists", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split("/").pop()!], ref).toBeDefined();
    }
  });

  it("/api/v1/openapi.json serves that document", async () => {
    const mod = await import(absolute("app/api/v1/openapi.json/route.ts"));
    const res: Response = await mod.GET();
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
