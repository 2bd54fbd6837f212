"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeRole, removeMember } from "@/lib/actions/members";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import type { Role } from "@/lib/db/types";
import { actionErrorText } from "./action-error";

/** Role change and removal for one member row; the server re-checks every rule, this only offers what may work. */
export function MemberControls({ workspaceId, userId, name, role, roles }: { workspaceId: string; userId: string; name: string; role: Role; roles: Role[] }) {
  const router = useRouter();
  const { m } = useI18n();
  const [selected, setSelected] = useState<Role>(role);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);

  async function run(call: () => ReturnType<typeof changeRole> | ReturnType<typeof removeMember>, ok: string) {
    setPending(true);
    setMessage(null);
    const res = await call();
    setPending(false);
    setMessage(res.ok ? { tone: "ok", text: ok } : { tone: "error", text: actionErrorText(m, res.error) });
    if (res.ok) router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <select
        aria-label={fmt(m.members.roleFor, { name })}
        value={selected}
        disabled={pending}
        onChange={(e) => setSelected(e.target.value as Role)}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {m.workspace.roles[r]}
          </option>
        ))}
      </select>
      <Button
        type="button"
        variant="secondary"
        className="px-2.5 py-1.5"
        disabled={pending || selected === role}
        onClick={() => run(() => changeRole({ workspaceId, userId, role: selected }), m.members.roleChanged)}
      >
        {m.members.change}
      </Button>
      <Button
        type="button"
        variant="ghost"
        className="px-2.5 py-1.5 text-red-700"
        disabled={pending}
        onClick={() => {
          if (window.confirm(fmt(m.members.confirmRemove, { name }))) void run(() => removeMember({ workspaceId, userId }), "");
        }}
      >
        {m.members.remove}
      </Button>
      {message?.text ? (
        <span role={message.tone === "error" ? "alert" : "status"} className={`text-xs ${message.tone === "error" ? "text-red-700" : "text-emerald-700"}`}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
