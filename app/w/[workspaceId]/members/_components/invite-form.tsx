"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createInvite } from "@/lib/actions/members";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { formatDate } from "@/lib/format";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import type { Role } from "@/lib/db/types";
import { actionErrorText } from "./action-error";

/** The link comes back from the server once; it lives only in this component's state until the page is left. */
export function InviteForm({ workspaceId, roles }: { workspaceId: string; roles: Role[] }) {
  const router = useRouter();
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    setPending(true);
    setError(null);
    setCopied(false);
    const res = await createInvite({ workspaceId, role: fd.get("role"), email: String(fd.get("email") ?? "") });
    setPending(false);
    if (!res.ok) return setError(actionErrorText(m, res.error));
    setLink({ url: res.data.url, expiresAt: res.data.expiresAt });
    form.reset();
    router.refresh();
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (http, permissions); the field stays selectable for a manual copy.
      document.getElementById("invite-link")?.focus();
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
        <Field label={m.members.email} htmlFor="invite-email">
          <Input id="invite-email" name="email" type="email" autoComplete="off" maxLength={254} />
        </Field>
        <Field label={m.members.role} htmlFor="invite-role">
          <select id="invite-role" name="role" defaultValue="member" className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
            {roles.map((r) => (
              <option key={r} value={r}>
                {m.workspace.roles[r]}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? m.auth.wait : m.members.createInvite}
        </Button>
      </form>
      {error ? <Alert>{error}</Alert> : null}
      {link ? (
        <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
          <Field label={m.members.inviteLink} htmlFor="invite-link" hint={fmt(m.members.linkOnce, { date: formatDate(new Date(link.expiresAt)) })}>
            <div className="flex gap-2">
              <Input id="invite-link" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
              <Button type="button" variant="secondary" onClick={copy}>
                {copied ? m.members.copied : m.members.copy}
              </Button>
            </div>
          </Field>
        </div>
      ) : null}
    </div>
  );
}
