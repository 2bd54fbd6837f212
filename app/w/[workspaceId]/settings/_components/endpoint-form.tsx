"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { saveSettings, testConnection } from "@/lib/actions/settings";
import type { ProbeOutcome } from "@/lib/engine/probe";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import type { en } from "@/lib/i18n/messages/en";

type G = typeof en.settings.general;

function outcomeText(g: G, o: ProbeOutcome): string {
  if (o.ok && o.via === "completion") return fmt(g.testOkCompletion, { ms: o.ms });
  if (o.ok) return fmt(o.modelListed === true ? g.testOkListed : o.modelListed === false ? g.testNotListed : g.testOkModels, { ms: o.ms });
  if (o.reason === "http") return fmt(g.testHttp, { status: o.status, ms: o.ms });
  return o.reason === "timeout" ? g.testTimeout : g.testNetwork;
}

/**
 * The model or speech endpoint. The key field is always empty: the saved key never comes back to the
 * browser, only its last four characters ("set ••••1234").
 */
export function EndpointForm({
  workspaceId,
  section,
  saved,
}: {
  workspaceId: string;
  section: "model" | "speech";
  saved: { baseUrl: string | null; name: string | null; keyHint: string | null };
}) {
  const router = useRouter();
  const { m } = useI18n();
  const g = m.settings.general;
  const [pending, setPending] = useState<"save" | "test" | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success" | "info"; text: string } | null>(null);
  const id = (f: string) => `${section}-${f}`;
  const keyLabel = `${g.apiKey} (${saved.keyHint ? fmt(g.keySet, { hint: saved.keyHint }) : g.keyNotSet})`;

  function fields(form: HTMLFormElement) {
    const fd = new FormData(form);
    return { baseUrl: String(fd.get("baseUrl") ?? ""), name: String(fd.get("name") ?? ""), apiKey: String(fd.get("apiKey") ?? ""), clearKey: fd.get("clearKey") === "on" };
  }

  async function onSave(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setPending("save");
    setMessage(null);
    const res = await saveSettings({ workspaceId, section, ...fields(form) });
    setPending(null);
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    (form.elements.namedItem("apiKey") as HTMLInputElement).value = "";
    setMessage({ tone: "success", text: g.saved });
    router.refresh();
  }

  async function onTest(form: HTMLFormElement | null) {
    if (!form) return;
    const { baseUrl, name, apiKey } = fields(form);
    setPending("test");
    setMessage(null);
    const res = await testConnection({ workspaceId, target: section, baseUrl, name, apiKey });
    setPending(null);
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    setMessage({ tone: res.data.ok ? "success" : "error", text: outcomeText(g, res.data) });
  }

  return (
    <form onSubmit={onSave} className="space-y-3" aria-label={section === "model" ? g.modelTitle : g.speechTitle}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={g.baseUrl} htmlFor={id("url")} hint={g.baseUrlHint}>
          <Input id={id("url")} name="baseUrl" type="url" defaultValue={saved.baseUrl ?? ""} maxLength={500} autoComplete="off" />
        </Field>
        <Field label={section === "model" ? g.modelName : g.speechModel} htmlFor={id("name")}>
          <Input id={id("name")} name="name" defaultValue={saved.name ?? ""} maxLength={200} autoComplete="off" />
        </Field>
      </div>
      <Field label={keyLabel} htmlFor={id("key")} hint={g.keyHint}>
        <Input id={id("key")} name="apiKey" type="password" autoComplete="new-password" maxLength={1000} />
      </Field>
      {saved.keyHint ? (
        <label className="flex items-center gap-2 text-sm text-stone-700">
          <input type="checkbox" name="clearKey" /> {g.clearKey}
        </label>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending !== null}>
          {pending === "save" ? m.auth.wait : g.save}
        </Button>
        <Button type="button" variant="secondary" disabled={pending !== null} onClick={(e) => onTest(e.currentTarget.form)}>
          {pending === "test" ? g.testing : g.test}
        </Button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </form>
  );
}
