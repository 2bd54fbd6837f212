import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, signInAs, setUpTestDatabase } from "../support/db";

/**
 * State-changing route handlers refuse what server actions refuse: a request from another site
 * (another port on the same host counts), and a body that is not JSON. A page on :4000 could
 * otherwise POST text/plain to /api/w/…/ask with the victim's cookies and store a question.
 */
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

setUpTestDatabase();

const { POST } = await import("@/app/api/w/[workspaceId]/ask/route");
const { db } = await import("@/lib/db/client");

let ws: string, docId: string;

beforeAll(async () => {
  const owner = await makeUser("origin");
  ws = owner.personalWorkspaceId;
  docId = (
    await db().document.create({
      data: { workspaceId: ws, fileName: "a.txt", mimeType: "text/plain", sizeBytes: 1, sha256: randomUUID(), title: "A", speakers: [], status: "ready" },
    })
  ).id;
  await signInAs(owner);
});

function ask(headers: Record<string, string>, body: string = JSON.stringify({ question: "What was decided?", documentId: docId })) {
  return POST(new Request(`http://localhost:3000/api/w/${ws}/ask`, { method: "POST", headers: { host: "localhost:3000", ...headers }, body }), {
    params: Promise.resolve({ workspaceId: ws }),
  });
}
const stored = () => db().question.count({ where: { workspaceId: ws } });

describe("route handlers that change state", () => {
  it("refuse a text/plain POST (what a cross-site form or simple fetch sends), storing nothing", async () => {
    const res = await ask({ "content-type": "text/plain;charset=UTF-8", origin: "http://localhost:3000" });
    expect(res.status).toBe(415);
    expect(await stored()).toBe(0);
  });

  it("refuse another port on the same host (Sec-Fetch-Site: same-site) and a foreign Origin", async () => {
    const sameSite = await ask({ "content-type": "application/json", origin: "http://localhost:4000", "sec-fetch-site": "same-site" });
    expect(sameSite.status).toBe(403);
    expect((await sameSite.json()).error).toMatch(/Cross-site/);
    const foreign = await ask({ "content-type": "application/json", origin: "http://localhost:4000" });
    expect(foreign.status).toBe(403);
    expect(await stored()).toBe(0);
  });

  it("refuse a body over the route's cap before reading it all", async () => {
    const res = await ask({ "content-type": "application/json", "sec-fetch-site": "same-origin" }, JSON.stringify({ question: "x".repeat(5 * 1024 * 1024) }));
    expect(res.status).toBe(413);
  });

  it("let a same-origin JSON request through to the handler", async () => {
    const res = await ask({ "content-type": "application/json", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" });
    // The document has no transcript yet: the handler itself answers (409), not the guard.
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe("CONFLICT");
  });
});
