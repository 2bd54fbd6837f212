"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createApiToken } from "@/lib/actions/api-tokens";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";

/** The token comes back from the server once and lives only in this component's state. */
export function CreateTokenForm({ workspaceId, canWrite }: { workspaceId: string; canWrite: boolean }) {
  const router = useRouter();
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    setPending(true);
    setError(null);
    setCopied(false);
    const res = await createApiToken({ workspaceId, name: String(fd.get("name") ?? ""), scope: fd.get("scope") });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    setToken(res.data.token);
    form.reset();
    router.refresh();
  }

  async function copy() {
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (http, permissions); the field stays selectable for a manual copy.
      document.getElementById("new-token")?.focus();
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <Field label={m.tokens.name} htmlFor="token-name">
          <Input id="token-name" name="name" required maxLength={100} placeholder={m.tokens.namePlaceholder} autoComplete="off" />
        </Field>
        <Field label={m.tokens.scope} htmlFor="token-scope">
          <select id="token-scope" name="scope" defaultValue={canWrite ? "write" : "read"} className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
            <option value="read">{m.tokens.scopes.read}</option>
            {canWrite ? <option value="write">{m.tokens.scopes.write}</option> : null}
          </select>
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? m.auth.wait : m.tokens.create}
        </Button>
      </form>
      {error ? <Alert>{error}</Alert> : null}
      {token ? (
        <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
          <Field label={m.tokens.created} htmlFor="new-token" hint={m.tokens.shownOnce}>
            <div className="flex gap-2">
              <Input id="new-token" readOnly value={token} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
              <Button type="button" variant="secondary" onClick={copy}>
                {copied ? m.tokens.copied : m.tokens.copy}
              </Button>
            </div>
          </Field>
        </div>
      ) : null}
    </div>
  );
}
