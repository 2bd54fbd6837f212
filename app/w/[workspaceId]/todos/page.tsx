import Link from "next/link";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { queryText, stringParams } from "@/lib/actions/common.schema";
import { requirePageMember } from "@/lib/auth/page-guards";
import { TODO_STATUSES } from "@/lib/db/todos";
import { listTodoOwners, listWorkspaceTodos, type TodoView } from "@/lib/db/workspace-todos";
import { roleAtLeast } from "@/lib/db/workspaces";
import { getMessages } from "@/lib/i18n/server";
import { DoneToggle } from "./_components/done-toggle";

export const dynamic = "force-dynamic";

const FiltersSchema = z.object({
  view: z.enum(["mine", "open", "all"]).catch("mine"),
  status: z.enum(TODO_STATUSES).optional().catch(undefined),
  owner: queryText(200),
});

function isOverdue(due: string | null, status: string, today: string): boolean {
  return !!due && status === "open" && due.slice(0, 10) < today;
}

export default async function TodosPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspaceId } = await params;
  const ctx = await requirePageMember(workspaceId);
  const { m } = await getMessages();
  const raw = await searchParams;
  const f = FiltersSchema.parse(stringParams(raw));
  const view: TodoView = f.view;
  const [todos, owners] = await Promise.all([
    listWorkspaceTodos(workspaceId, { view, me: { id: ctx.user.id, name: ctx.user.name }, status: f.status, owner: f.owner }),
    listTodoOwners(workspaceId),
  ]);
  const canEdit = roleAtLeast(ctx.role, "member");
  const today = new Date().toISOString().slice(0, 10);
  const filtered = !!(f.status || f.owner);
  const views: { id: TodoView; label: string }[] = [
    { id: "mine", label: m.todos.mine },
    { id: "open", label: m.todos.allOpen },
    { id: "all", label: m.todos.all },
  ];
  const selectClass = "rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";
  const empty = filtered ? m.todos.noMatch : view === "mine" ? m.todos.noneMine : view === "open" ? m.todos.noneOpen : m.todos.noneAll;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{m.todos.title}</h1>
        {view === "mine" ? (
          <a href={`/w/${workspaceId}/todos/mine.ics`} download title={m.meetings.followups.myIcsHint} className="text-sm text-brand-700 hover:underline">
            {m.meetings.followups.myIcs}
          </a>
        ) : null}
      </div>
      <nav aria-label={m.todos.views} className="flex gap-1 border-b border-stone-200">
        {views.map((v) => (
          <Link
            key={v.id}
            href={`/w/${workspaceId}/todos?view=${v.id}`}
            aria-current={v.id === view ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${v.id === view ? "border-brand-600 text-brand-700" : "border-transparent text-stone-600 hover:text-stone-900"}`}
          >
            {v.label}
          </Link>
        ))}
      </nav>
      <form className="flex flex-wrap items-end gap-2 text-sm">
        <input type="hidden" name="view" value={view} />
        <select name="owner" defaultValue={f.owner ?? ""} aria-label={m.todos.filterOwner} className={selectClass}>
          <option value="">{m.todos.anyOwner}</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {view !== "open" ? (
          <select name="status" defaultValue={f.status ?? ""} aria-label={m.todos.status} className={selectClass}>
            <option value="">{m.todos.anyStatus}</option>
            {TODO_STATUSES.map((s) => (
              <option key={s} value={s}>
                {m.todos[s]}
              </option>
            ))}
          </select>
        ) : null}
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
          {m.todos.apply}
        </button>
        <Link href={`/w/${workspaceId}/todos?view=${view}`} className="px-2 py-1.5 text-stone-600 hover:underline">
          {m.todos.clear}
        </Link>
      </form>
      {!canEdit ? <p className="text-sm text-stone-600">{m.todos.readOnly}</p> : null}
      <Card>
        {todos.length === 0 ? (
          <p className="px-6 py-10 text-center text-sm text-stone-600">{empty}</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label={m.todos.title}>
            <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th className="w-10 px-4 py-2 font-medium">
                  <span className="sr-only">{m.todos.done}</span>
                </th>
                <th className="px-4 py-2 font-medium">{m.todos.text}</th>
                <th className="hidden px-4 py-2 font-medium sm:table-cell">{m.todos.owner}</th>
                <th className="hidden px-4 py-2 font-medium md:table-cell">{m.todos.due}</th>
                <th className="px-4 py-2 font-medium">{m.todos.fromDoc}</th>
              </tr>
            </thead>
            <tbody>
              {todos.map((t) => (
                <tr key={t.id} className="border-b border-stone-100 last:border-0 align-top hover:bg-stone-50" data-testid="todo-row">
                  <td className="px-4 py-2.5">
                    {canEdit ? (
                      <DoneToggle workspaceId={workspaceId} todoId={t.id} text={t.text} done={t.status === "done"} />
                    ) : (
                      <span className="text-xs text-stone-600">{m.todos[t.status]}</span>
                    )}
                  </td>
                  <td className="px-4 py-2.5">
                    <span className={t.status === "open" ? "text-stone-900" : "text-stone-500 line-through"}>{t.text}</span>
                    {t.status !== "open" ? <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{m.todos[t.status]}</span> : null}
                  </td>
                  <td className="hidden px-4 py-2.5 text-stone-700 sm:table-cell">
                    {t.owner ?? "—"}
                    {t.assignee ? <span className="ml-1 text-xs text-stone-500">@{t.assignee.name}</span> : null}
                  </td>
                  <td className="hidden px-4 py-2.5 text-stone-700 md:table-cell">
                    {t.due?.replace("T", " ") ?? t.dueText ?? "—"}
                    {isOverdue(t.due, t.status, today) ? <span className="ml-1 text-xs font-medium text-red-700">{m.todos.overdue}</span> : null}
                  </td>
                  <td className="px-4 py-2.5">
                    <Link href={`/w/${workspaceId}/d/${t.document.id}?tab=todos`} className="text-brand-700 hover:underline">
                      {t.document.title}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
