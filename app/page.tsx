import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { listWorkspacesForUser } from "@/lib/db/workspaces";

export const dynamic = "force-dynamic";

/** Home: the user's first workspace, or sign-in. */
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const [first] = await listWorkspacesForUser(user.id);
  redirect(first ? `/w/${first.id}` : "/workspaces/new");
}
