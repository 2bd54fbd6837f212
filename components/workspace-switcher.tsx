"use client";
import { useRouter } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";

export interface HeaderWorkspace {
  id: string;
  name: string;
}

export function WorkspaceSwitcher({ workspaces, current }: { workspaces: HeaderWorkspace[]; current?: string }) {
  const router = useRouter();
  const { m } = useI18n();
  return (
    <select
      aria-label={m.nav.workspace}
      className="max-w-56 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
      value={current ?? ""}
      onChange={(e) => router.push(e.target.value === "__new" ? "/workspaces/new" : `/w/${e.target.value}`)}
    >
      {current ? null : <option value="">{m.nav.chooseWorkspace}</option>}
      {workspaces.map((w) => (
        <option key={w.id} value={w.id}>
          {w.name}
        </option>
      ))}
      <option value="__new">{m.nav.newWorkspace}</option>
    </select>
  );
}
