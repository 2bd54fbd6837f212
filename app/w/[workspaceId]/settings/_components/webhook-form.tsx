"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { WEBHOOK_EVENT_NAMES } from "@/lib/actions/webhooks.schema";
import { createWebhook } from "@/lib/actions/webhooks";
import { useI18n } from "@/lib/i18n/client";

/** The secret comes back once and lives only in this component's state. */
export function WebhookForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const w = m.settings.webhooks;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    setPending(true);
    setError(null);
    setCopied(false);
    const res = await createWebhook({ workspaceId, url: String(fd.get("url") ?? ""), events: fd.getAll("events").map(String) });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    setSecret(res.data.secret);
    form.reset();
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3" aria-label={w.add}>
        <Field label={w.url} htmlFor="webhook-url">
          <Input id="webhook-url" name="url" type="url" required maxLength={2000} autoComplete="off" />
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-stone-700">{w.events}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {WEBHOOK_EVENT_NAMES.map((ev) => (
              <label key={ev} className="flex items-center gap-1.5 font-mono text-sm text-stone-800">
                <input type="checkbox" name="events" value={ev} defaultChecked /> {ev}
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? m.auth.wait : w.add}
        </Button>
      </form>
      {error ? <Alert>{error}</Alert> : null}
      {secret ? (
        <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3">
          <Field label={w.secretTitle} htmlFor="webhook-secret" hint={w.secretOnce}>
            <div className="flex gap-2">
              <Input id="webhook-secret" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  navigator.clipboard.writeText(secret).then(
                    () => setCopied(true),
                    () => document.getElementById("webhook-secret")?.focus(),
                  )
                }
              >
                {copied ? w.copied : w.copy}
              </Button>
            </div>
          </Field>
        </div>
      ) : null}
    </div>
  );
}
