"use server";
import { userAction } from "./client";
import { CreateWorkspaceSchema } from "./workspaces.schema";
import { createWorkspace as insertWorkspace } from "@/lib/db/workspaces";

export const createWorkspace = userAction(CreateWorkspaceSchema, async (user, input) => {
  const ws = await insertWorkspace(user.id, input.name);
  return { id: ws.id, name: ws.name };
});
