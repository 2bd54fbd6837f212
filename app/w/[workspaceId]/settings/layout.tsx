import { requirePageMember } from "@/lib/auth/page-guards";
import { getMessages } from "@/lib/i18n/server";
import { SettingsNav } from "./_components/settings-nav";

/** Every settings page is for owners and admins; anyone else gets the same 404 as a stranger. */
export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId, "admin");
  const { m } = await getMessages();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{m.settings.title}</h1>
        <span className="text-sm text-stone-600">{ctx.workspaceName}</span>
      </div>
      <SettingsNav
        workspaceId={workspaceId}
        label={m.settings.title}
        tabs={[
          { href: "", label: m.settings.tabs.general },
          { href: "/webhooks", label: m.settings.tabs.webhooks },
          { href: "/audit", label: m.settings.tabs.audit },
        ]}
      />
      {children}
    </div>
  );
}
