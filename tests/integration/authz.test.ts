import { beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument, retryDocument } = await import("@/lib/actions/documents");
const { createWorkspace } = await import("@/lib/actions/workspaces");
const { getDocument, listDocuments } = await import("@/lib/db/documents");
const { requireMember } = await import("@/lib/auth/guards");

type U = Awaited<ReturnType<typeof makeUser>>;
let alice: U, bob: U, vera: U;
let wsA: string, wsB: string;

beforeAll(async () => {
  alice = await makeUser("alice");
  bob = await makeUser("bob");
  vera = await makeUser("vera");
  wsA = await makeWorkspace(alice, [[vera, "viewer"]]);
  wsB = await makeWorkspace(bob);
});

describe("workspace isolation", () => {
  it("a member of A cannot upload into B", async () => {
    await signInAs(alice);
    const res = await uploadDocument(fileForm(wsB, "notes.txt", "Alice: hello"));
    expect(res).toEqual({ ok: false, error: expect.objectContaining({ code: "NOT_FOUND" }) });
    expect(await listDocuments(wsB)).toHaveLength(0);
  });

  it("a member of A cannot read B's documents, by action or by scoped query", async () => {
    await signInAs(bob);
    const up = await uploadDocument(fileForm(wsB, "secret.txt", "Bob: the launch date is secret"));
    expect(up.ok).toBe(true);
    const docId = up.ok ? up.data.id : "";

    await signInAs(alice);
    await expect(requireMember(wsB)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Even with B's document id, a query scoped to A finds nothing.
    expect(await getDocument(wsA, docId)).toBeNull();
    const retry = await retryDocument({ workspaceId: wsB, documentId: docId });
    expect(retry).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("a viewer cannot upload", async () => {
    await signInAs(vera);
    const res = await uploadDocument(fileForm(wsA, "viewer.txt", "Vera: can I upload?"));
    expect(res).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await listDocuments(wsA)).map((d) => d.fileName)).not.toContain("viewer.txt");
  });

  it("a viewer can read the workspace", async () => {
    await signInAs(vera);
    await expect(requireMember(wsA)).resolves.toMatchObject({ role: "viewer" });
  });

  it("anonymous callers are refused before input is looked at", async () => {
    await signInAs(null);
    expect(await uploadDocument(fileForm(wsA, "anon.txt", "x"))).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await uploadDocument({ nonsense: true })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await createWorkspace({ name: "x" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("invalid input is refused with a specific message", async () => {
    await signInAs(alice);
    expect(await uploadDocument({ workspaceId: "not-a-uuid" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await createWorkspace({ name: "   " })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });

  it("creating a workspace makes the creator its owner", async () => {
    await signInAs(bob);
    const res = await createWorkspace({ name: "产品组 Product" });
    expect(res.ok).toBe(true);
    if (res.ok) await expect(requireMember(res.data.id, "owner")).resolves.toMatchObject({ role: "owner", workspaceName: "产品组 Product" });
  });
});
