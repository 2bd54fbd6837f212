"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { setMyAliases } from "@/lib/actions/mentions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";

export function AliasesForm({ workspaceId, aliases }: { workspaceId: string; aliases: string[] }) {
  const router = useRouter();
  const { m } = useI18n();
  const t = m.meetings.mentions;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    setSaved(false);
    const res = await setMyAliases({ workspaceId, aliases: String(fd.get("aliases") ?? "") });
    setPending(false);
    if (!res.ok) return setError(res.error.message);
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
        <Field label={t.aliases} htmlFor="my-aliases" hint={t.aliasesHint}>
          <Input id="my-aliases" name="aliases" maxLength={1000} defaultValue={aliases.join(", ")} autoComplete="off" />
        </Field>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? m.auth.wait : t.save}
        </Button>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {saved ? (
        <p className="text-sm text-green-700" role="status">
          {t.saved}
        </p>
      ) : null}
    </form>
  );
}
