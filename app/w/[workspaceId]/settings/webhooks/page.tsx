import { Card } from "@/components/ui/card";
import { requirePageMember } from "@/lib/auth/page-guards";
import { listDeliveries, listWebhooks } from "@/lib/db/webhooks";
import { formatDate } from "@/lib/format";
import { fmt } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/server";
import { WebhookControls } from "../_components/webhook-controls";
import { WebhookForm } from "../_components/webhook-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Webhooks" };

const TONE: Record<string, string> = { delivered: "text-emerald-700", failed: "text-red-700", pending: "text-stone-600" };

export default async function WebhooksPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  await requirePageMember(workspaceId, "admin");
  const { m } = await getMessages();
  const w = m.settings.webhooks;
  const hooks = await listWebhooks(workspaceId);
  const logs = await Promise.all(hooks.map((h) => listDeliveries(workspaceId, h.id)));
  return (
    <div className="space-y-8">
      <section aria-labelledby="webhooks-heading" className="space-y-3">
        <h2 id="webhooks-heading" className="text-base font-semibold">
          {w.title}
        </h2>
        <p className="text-sm text-stone-600">{w.intro}</p>
        <Card className="p-4">
          <WebhookForm workspaceId={workspaceId} />
        </Card>
      </section>
      {hooks.length === 0 ? <p className="text-sm text-stone-600">{w.none}</p> : null}
      {hooks.map((h, i) => (
        <section key={h.id} aria-label={h.url} className="space-y-3" data-webhook={h.id}>
          <Card className="space-y-3 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="break-all font-mono text-sm font-medium text-stone-900">{h.url}</span>
              <span className="text-xs text-stone-500">{formatDate(h.createdAt)}</span>
            </div>
            <p className="font-mono text-xs text-stone-600">{h.events.join(" · ")}</p>
            <WebhookControls workspaceId={workspaceId} webhookId={h.id} url={h.url} />
            <h3 className="text-sm font-semibold">{w.deliveries}</h3>
            {logs[i].length === 0 ? (
              <p className="text-sm text-stone-600">{w.noDeliveries}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm" aria-label={w.deliveries}>
                  <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600">
                    <tr>
                      {(["when", "event", "status", "code", "duration", "attempts", "error"] as const).map((c) => (
                        <th key={c} className="px-2 py-1.5 font-medium">
                          {w.columns[c]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {logs[i].map((d) => (
                      <tr key={d.id} className="border-b border-stone-100 last:border-0" data-status={d.status}>
                        <td className="whitespace-nowrap px-2 py-1.5 text-stone-600">{formatDate(d.createdAt)}</td>
                        <td className="px-2 py-1.5 font-mono text-xs">{d.event}</td>
                        <td className={`px-2 py-1.5 ${TONE[d.status] ?? ""}`}>{(w.status as Record<string, string>)[d.status] ?? d.status}</td>
                        <td className="px-2 py-1.5">{d.statusCode ?? "—"}</td>
                        <td className="px-2 py-1.5">{d.durationMs != null ? fmt(w.ms, { ms: d.durationMs }) : "—"}</td>
                        <td className="px-2 py-1.5">{d.attempts}</td>
                        <td className="max-w-xs truncate px-2 py-1.5 text-stone-600" title={d.error ?? undefined}>
                          {d.error ?? ""}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </section>
      ))}
    </div>
  );
}
