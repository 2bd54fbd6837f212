import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument } = await import("@/lib/actions/documents");
const { getOriginal, listDocuments } = await import("@/lib/db/documents");
const { db } = await import("@/lib/db/client");
const { resetEnvCache } = await import("@/lib/env");

let user: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  user = await makeUser("uploader");
  await signInAs(user);
});

describe("upload", () => {
  it("stores the original bytes, name, size, type, sha256 and uploader", async () => {
    const bytes = new TextEncoder().encode("张三 00:00:05\n大家好，我们开始开会。\n");
    const res = await uploadDocument(fileForm(user.personalWorkspaceId, "周会纪要.txt", bytes));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const row = await db().document.findUniqueOrThrow({ where: { id: res.data.id } });
    expect(row).toMatchObject({
      fileName: "周会纪要.txt",
      title: "周会纪要",
      sizeBytes: bytes.byteLength,
      mimeType: "text/plain",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById: user.id,
    });
    const original = await getOriginal(user.personalWorkspaceId, res.data.id);
    expect(Buffer.from(original!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("detects the same bytes uploaded twice into a workspace", async () => {
    const ws = user.personalWorkspaceId;
    expect((await uploadDocument(fileForm(ws, "a.txt", "Alice: same bytes"))).ok).toBe(true);
    const again = await uploadDocument(fileForm(ws, "copy of a.txt", "Alice: same bytes"));
    expect(again).toMatchObject({ ok: false, error: { code: "DUPLICATE_FILE", message: expect.stringContaining("as “a.txt”") } });
  });

  it("two simultaneous uploads of the same bytes store one document", async () => {
    const ws = user.personalWorkspaceId;
    const results = await Promise.all([1, 2, 3].map((i) => uploadDocument(fileForm(ws, `race-${i}.txt`, "Bob: racing"))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(["DUPLICATE_FILE", "DUPLICATE_FILE"]);
    // Whichever way each lost (seen before its insert, or refused by the unique index), it names the stored file.
    const stored = (await listDocuments(ws)).find((d) => d.fileName.startsWith("race-"))?.fileName;
    for (const r of results) if (!r.ok) expect(r.error.message).toContain(`as “${stored}”`);
  });

  it("refuses an empty file and stores nothing", async () => {
    const before = (await listDocuments(user.personalWorkspaceId)).length;
    const res = await uploadDocument(fileForm(user.personalWorkspaceId, "empty.txt", ""));
    expect(res).toMatchObject({ ok: false, error: { code: "FILE_EMPTY" } });
    expect(await listDocuments(user.personalWorkspaceId)).toHaveLength(before);
  });

  it("refuses a file over UPLOAD_MAX_BYTES with the limit in the message", async () => {
    process.env.UPLOAD_MAX_BYTES = "1024";
    resetEnvCache();
    try {
      const res = await uploadDocument(fileForm(user.personalWorkspaceId, "big.txt", "x".repeat(2048)));
      expect(res).toMatchObject({ ok: false, error: { code: "FILE_TOO_LARGE", message: expect.stringContaining("limit") } });
      expect((await listDocuments(user.personalWorkspaceId)).map((d) => d.fileName)).not.toContain("big.txt");
    } finally {
      delete process.env.UPLOAD_MAX_BYTES;
      resetEnvCache();
    }
  });
});
