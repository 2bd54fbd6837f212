"use client";
import { useRouter } from "next/navigation";
import type { HeaderWorkspace } from "./app-header";

export function WorkspaceSwitcher({ workspaces, current }: { workspaces: HeaderWorkspace[]; current?: string }) {
  const router = useRouter();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">Workspace</span>
      <select
        aria-label="Workspace"
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
        value={current ?? ""}
        onChange={(e) => router.push(e.target.value === "__new" ? "/workspaces/new" : `/w/${e.target.value}`)}
      >
        {current ? null : <option value="">Choose a workspace…</option>}
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
        <option value="__new">+ New workspace…</option>
      </select>
    </label>
  );
}
