"use client";
import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { updateTodo } from "@/lib/actions/todos";
import { useI18n } from "@/lib/i18n/client";

/** The row's checkbox: flips at once, then the server list re-renders with the saved state. */
export function DoneToggle({ workspaceId, todoId, text, done }: { workspaceId: string; todoId: string; text: string; done: boolean }) {
  const { m } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [checked, setChecked] = useOptimistic(done);
  return (
    <span className="inline-flex items-center gap-2">
      <input
        type="checkbox"
        className="size-4 accent-brand-600"
        checked={checked}
        aria-busy={pending}
        aria-label={checked ? `${m.todos.reopen}: ${text}` : `${m.todos.markDone}: ${text}`}
        onChange={(e) => {
          const next = e.target.checked;
          setError(null);
          startTransition(async () => {
            setChecked(next);
            const res = await updateTodo({ workspaceId, todoId, status: next ? "done" : "open" });
            if (!res.ok) setError(res.error.message);
            router.refresh();
          });
        }}
      />
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
