import { requirePageMember } from "@/lib/auth/page-guards";
import { listLibraryQuestions } from "@/lib/db/library-questions";
import { listCollections } from "@/lib/db/collections";
import { getMessages } from "@/lib/i18n/server";
import { AskPanel } from "../d/[documentId]/_components/ask-panel";
import { CollectionSelect } from "../_components/collection-select";

export const dynamic = "force-dynamic";

/** Ask the library: every document of the workspace, or one collection's (?collection=). */
export default async function LibraryAskPage({ params, searchParams }: { params: Promise<{ workspaceId: string }>; searchParams: Promise<{ collection?: string | string[] }> }) {
  const { workspaceId } = await params;
  await requirePageMember(workspaceId);
  const { m, locale } = await getMessages();
  const [history, collections] = await Promise.all([listLibraryQuestions(workspaceId), listCollections(workspaceId)]);
  const wanted = (await searchParams).collection;
  const collection = collections.find((c) => c.id === wanted);
  const suggestions = locale === "zh" ? ["最近的会议做了哪些决定？", "谁负责哪些待办事项？"] : ["What was decided in recent meetings?", "Who owns which action items?"];
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-xl font-semibold">
        {m.ask.libraryTitle}
        {collection ? ` · ${collection.name}` : ""}
      </h1>
      {collections.length ? (
        <form action={`/w/${workspaceId}/ask`} className="flex items-center gap-2 text-sm">
          <CollectionSelect collections={collections} value={collection?.id} label={m.learning.collections.scope} allLabel={m.learning.collections.all} autoSubmit />
        </form>
      ) : null}
      <AskPanel key={collection?.id ?? "all"} workspaceId={workspaceId} collectionId={collection?.id} history={history} suggestions={suggestions} labels={{}} />
    </div>
  );
}
