import { redirect } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { getSessionUser } from "@/lib/auth/session";
import { listWorkspacesForUser } from "@/lib/db/workspaces";
import { NewWorkspaceForm } from "./new-workspace-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "New workspace" };

export default async function NewWorkspacePage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const workspaces = await listWorkspacesForUser(user.id);
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} />
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="mb-4 text-xl font-semibold">New workspace</h1>
        <p className="mb-4 text-sm text-stone-600">A workspace holds a team&apos;s meetings and documents. You will be its owner.</p>
        <NewWorkspaceForm />
      </main>
    </>
  );
}
