import { z } from "zod";
import { userText } from "./common.schema";

/** Also the limit for the personal workspace made at sign-up from the user's name (lib/auth/user-fields.ts). */
export const WORKSPACE_NAME_MAX = 80;

export const CreateWorkspaceSchema = z.object({
  name: userText("The workspace name", { max: WORKSPACE_NAME_MAX }),
});
