import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listApiTokens } from "@/lib/db/api-tokens";
import { roleAtLeast } from "@/lib/db/workspaces";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { CreateTokenForm } from "./_components/create-token-form";
import { RevokeTokenButton } from "./_components/revoke-token-button";

export const dynamic = "force-dynamic";
export const metadata = { title: "API tokens" };

/** A member's own tokens for this workspace: created here, shown once, revoked here. */
export default async function TokensPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const tokens = await listApiTokens(workspaceId, ctx.user.id);
  const canWrite = roleAtLeast(ctx.role, "member");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{m.tokens.title}</h1>
        <Link href="/docs/api" className="text-sm text-brand-700 underline">
          {m.tokens.docsLink}
        </Link>
      </div>
      <p className="text-sm text-stone-600">
        {m.tokens.intro} {canWrite ? null : m.tokens.viewerReadOnly}
      </p>
      <Card className="p-4">
        <CreateTokenForm workspaceId={workspaceId} canWrite={canWrite} />
      </Card>

      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-base font-semibold">
          {m.tokens.yours}
        </h2>
        <Card>
          {tokens.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-stone-600">{m.tokens.none}</p>
          ) : (
            <table className="w-full text-left text-sm" aria-label={m.tokens.yours}>
              <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600">
                <tr>
                  <th className="px-4 py-2 font-medium">{m.tokens.columns.name}</th>
                  <th className="px-4 py-2 font-medium">{m.tokens.columns.scope}</th>
                  <th className="hidden px-4 py-2 font-medium sm:table-cell">{m.tokens.columns.created}</th>
                  <th className="px-4 py-2 font-medium">{m.tokens.columns.lastUsed}</th>
                  <th className="px-4 py-2 font-medium">{m.tokens.columns.status}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => (
                  <tr key={t.id} className="border-b border-stone-100 last:border-0" data-token-name={t.name}>
                    <td className="px-4 py-2.5">
                      <span className="font-medium text-stone-900">{t.name}</span>
                      <div className="font-mono text-xs text-stone-500">{t.prefix}…</div>
                    </td>
                    <td className="px-4 py-2.5 text-stone-700">{m.tokens.scopes[t.scope]}</td>
                    <td className="hidden px-4 py-2.5 text-stone-700 sm:table-cell">{formatDate(t.createdAt)}</td>
                    <td className="px-4 py-2.5 text-stone-700" data-testid="last-used">
                      {t.lastUsedAt ? formatDate(t.lastUsedAt) : m.tokens.never}
                    </td>
                    <td className="px-4 py-2.5">
                      {t.revokedAt ? (
                        <span className="text-stone-500">{m.tokens.revoked}</span>
                      ) : (
                        <span className="inline-flex items-center gap-2">
                          <span className="text-emerald-700">{m.tokens.active}</span>
                          <RevokeTokenButton workspaceId={workspaceId} tokenId={t.id} name={t.name} />
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </section>
    </div>
  );
}
