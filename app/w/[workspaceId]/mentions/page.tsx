import Link from "next/link";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { stringParams } from "@/lib/actions/common.schema";
import { requirePageMember } from "@/lib/auth/page-guards";
import { getMyNames, listMentions, type MentionLine } from "@/lib/db/mentions";
import { formatClock } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";
import { AliasesForm } from "./_components/aliases-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Mentions" };

const ParamsSchema = z.object({ page: z.coerce.number().int().positive().max(100_000).catch(1).default(1) });

/** The line with the member's names marked. */
function Marked({ line }: { line: MentionLine }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  line.spans.forEach(([s, e], i) => {
    if (s > at) parts.push(line.text.slice(at, s));
    parts.push(
      <mark key={i} className="rounded bg-amber-100 px-0.5 text-stone-900">
        {line.text.slice(s, e)}
      </mark>,
    );
    at = e;
  });
  parts.push(line.text.slice(at));
  return <>{parts}</>;
}

export default async function MentionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m, locale } = await getMessages();
  const t = m.meetings.mentions;
  const { page } = ParamsSchema.parse(stringParams(await searchParams));
  const [names, result] = await Promise.all([getMyNames(workspaceId, ctx.user.id), listMentions(workspaceId, ctx.user.id, page)]);
  const pageHref = (p: number) => `/w/${workspaceId}/mentions?page=${p}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{t.title}</h1>
        <span className="text-sm text-stone-600">{fmt(t.count, { n: result.total })}</span>
      </div>
      <p className="max-w-3xl text-sm text-stone-600">{t.intro}</p>
      <Card className="space-y-3 p-4">
        <p className="text-sm text-stone-700">
          {t.names}:{" "}
          <span data-testid="mention-names" className="font-medium">
            {names.forms.join(locale === "zh" ? "、" : ", ")}
          </span>
        </p>
        <AliasesForm workspaceId={workspaceId} aliases={names.aliases} />
      </Card>
      <Card>
        {result.lines.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-stone-600">{t.none}</p>
        ) : (
          <ul className="divide-y divide-stone-100" aria-label={t.title}>
            {result.lines.map((l) => (
              <li key={`${l.documentId}-${l.index}`} className="px-4 py-3" data-testid="mention-line">
                <div className="flex flex-wrap items-baseline gap-x-3 text-xs text-stone-600">
                  <Link href={`/w/${workspaceId}/d/${l.documentId}`} className="font-medium text-brand-700 hover:underline">
                    {l.title}
                  </Link>
                  <span>{(l.meetingDate ?? l.createdAt).toISOString().slice(0, 10)}</span>
                  {l.startMs != null ? <span>{formatClock(l.startMs)}</span> : null}
                  {l.speaker ? <span>{l.speaker}</span> : null}
                </div>
                <Link
                  href={`/w/${workspaceId}/d/${l.documentId}?tab=minutes#seg-${l.index}`}
                  className="mt-1 block text-sm leading-relaxed text-stone-800 hover:underline"
                  title={t.open}
                >
                  <Marked line={l} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {result.pages > 1 ? (
        <nav className="flex items-center justify-between text-sm" aria-label={fmt(t.page, { page: result.page, pages: result.pages })}>
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)} className="text-brand-700 hover:underline">
              {t.previous}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-stone-600">{fmt(t.page, { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages ? (
            <Link href={pageHref(result.page + 1)} className="text-brand-700 hover:underline">
              {t.next}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
