import { requirePageMember } from "@/lib/auth/page-guards";
import { listLibraryQuestions } from "@/lib/db/library-questions";
import { getMessages } from "@/lib/i18n/server";
import { AskPanel } from "../d/[documentId]/_components/ask-panel";

export const dynamic = "force-dynamic";

export default async function LibraryAskPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  await requirePageMember(workspaceId);
  const { m, locale } = await getMessages();
  const history = await listLibraryQuestions(workspaceId);
  const suggestions = locale === "zh" ? ["最近的会议做了哪些决定？", "谁负责哪些待办事项？"] : ["What was decided in recent meetings?", "Who owns which action items?"];
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-xl font-semibold">{m.ask.libraryTitle}</h1>
      <AskPanel workspaceId={workspaceId} history={history} suggestions={suggestions} labels={{}} />
    </div>
  );
}
