import { z } from "zod";
import { Card } from "@/components/ui/card";
import { queryDate, stringParams } from "@/lib/actions/common.schema";
import { requirePageMember } from "@/lib/auth/page-guards";
import { AUDIT_ACTIONS, listAuditActors, listAuditEvents, type AuditFilters } from "@/lib/db/audit";
import { formatDate } from "@/lib/format";
import { fmt } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/server";
import { AuditFilterForm } from "../_components/audit-filters";

export const dynamic = "force-dynamic";
export const metadata = { title: "Audit log" };

/** Malformed filters are dropped (the filter is off), like the library's: a hand-edited URL still shows the page. */
const QuerySchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: z.string().uuid().optional().catch(undefined),
  from: queryDate,
  to: queryDate,
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** A short, readable line from an event's detail: titles, roles, formats; ids stay out of the way. */
function describe(detail: unknown): string {
  if (!detail || typeof detail !== "object") return "";
  return Object.entries(detail as Record<string, unknown>)
    .filter(([k, v]) => v !== null && v !== undefined && v !== "" && !k.endsWith("Id"))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
    .join(" · ");
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceId } = await params;
  await requirePageMember(workspaceId, "admin");
  const { m } = await getMessages();
  const q = QuerySchema.parse(stringParams(await searchParams));
  const filters: AuditFilters = { action: q.action, actorUserId: q.actor, from: q.from, to: q.to, page: q.page, pageSize: 50 };
  const [log, actors] = await Promise.all([listAuditEvents(workspaceId, filters), listAuditActors(workspaceId)]);
  const pages = Math.max(1, Math.ceil(log.total / log.pageSize));
  const pageHref = (page: number) => {
    const sp = new URLSearchParams(Object.entries({ action: q.action, actor: q.actor, from: q.from, to: q.to }).filter((e): e is [string, string] => !!e[1]));
    sp.set("page", String(page));
    return `?${sp}`;
  };
  const t = m.settings.audit;
  return (
    <section aria-labelledby="audit-heading" className="space-y-4">
      <h2 id="audit-heading" className="text-base font-semibold">
        {t.title}
      </h2>
      <p className="text-sm text-stone-600">{t.intro}</p>
      <AuditFilterForm m={m} actions={[...AUDIT_ACTIONS]} actors={actors} values={{ action: q.action, actor: q.actor, from: q.from, to: q.to }} />
      <p className="text-sm text-stone-600">{fmt(t.total, { n: log.total })}</p>
      <Card>
        {log.entries.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-stone-600">{t.empty}</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label={t.title}>
            <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th className="px-4 py-2 font-medium">{t.columns.when}</th>
                <th className="px-4 py-2 font-medium">{t.columns.who}</th>
                <th className="px-4 py-2 font-medium">{t.columns.action}</th>
                <th className="px-4 py-2 font-medium">{t.columns.target}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((e) => (
                <tr key={e.id} className="border-b border-stone-100 last:border-0" data-action={e.action}>
                  <td className="whitespace-nowrap px-4 py-2 text-stone-600">{formatDate(e.createdAt)}</td>
                  <td className="px-4 py-2" title={e.actor?.email}>
                    {e.actor?.name ?? t.system}
                  </td>
                  <td className="px-4 py-2">{(t.actions as Record<string, string>)[e.action] ?? e.action}</td>
                  <td className="px-4 py-2 text-stone-700">{describe(e.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {pages > 1 ? (
        <nav className="flex items-center gap-3 text-sm" aria-label={fmt(t.page, { page: log.page, pages })}>
          {log.page > 1 ? (
            <a href={pageHref(log.page - 1)} className="hover:underline">
              {t.newer}
            </a>
          ) : null}
          <span className="text-stone-600">{fmt(t.page, { page: log.page, pages })}</span>
          {log.page < pages ? (
            <a href={pageHref(log.page + 1)} className="hover:underline">
              {t.older}
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
