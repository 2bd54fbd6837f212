import "server-only";
import { AppError } from "@/lib/errors";
import { findMembership, roleAtLeast, type Role } from "@/lib/db/workspaces";
import { getSessionUser, type SessionUser } from "./session";

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  return user;
}

export interface MemberContext {
  user: SessionUser;
  workspaceId: string;
  workspaceName: string;
  role: Role;
}

/** The signed-in user must belong to the workspace with at least `min` role. */
export async function requireMember(workspaceId: string, min: Role = "viewer", signedIn?: SessionUser): Promise<MemberContext> {
  const user = signedIn ?? (await requireUser());
  const membership = await findMembership(workspaceId, user.id);
  if (!membership) throw new AppError("NOT_FOUND", "This workspace does not exist or you are not a member of it.");
  if (!roleAtLeast(membership.role, min)) {
    throw new AppError("FORBIDDEN", `This needs the ${min} role or higher; you are a ${membership.role} of this workspace.`);
  }
  return { user, workspaceId, workspaceName: membership.workspace.name, role: membership.role };
}
