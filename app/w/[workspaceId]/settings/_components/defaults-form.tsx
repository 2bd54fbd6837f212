"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { saveSettings } from "@/lib/actions/settings";
import { useI18n } from "@/lib/i18n/client";

const select = "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";

function useSave(workspaceId: string) {
  const router = useRouter();
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function save(input: Record<string, unknown>) {
    setPending(true);
    setMessage(null);
    const res = await saveSettings({ workspaceId, ...input });
    setPending(false);
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    setMessage({ tone: "success", text: m.settings.general.saved });
    router.refresh();
  }
  return { pending, message, save, m };
}

export function DefaultsForm({ workspaceId, engine, language }: { workspaceId: string; engine: "local" | "llm" | null; language: "zh" | "en" | null }) {
  const { pending, message, save, m } = useSave(workspaceId);
  const g = m.settings.general;
  return (
    <form
      aria-label={g.defaultsTitle}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        void save({ section: "defaults", defaultEngine: fd.get("defaultEngine"), defaultLanguage: fd.get("defaultLanguage") });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={g.defaultEngine} htmlFor="default-engine">
          <select id="default-engine" name="defaultEngine" defaultValue={engine ?? "auto"} className={select}>
            {(["auto", "local", "llm"] as const).map((v) => (
              <option key={v} value={v}>
                {g.engines[v]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={g.defaultLanguage} htmlFor="default-language" hint={g.defaultLanguageHint}>
          <select id="default-language" name="defaultLanguage" defaultValue={language ?? "auto"} className={select}>
            {(["auto", "zh", "en"] as const).map((v) => (
              <option key={v} value={v}>
                {g.languages[v]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? m.auth.wait : g.save}
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </form>
  );
}

export function RetentionForm({ workspaceId, days }: { workspaceId: string; days: number | null }) {
  const { pending, message, save, m } = useSave(workspaceId);
  const g = m.settings.general;
  const [forever, setForever] = useState(days === null);
  return (
    <form
      aria-label={g.retentionTitle}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        void save({ section: "retention", keepForever: forever, days: forever ? "" : String(fd.get("days") ?? "") });
      }}
    >
      <label className="flex items-center gap-2 text-sm text-stone-700">
        <input type="checkbox" checked={forever} onChange={(e) => setForever(e.currentTarget.checked)} /> {g.keepForever}
      </label>
      {forever ? null : (
        <div className="max-w-xs">
          <Field label={g.days} htmlFor="retention-days">
            <Input id="retention-days" name="days" type="number" min={1} max={36500} step={1} required defaultValue={days ?? 365} />
          </Field>
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? m.auth.wait : g.save}
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </form>
  );
}
