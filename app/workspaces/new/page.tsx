import { redirect } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { getSessionUser } from "@/lib/auth/session";
import { listWorkspacesForUser } from "@/lib/db/workspaces";
import { getMessages } from "@/lib/i18n/server";
import { NewWorkspaceForm } from "./new-workspace-form";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getMessages()).m.workspace.newTitle };
}

export default async function NewWorkspacePage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const workspaces = await listWorkspacesForUser(user.id);
  const { m } = await getMessages();
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} />
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="mb-4 text-xl font-semibold">{m.workspace.newTitle}</h1>
        <p className="mb-4 text-sm text-stone-600">{m.workspace.newIntro}</p>
        <NewWorkspaceForm />
      </main>
    </>
  );
}
