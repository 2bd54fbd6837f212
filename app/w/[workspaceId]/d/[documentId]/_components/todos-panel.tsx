"use client";
import { useRouter } from "next/navigation";
import { useId, useOptimistic, useState, useTransition } from "react";
import { carryOverTodos, createTodo, updateTodo } from "@/lib/actions/todos";
import type { ActionResult } from "@/lib/actions/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { CitationLinks } from "./citation-link";
import { select, TodoForm } from "./todo-form";
import type { MemberOption, TodoItem, TodoStatusValue } from "./todo-types";

export type { MemberOption, TodoItem, TodoStatusValue };

export interface EarlierMeeting {
  id: string;
  title: string;
  openCount: number;
}
export interface TodosPanelProps {
  workspaceId: string;
  documentId: string;
  canEdit: boolean;
  todos: TodoItem[];
  members: MemberOption[];
  /** Citation labels by segment index, as the minutes panel gets them. */
  labels: Record<number, string>;
  earlierMeetings: EarlierMeeting[];
}

export function isOverdue(due: string | null, status: string): boolean {
  return !!due && status === "open" && due.slice(0, 10) < new Date().toLocaleDateString("sv");
}

export function TodosPanel({ workspaceId, documentId, canEdit, todos, members, labels, earlierMeetings }: TodosPanelProps) {
  const { m } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(todos, (state, p: { id: string; status: TodoStatusValue }) => state.map((t) => (t.id === p.id ? { ...t, status: p.status } : t)));

  /** Runs an action, shows its error, and re-renders the server page so every panel agrees. */
  function run<T>(action: () => Promise<ActionResult<T>>, onOk?: (data: T) => void, optimistic?: () => void) {
    setError(null);
    setNotice(null);
    startTransition(async () => {
      optimistic?.();
      const res = await action();
      if (res.ok) onOk?.(res.data);
      else setError(res.error.message);
      router.refresh();
    });
  }

  const setStatus = (id: string, status: TodoStatusValue) =>
    run(
      () => updateTodo({ workspaceId, todoId: id, status }),
      undefined,
      () => setShown({ id, status }),
    );
  const unverifiedText = { label: m.doc.unverified, hint: m.doc.unverifiedHint };

  return (
    <section className="space-y-4" aria-labelledby="todos-title" aria-busy={pending}>
      <h2 id="todos-title" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        {m.todos.title}
      </h2>
      {error ? <Alert>{error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {!canEdit ? <p className="text-xs text-stone-600">{m.todos.readOnly}</p> : null}
      {shown.length === 0 ? (
        <p className="text-sm text-stone-600">{m.todos.none}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" aria-label={m.todos.title}>
          {shown.map((t) =>
            editing === t.id ? (
              <li key={t.id} className="p-3" data-testid="todo">
                <TodoForm
                  todo={t}
                  members={members}
                  labels={labels}
                  onCancel={() => setEditing(null)}
                  onSubmit={(fields) =>
                    run(
                      () => updateTodo({ workspaceId, todoId: t.id, ...fields }),
                      () => setEditing(null),
                    )
                  }
                />
              </li>
            ) : (
              <li key={t.id} className="flex items-start gap-3 p-3" data-testid="todo">
                <input
                  type="checkbox"
                  className="mt-1 size-4 accent-brand-600"
                  checked={t.status === "done"}
                  disabled={!canEdit}
                  aria-label={t.status === "done" ? `${m.todos.reopen}: ${t.text}` : `${m.todos.markDone}: ${t.text}`}
                  onChange={(e) => setStatus(t.id, e.target.checked ? "done" : "open")}
                />
                <div className="min-w-0 flex-1 text-sm">
                  <p className={t.status === "open" ? "text-stone-900" : "text-stone-500 line-through"}>
                    {t.text}
                    <CitationLinks citations={t.citations} labels={labels} unverified={!t.verified} unverifiedText={unverifiedText} />
                  </p>
                  <TodoMeta todo={t} />
                </div>
                {canEdit ? (
                  <Button variant="ghost" onClick={() => setEditing(t.id)} aria-label={`${m.todos.edit}: ${t.text}`}>
                    {m.todos.edit}
                  </Button>
                ) : null}
              </li>
            ),
          )}
        </ul>
      )}
      {canEdit ? (
        <>
          <AddTodo onAdd={(fields, done) => run(() => createTodo({ workspaceId, documentId, ...fields }), done)} />
          <CarryOver
            meetings={earlierMeetings}
            onCarry={(fromDocumentId) =>
              run(
                () => carryOverTodos({ workspaceId, documentId, fromDocumentId }),
                (d) => setNotice(fmt(m.todos.carried, { n: d.count })),
              )
            }
          />
        </>
      ) : null}
    </section>
  );
}

function TodoMeta({ todo: t }: { todo: TodoItem }) {
  const { m } = useI18n();
  const chip = "rounded bg-stone-100 px-1.5 py-0.5";
  return (
    <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-stone-600">
      {t.owner ? <span className={chip}>{t.owner}</span> : null}
      {t.assignee ? (
        <span className={chip} title={m.todos.assignee}>
          @{t.assignee.name}
        </span>
      ) : null}
      {t.due || t.dueText ? (
        <span suppressHydrationWarning>
          {m.todos.due} {t.due?.replace("T", " ") ?? t.dueText}
          {isOverdue(t.due, t.status) ? <span className="ml-1 font-medium text-red-700">{m.todos.overdue}</span> : null}
        </span>
      ) : null}
      {t.status !== "open" ? <span className={chip}>{m.todos[t.status]}</span> : null}
      {t.confidence < 0.6 ? (
        <span className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-900" title={m.todos.lowConfidence}>
          {fmt(m.todos.confidence, { n: Math.round(t.confidence * 100) })}
        </span>
      ) : null}
      {t.carriedFrom ? <span>{fmt(m.todos.carriedFrom, { title: t.carriedFrom.title })}</span> : null}
      {t.editedAt ? (
        <span
          className="rounded bg-sky-50 px-1.5 py-0.5 font-medium text-sky-900"
          title={t.editedBy ? fmt(m.minutes.editedBy, { name: t.editedBy }) : undefined}
          data-testid="edited-mark"
        >
          {m.minutes.edited}
        </span>
      ) : null}
    </p>
  );
}

function AddTodo({ onAdd }: { onAdd: (f: { text: string; owner: string; due: string }, done: () => void) => void }) {
  const { m } = useI18n();
  const id = useId();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={m.todos.add}
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const f = new FormData(form);
        onAdd({ text: String(f.get("text") ?? ""), owner: String(f.get("owner") ?? ""), due: String(f.get("due") ?? "") }, () => form.reset());
      }}
    >
      <div className="min-w-48 flex-1">
        <Field label={m.todos.newText} htmlFor={`${id}-text`}>
          <Input id={`${id}-text`} name="text" required maxLength={2000} />
        </Field>
      </div>
      <div className="w-36">
        <Field label={m.todos.owner} htmlFor={`${id}-owner`}>
          <Input id={`${id}-owner`} name="owner" maxLength={200} />
        </Field>
      </div>
      <div className="w-40">
        <Field label={m.todos.due} htmlFor={`${id}-due`}>
          <Input id={`${id}-due`} name="due" type="date" />
        </Field>
      </div>
      <Button type="submit" variant="secondary">
        {m.todos.add}
      </Button>
    </form>
  );
}

function CarryOver({ meetings, onCarry }: { meetings: EarlierMeeting[]; onCarry: (fromDocumentId: string) => void }) {
  const { m } = useI18n();
  const id = useId();
  const [from, setFrom] = useState(meetings[0]?.id ?? "");
  const chosen = meetings.some((x) => x.id === from) ? from : (meetings[0]?.id ?? "");
  return (
    <div className="space-y-2 rounded-lg border border-dashed border-stone-300 p-3">
      <h3 className="text-sm font-medium text-stone-800">{m.todos.carryOver}</h3>
      {meetings.length === 0 ? (
        <p className="text-sm text-stone-600">{m.todos.noEarlier}</p>
      ) : (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1">
            <Field label={m.todos.carryFrom} htmlFor={id}>
              <select id={id} value={chosen} onChange={(e) => setFrom(e.target.value)} className={select}>
                {meetings.map((x) => (
                  <option key={x.id} value={x.id}>
                    {fmt(m.todos.openCount, { title: x.title, n: x.openCount })}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Button type="button" variant="secondary" onClick={() => onCarry(chosen)}>
            {m.todos.carry}
          </Button>
        </div>
      )}
    </div>
  );
}
