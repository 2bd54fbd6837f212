/** Helpers for integration tests: direct rows, no HTTP. */
import { randomUUID } from "node:crypto";
import { inject, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createWorkspace, type Role } from "@/lib/db/workspaces";
import type { SessionUser } from "@/lib/auth/session";

export function setUpTestDatabase(): void {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret";
}

export type TestUser = SessionUser & { personalWorkspaceId: string };

export async function makeUser(label = "user"): Promise<TestUser> {
  const id = randomUUID();
  const email = `${label}-${id.slice(0, 8)}@example.test`;
  await db().user.create({ data: { id, email, name: label } });
  const ws = await createWorkspace(id, `${label}'s workspace`, { personal: true });
  return { id, email, name: label, personalWorkspaceId: ws.id };
}

export async function makeWorkspace(owner: SessionUser, members: [SessionUser, Role][] = []): Promise<string> {
  const ws = await createWorkspace(owner.id, `ws-${randomUUID().slice(0, 6)}`);
  for (const [u, role] of members) await addMember(ws.id, u.id, role);
  return ws.id;
}

/** `getSessionUser` is mocked in integration tests; this sets who is "signed in". */
export async function signInAs(user: SessionUser | null): Promise<void> {
  const session = await import("@/lib/auth/session");
  vi.mocked(session.getSessionUser).mockResolvedValue(user);
}

export function fileForm(workspaceId: string, name: string, content: string | Uint8Array, type = "text/plain"): FormData {
  const fd = new FormData();
  fd.set("workspaceId", workspaceId);
  fd.set("file", new File([typeof content === "string" ? content : new Uint8Array(content)], name, { type }));
  return fd;
}

/** The usual cast: an owner's workspace with a member and a viewer, and a stranger who belongs to none of it. */
export async function makeTeam(): Promise<{ owner: TestUser; member: TestUser; viewer: TestUser; stranger: TestUser; ws: string }> {
  const [owner, member, viewer, stranger] = await Promise.all(["owner", "member", "viewer", "stranger"].map((l) => makeUser(l)));
  const ws = await makeWorkspace(owner, [
    [member, "member"],
    [viewer, "viewer"],
  ]);
  return { owner, member, viewer, stranger, ws };
}
