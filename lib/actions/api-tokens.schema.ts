import { z } from "zod";
import { userText, workspaceId } from "./common.schema";

export const CreateApiTokenSchema = z.object({
  workspaceId,
  name: userText("The token's name", { max: 100 }),
  scope: z.enum(["read", "write"], { message: "Choose read or write" }),
});

export const RevokeApiTokenSchema = z.object({ workspaceId, tokenId: z.string().uuid("not a token id") });
