"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { KeptCitations } from "./kept-citations";
import type { MemberOption, TodoItem, TodoStatusValue } from "./todo-types";

const STATUSES: TodoStatusValue[] = ["open", "done", "dropped"];
export const select = "block w-full rounded-md border border-stone-300 bg-white px-2 py-2 text-sm";

export interface Fields {
  text: string;
  owner: string;
  assigneeId: string;
  due: string;
  status: TodoStatusValue;
  citations: number[];
}

/** Edits one to-do in place: wording, owner, member, due date and time, status, and which citations it keeps. */
export function TodoForm({
  todo,
  members,
  labels,
  onSubmit,
  onCancel,
}: {
  todo: TodoItem;
  members: MemberOption[];
  labels: Record<number, string>;
  onSubmit: (f: Fields) => void;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const id = useId();
  const [kept, setKept] = useState(todo.citations);
  const [date, time] = (todo.due ?? "").split("T");
  return (
    <form
      className="grid gap-2 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const get = (k: string) => String(f.get(k) ?? "");
        const due = get("date") ? `${get("date")}${get("time") ? `T${get("time")}` : ""}` : "";
        onSubmit({ text: get("text"), owner: get("owner"), assigneeId: get("assigneeId"), due, status: get("status") as TodoStatusValue, citations: kept });
      }}
    >
      <div className="sm:col-span-2">
        <Field label={m.todos.text} htmlFor={`${id}-text`}>
          <Input id={`${id}-text`} name="text" defaultValue={todo.text} required maxLength={2000} autoFocus />
        </Field>
      </div>
      <Field label={m.todos.owner} htmlFor={`${id}-owner`}>
        <Input id={`${id}-owner`} name="owner" defaultValue={todo.owner ?? ""} maxLength={200} />
      </Field>
      <Field label={m.todos.assignee} htmlFor={`${id}-member`}>
        <select id={`${id}-member`} name="assigneeId" defaultValue={todo.assigneeId ?? ""} className={select}>
          <option value="">{m.todos.unassigned}</option>
          {members.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </Field>
      <div className="flex gap-2">
        <div className="flex-1">
          <Field label={m.todos.due} htmlFor={`${id}-date`}>
            <Input id={`${id}-date`} type="date" name="date" defaultValue={date} />
          </Field>
        </div>
        <div className="w-28">
          <Field label={m.todos.time} htmlFor={`${id}-time`}>
            <Input id={`${id}-time`} type="time" name="time" defaultValue={time?.slice(0, 5) ?? ""} />
          </Field>
        </div>
      </div>
      <Field label={m.todos.status} htmlFor={`${id}-status`}>
        <select id={`${id}-status`} name="status" defaultValue={todo.status} className={select}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {m.todos[s]}
            </option>
          ))}
        </select>
      </Field>
      {todo.citations.length ? (
        <div className="sm:col-span-2">
          <KeptCitations kept={kept} labels={labels} onRemove={(c) => setKept((k) => k.filter((x) => x !== c))} />
        </div>
      ) : null}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit">{m.todos.save}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {m.todos.cancel}
        </Button>
      </div>
    </form>
  );
}
