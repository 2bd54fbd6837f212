import { z } from "zod";

export const CreateWorkspaceSchema = z.object({
  name: z.string().trim().min(1, "Give the workspace a name").max(80, "Keep the name under 80 characters"),
});
