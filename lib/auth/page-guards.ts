import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Role } from "@/lib/db/workspaces";
import { requireMember, type MemberContext } from "./guards";

/** requireMember for pages: anonymous → sign-in, not a member → 404 (we don't confirm the workspace exists). */
export async function requirePageMember(workspaceId: string, min: Role = "viewer"): Promise<MemberContext> {
  try {
    return await requireMember(workspaceId, min);
  } catch (e) {
    if (isAppError(e) && e.code === "UNAUTHENTICATED") redirect("/sign-in");
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    throw e;
  }
}
