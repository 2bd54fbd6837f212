"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { deleteWebhook, sendTestWebhook } from "@/lib/actions/webhooks";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

export function WebhookControls({ workspaceId, webhookId, url }: { workspaceId: string; webhookId: string; url: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const w = m.settings.webhooks;
  const [pending, setPending] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  async function test() {
    setPending(true);
    const res = await sendTestWebhook({ workspaceId, webhookId });
    setPending(false);
    setNote(res.ok ? w.testQueued : res.error.message);
    // The delivery takes a moment; show its outcome once it has one.
    setTimeout(() => router.refresh(), 1500);
  }

  async function remove() {
    if (!window.confirm(fmt(w.confirmRemove, { url }))) return;
    setPending(true);
    const res = await deleteWebhook({ workspaceId, webhookId });
    setPending(false);
    if (!res.ok) return setNote(res.error.message);
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" disabled={pending} onClick={test}>
        {w.sendTest}
      </Button>
      <Button type="button" variant="secondary" onClick={() => router.refresh()}>
        {w.refresh}
      </Button>
      <Button type="button" variant="danger" disabled={pending} onClick={remove}>
        {w.remove}
      </Button>
      {note ? (
        <span role="status" className="text-sm text-stone-600">
          {note}
        </span>
      ) : null}
    </div>
  );
}
