import { AppHeader } from "@/components/app-header";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listWorkspacesForUser, roleAtLeast } from "@/lib/db/workspaces";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const workspaces = await listWorkspacesForUser(ctx.user.id);
  return (
    <>
      <AppHeader user={ctx.user} workspaces={workspaces} current={workspaceId} canAdminister={roleAtLeast(ctx.role, "admin")} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
