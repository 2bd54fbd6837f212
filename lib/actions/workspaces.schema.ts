import { z } from "zod";
import { userText } from "./common.schema";
import { WORKSPACE_NAME_MAX } from "@/lib/text/user-text";

export { WORKSPACE_NAME_MAX };

export const CreateWorkspaceSchema = z.object({
  name: userText("The workspace name", { max: WORKSPACE_NAME_MAX }),
});
