/**
 * The streamed upload route: the raw body is the file, read once as it arrives. A file declared over
 * UPLOAD_MAX_BYTES is refused before its body is read; one that only turns out too large is cut off
 * at the limit; cross-site and read-only callers are refused before the body is read.
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
process.env.UPLOAD_MAX_BYTES = String(4 * 1024 * 1024);

const { resetEnvCache } = await import("@/lib/env");
resetEnvCache();
const { POST } = await import("@/app/api/w/[workspaceId]/documents/route");
const { getOriginal } = await import("@/lib/db/documents");
const { db } = await import("@/lib/db/client");

let user: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  user = await makeUser("streamer");
  await signInAs(user);
});

/** A body handed out in 64 KB pieces, counting how much of it the server pulled. */
function countingBody(total: number) {
  const piece = new Uint8Array(64 * 1024).fill(0x61);
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(c) {
        if (pulled >= total) return c.close();
        const n = Math.min(piece.byteLength, total - pulled);
        pulled += n;
        c.enqueue(piece.subarray(0, n));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

function request(ws: string, body: BodyInit | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request(`http://localhost/api/w/${ws}/documents`, {
    method: "POST",
    body,
    headers: { "content-type": "text/plain", "x-file-name": encodeURIComponent("会议 notes.txt"), ...headers },
    duplex: "half",
  } as RequestInit);
}

const call = (req: Request, ws: string) => POST(req, { params: Promise.resolve({ workspaceId: ws }) });

describe("streamed upload route", () => {
  it("stores the body byte for byte with its name, type and sha256, and queues it", async () => {
    const text = `Alice: ${"We decided to ship the release next week. ".repeat(60_000)}`;
    const bytes = Buffer.from(text);
    const res = await call(request(user.personalWorkspaceId, bytes, { "content-length": String(bytes.byteLength) }), user.personalWorkspaceId);
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { id: string; fileName: string } };
    expect(data.fileName).toBe("会议 notes.txt");
    const row = await db().document.findUniqueOrThrow({ where: { id: data.id } });
    expect(row).toMatchObject({ sizeBytes: bytes.byteLength, mimeType: "text/plain", sha256: createHash("sha256").update(bytes).digest("hex") });
    expect(Buffer.from((await getOriginal(user.personalWorkspaceId, data.id))!.bytes).equals(bytes)).toBe(true);
  });

  it("refuses a declared size over the limit before reading any of the body", async () => {
    const body = countingBody(5 * 1024 * 1024);
    const res = await call(request(user.personalWorkspaceId, body.stream, { "content-length": String(5 * 1024 * 1024) }), user.personalWorkspaceId);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: "FILE_TOO_LARGE", message: expect.stringContaining("4.0 MB") } });
    expect(body.pulled()).toBe(0);
  });

  it("cuts off a body without a declared size at the limit", async () => {
    const body = countingBody(40 * 1024 * 1024);
    const before = await db().document.count({ where: { workspaceId: user.personalWorkspaceId } });
    const res = await call(request(user.personalWorkspaceId, body.stream), user.personalWorkspaceId);
    expect(res.status).toBe(413);
    // Read stops just past the limit, never the whole 40 MB.
    expect(body.pulled()).toBeLessThan(4 * 1024 * 1024 + 4 * 64 * 1024);
    expect(await db().document.count({ where: { workspaceId: user.personalWorkspaceId } })).toBe(before);
  });

  it("refuses a cross-site request and a viewer before reading the body", async () => {
    const cross = countingBody(1024);
    const res = await call(request(user.personalWorkspaceId, cross.stream, { "sec-fetch-site": "same-site" }), user.personalWorkspaceId);
    expect(res.status).toBe(403);
    expect(cross.pulled()).toBe(0);

    const owner = await makeUser("owner");
    const viewer = await makeUser("viewer");
    const ws = await makeWorkspace(owner, [[viewer, "viewer"]]);
    await signInAs(viewer);
    try {
      const body = countingBody(1024);
      const denied = await call(request(ws, body.stream), ws);
      expect(denied.status).toBe(403);
      expect(body.pulled()).toBe(0);
    } finally {
      await signInAs(user);
    }
  });

  it("an empty body and a missing file name get specific errors", async () => {
    const empty = await call(request(user.personalWorkspaceId, new Uint8Array(0)), user.personalWorkspaceId);
    expect(await empty.json()).toMatchObject({ error: { code: "FILE_EMPTY" } });
    const nameless = new Request(`http://localhost/api/w/${user.personalWorkspaceId}/documents`, { method: "POST", body: "x" });
    expect(await (await call(nameless, user.personalWorkspaceId)).json()).toMatchObject({ error: { code: "INVALID_INPUT" } });
  });
});
