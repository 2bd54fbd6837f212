import Link from "next/link";
import { Card } from "@/components/ui/card";
import { searchText } from "@/lib/actions/common.schema";
import { requirePageMember } from "@/lib/auth/page-guards";
import { searchWorkspace, SEARCH_LIMIT } from "@/lib/db/search";
import type { SnippetPart } from "@/lib/text/snippet";
import { listCollections } from "@/lib/db/collections";
import { CollectionSelect } from "../_components/collection-select";
import { getMessages } from "@/lib/i18n/server";
import { fmt } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/** Highlighted text as React text nodes and <mark>: the snippet never becomes HTML. */
function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-900">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<{ q?: string | string[]; collection?: string | string[] }>;
}) {
  const { workspaceId } = await params;
  await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const sp = await searchParams;
  const q = searchText(sp.q);
  const collections = await listCollections(workspaceId);
  // An unknown or malformed collection id is no filter at all, like the library's other filters.
  const collectionId = collections.find((c) => c.id === sp.collection)?.id;
  const results = q ? await searchWorkspace(workspaceId, q, { collectionId }) : [];
  const hitCount = results.reduce((n, r) => n + Math.max(1, r.hits.length) + r.moreHits, 0);
  const shown = results.reduce((n, r) => n + Math.max(1, r.hits.length), 0);

  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold">{m.nav.search}</h1>
      <search>
        <form className="flex gap-2" action={`/w/${workspaceId}/search`}>
          <label htmlFor="search-q" className="sr-only">
            {m.search.label}
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={m.search.placeholder}
            maxLength={500}
            // biome-ignore lint/a11y/noAutofocus: an empty search page is opened to type a query
            autoFocus={!q}
            className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm placeholder:text-stone-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
          />
          {collections.length ? (
            <CollectionSelect collections={collections} value={collectionId} label={m.learning.collections.scope} allLabel={m.learning.collections.all} />
          ) : null}
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {m.search.button}
          </button>
        </form>
      </search>
      {!q ? (
        <p className="text-sm text-stone-600">{m.search.prompt}</p>
      ) : results.length === 0 ? (
        <Card className="px-6 py-10 text-center text-sm text-stone-600">{fmt(m.search.none, { q })}</Card>
      ) : (
        <>
          <p className="text-sm text-stone-600" role="status">
            {fmt(m.search.results, { n: hitCount })}
            {shown >= SEARCH_LIMIT ? ` · ${fmt(m.search.limited, { n: SEARCH_LIMIT })}` : ""}
          </p>
          <ol className="space-y-3" aria-label={fmt(m.search.results, { n: hitCount })}>
            {results.map((r) => {
              const doc = `/w/${workspaceId}/d/${r.documentId}`;
              return (
                <li key={r.documentId}>
                  <Card className="p-4">
                    <h2 className="font-medium">
                      <Link href={doc} className="text-stone-900 hover:text-brand-700 hover:underline">
                        <Highlighted parts={r.title} />
                      </Link>
                    </h2>
                    {r.hits.length === 0 ? (
                      <p className="mt-1 text-xs text-stone-500">{m.search.titleMatch}</p>
                    ) : (
                      <ul className="mt-2 space-y-1.5">
                        {r.hits.map((h) => (
                          <li key={h.index}>
                            <Link
                              href={`${doc}?tab=minutes#seg-${h.index}`}
                              className="block rounded-md px-2 py-1 text-sm leading-relaxed text-stone-800 hover:bg-stone-50"
                              data-testid="search-hit"
                            >
                              {h.speaker ? <span className="mr-2 font-medium text-stone-600">{h.speaker}</span> : null}
                              <Highlighted parts={h.snippet} />
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                    {r.moreHits > 0 ? <p className="mt-1 px-2 text-xs text-stone-500">{fmt(m.search.more, { n: r.moreHits })}</p> : null}
                  </Card>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
