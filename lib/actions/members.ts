"use server";
import { revalidatePath } from "next/cache";
import { userAction, workspaceAction } from "./client";
import { AcceptInviteSchema, ChangeRoleSchema, CreateInviteSchema, InviteRefSchema, MemberRefSchema } from "./members.schema";
import { acceptInvitation, createInvitation, revokeInvitation } from "@/lib/db/invitations";
import { canGrant, changeMemberRole, removeMember as deleteMember } from "@/lib/db/members";
import { appOrigin } from "@/lib/auth/app-origin";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/db/audit";

/** The raw token leaves the server only here, once, inside the link; the database keeps its hash. */
export const createInvite = workspaceAction("admin", CreateInviteSchema, async (ctx, { role, email }) => {
  if (!canGrant(ctx.role, role)) throw new AppError("FORBIDDEN", "Only an owner can change an owner or grant the owner role.");
  const { invitation, token } = await createInvitation(ctx.workspaceId, { role, email, invitedById: ctx.user.id });
  await recordAudit({
    workspaceId: ctx.workspaceId,
    actorUserId: ctx.user.id,
    action: "invitation.created",
    targetType: "invitation",
    targetId: invitation.id,
    detail: { role, email: email ?? null },
  });
  revalidatePath(`/w/${ctx.workspaceId}/members`);
  return { id: invitation.id, role: invitation.role, expiresAt: invitation.expiresAt.toISOString(), url: `${await appOrigin()}/invite/${token}` };
});

export const revokeInvite = workspaceAction("admin", InviteRefSchema, async (ctx, { invitationId }) => {
  await revokeInvitation(ctx.workspaceId, invitationId);
  await recordAudit({ workspaceId: ctx.workspaceId, actorUserId: ctx.user.id, action: "invitation.revoked", targetType: "invitation", targetId: invitationId });
  revalidatePath(`/w/${ctx.workspaceId}/members`);
  return { id: invitationId };
});

export const changeRole = workspaceAction("admin", ChangeRoleSchema, async (ctx, { userId, role }) => {
  const result = await changeMemberRole(ctx.workspaceId, ctx.user.id, userId, role);
  revalidatePath(`/w/${ctx.workspaceId}`, "layout");
  return { userId, role: result.role };
});

export const removeMember = workspaceAction("admin", MemberRefSchema, async (ctx, { userId }) => {
  await deleteMember(ctx.workspaceId, ctx.user.id, userId);
  revalidatePath(`/w/${ctx.workspaceId}`, "layout");
  return { userId };
});

export const acceptInvite = userAction(AcceptInviteSchema, async (user, { token }) => {
  const { workspaceId, role } = await acceptInvitation(token, user.id);
  revalidatePath("/", "layout");
  return { workspaceId, role };
});
