import { z } from "zod";
import { workspaceId } from "./common.schema";

const role = z.enum(["owner", "admin", "member", "viewer"], { message: "Choose a role" });
// better-auth user ids are opaque strings, not UUIDs.
const userId = z.string().trim().min(1, "not a user id").max(200, "not a user id");

export const CreateInviteSchema = z.object({
  workspaceId,
  role,
  email: z
    .string()
    .trim()
    .max(254, "Keep the email under 254 characters")
    .pipe(z.union([z.literal(""), z.email("Enter a valid email or leave it empty")]))
    .optional(),
});

export const InviteRefSchema = z.object({ workspaceId, invitationId: z.string().uuid("not an invite id") });

export const ChangeRoleSchema = z.object({ workspaceId, userId, role });

export const MemberRefSchema = z.object({ workspaceId, userId });

export const AcceptInviteSchema = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{22,128}$/, "This invite is invalid, expired, revoked or already used."),
});
