import "server-only";
import { cache } from "react";
import { AppError, isAppError } from "@/lib/errors";
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

/** One membership read per request and workspace (React cache): layout and page both check it. */
const membershipOf = cache((workspaceId: string, userId: string) => findMembership(workspaceId, userId));

/** The signed-in user must belong to the workspace with at least `min` role. */
export async function requireMember(workspaceId: string, min: Role = "viewer", signedIn?: SessionUser): Promise<MemberContext> {
  const user = signedIn ?? (await requireUser());
  const membership = await membershipOf(workspaceId, user.id);
  if (!membership) throw new AppError("NOT_FOUND", "This workspace does not exist or you are not a member of it.");
  if (!roleAtLeast(membership.role, min)) {
    throw new AppError("FORBIDDEN", `This needs the ${min} role or higher; you are a ${membership.role} of this workspace.`);
  }
  return { user, workspaceId, workspaceName: membership.workspace.name, role: membership.role };
}

/** A plain-text answer of a download route (files, calendars, zips). */
export const plainText = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The member check of a download route, its refusal as a response: 401 signed out, 403 with
 * `forbidden` when the role is too low and the route says why, else 404 (a non-member learns nothing).
 */
export async function memberOrRefusal(workspaceId: string, min: Role, forbidden?: string): Promise<{ ctx: MemberContext } | { refusal: Response }> {
  try {
    return { ctx: await requireMember(workspaceId, min) };
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === "UNAUTHENTICATED") return { refusal: plainText("Sign in first.", 401) };
    if (e.code === "FORBIDDEN" && forbidden) return { refusal: plainText(forbidden, 403) };
    return { refusal: plainText("Not found.", 404) };
  }
}
