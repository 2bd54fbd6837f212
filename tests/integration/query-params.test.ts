import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, signInAs, setUpTestDatabase } from "../support/db";

/**
 * Hand-edited URLs never make an error page: a malformed filter is ignored (the page shows
 * unfiltered), a malformed export version is a 400. These used to reach Postgres and fail there
 * (an impossible date, NUL from %00, an integer past 2^31).
 */
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "accept-language": "en" }),
  cookies: async () => ({ get: () => undefined }),
}));

setUpTestDatabase();

const { default: LibraryPage } = await import("@/app/w/[workspaceId]/page");
const { default: TodosPage } = await import("@/app/w/[workspaceId]/todos/page");
const { default: SearchPage } = await import("@/app/w/[workspaceId]/search/page");
const { GET: exportMinutes } = await import("@/app/w/[workspaceId]/d/[documentId]/export/minutes.md/route");
const { db } = await import("@/lib/db/client");

let ws: string, docId: string;

beforeAll(async () => {
  const user = await makeUser("params");
  ws = user.personalWorkspaceId;
  docId = (
    await db().document.create({
      data: { workspaceId: ws, fileName: "a.txt", mimeType: "text/plain", sizeBytes: 1, sha256: randomUUID(), title: "A", speakers: [], status: "ready" },
    })
  ).id;
  await signInAs(user);
});

const BAD: Record<string, string | string[]>[] = [
  { from: "2024-13-45" },
  { to: "0000-00-00" },
  { from: "2024-02-30", to: "9999-99-99" },
  { "from[]": "x" },
  { from: ["2024-01-01", "2024-02-01"] },
  { speaker: "\u0000" },
  { speaker: "O'Brien\"; --", kind: "'", status: "\u0000" },
  { owner: "\u0000", view: "'", status: "%00" },
];

describe("malformed query parameters", () => {
  it.each(BAD)("library and to-dos render with %o", async (raw) => {
    const args = { params: Promise.resolve({ workspaceId: ws }), searchParams: Promise.resolve(raw) };
    await expect(LibraryPage(args)).resolves.toBeTruthy();
    await expect(TodosPage(args)).resolves.toBeTruthy();
  });

  it("search treats NUL and quotes as text", async () => {
    for (const q of ["\u0000", "a\u0000b", "'\"", "%00", "x".repeat(10_000)]) {
      await expect(SearchPage({ params: Promise.resolve({ workspaceId: ws }), searchParams: Promise.resolve({ q }) })).resolves.toBeTruthy();
    }
  });

  it("export with a version past 32 bits, negative or not a number: 400, never 500", async () => {
    for (const v of ["999999999999999999999", "2147483648", "-1", "1.5", "abc"]) {
      const res = await exportMinutes(new Request(`http://localhost:3000/w/${ws}/d/${docId}/export/minutes.md?v=${v}`), {
        params: Promise.resolve({ workspaceId: ws, documentId: docId }),
      });
      expect(res.status, `v=${v}`).toBe(400);
    }
  });
});
