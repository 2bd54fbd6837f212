import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listPendingInvitations } from "@/lib/db/invitations";
import { canGrant, listMembers } from "@/lib/db/members";
import { roleAtLeast, type Role } from "@/lib/db/workspaces";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { InviteForm } from "./_components/invite-form";
import { MemberControls } from "./_components/member-controls";
import { RevokeButton } from "./_components/revoke-button";

export const dynamic = "force-dynamic";
export const metadata = { title: "Members" };

const ALL_ROLES: Role[] = ["owner", "admin", "member", "viewer"];

export default async function MembersPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const canManage = roleAtLeast(ctx.role, "admin");
  const [members, invites] = await Promise.all([listMembers(workspaceId), canManage ? listPendingInvitations(workspaceId) : Promise.resolve([])]);
  const grantable = ALL_ROLES.filter((r) => canGrant(ctx.role, r));
  const owners = members.filter((x) => x.role === "owner").length;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{m.members.title}</h1>
        <span className="text-sm text-stone-600">
          {ctx.workspaceName} · {fmt(m.members.count, { n: members.length })}
        </span>
      </div>
      <p className="text-sm text-stone-600">
        {m.members.rolesHelp} {canManage ? null : m.members.readOnly}
      </p>

      <Card>
        <table className="w-full text-left text-sm" aria-label={m.members.title}>
          <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600">
            <tr>
              <th className="px-4 py-2 font-medium">{m.members.columns.name}</th>
              <th className="hidden px-4 py-2 font-medium sm:table-cell">{m.members.columns.email}</th>
              <th className="px-4 py-2 font-medium">{m.members.columns.role}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((x) => {
              const isLastOwner = x.role === "owner" && owners <= 1;
              // Admins never touch owners; nobody is offered a change that would leave no owner.
              const manageable = canManage && !isLastOwner && (x.role !== "owner" || ctx.role === "owner");
              return (
                <tr key={x.userId} className="border-b border-stone-100 last:border-0">
                  <td className="px-4 py-2.5">
                    <span className="font-medium text-stone-900">{x.name}</span>
                    {x.userId === ctx.user.id ? <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{m.members.you}</span> : null}
                    <div className="text-xs text-stone-600 sm:hidden">{x.email}</div>
                  </td>
                  <td className="hidden px-4 py-2.5 text-stone-700 sm:table-cell">{x.email}</td>
                  <td className="px-4 py-2.5">
                    {manageable ? (
                      <MemberControls
                        workspaceId={workspaceId}
                        userId={x.userId}
                        name={x.name}
                        role={x.role}
                        roles={grantable.includes(x.role) ? grantable : [x.role, ...grantable]}
                      />
                    ) : (
                      <span className="text-stone-700">
                        {m.workspace.roles[x.role]}
                        {isLastOwner ? <span className="ml-2 text-xs text-stone-500">({m.members.lastOwnerHint})</span> : null}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>

      {canManage ? (
        <>
          <section aria-labelledby="invite-heading" className="space-y-3">
            <h2 id="invite-heading" className="text-base font-semibold">
              {m.members.invite}
            </h2>
            <p className="text-sm text-stone-600">{m.members.inviteIntro}</p>
            <Card className="p-4">
              <InviteForm workspaceId={workspaceId} roles={grantable} />
            </Card>
          </section>

          <section aria-labelledby="pending-heading" className="space-y-3">
            <h2 id="pending-heading" className="text-base font-semibold">
              {m.members.pending}
            </h2>
            <Card>
              {invites.length === 0 ? (
                <p className="px-4 py-6 text-center text-sm text-stone-600">{m.members.noPending}</p>
              ) : (
                <ul className="divide-y divide-stone-100">
                  {invites.map((inv) => (
                    <li key={inv.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm">
                      <span className="font-medium text-stone-900">{inv.email ?? m.members.anyone}</span>
                      <span className="text-stone-700">{m.workspace.roles[inv.role]}</span>
                      <span className="text-xs text-stone-500">{fmt(m.members.expires, { date: formatDate(inv.expiresAt) })}</span>
                      <span className="ml-auto">
                        <RevokeButton workspaceId={workspaceId} invitationId={inv.id} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </section>
        </>
      ) : null}
    </div>
  );
}
