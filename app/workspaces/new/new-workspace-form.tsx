"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createWorkspace } from "@/lib/actions/workspaces";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";

export function NewWorkspaceForm() {
  const router = useRouter();
  const { m } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        const res = await createWorkspace({ name: String(new FormData(e.currentTarget).get("name") ?? "") });
        setPending(false);
        if (!res.ok) return setError(res.error.message);
        router.push(`/w/${res.data.id}`);
      }}
    >
      <Field label={m.workspace.name} htmlFor="ws-name">
        <Input id="ws-name" name="name" required maxLength={80} placeholder={m.workspace.namePlaceholder} />
      </Field>
      {error ? <Alert>{error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? m.workspace.creating : m.workspace.create}
      </Button>
    </form>
  );
}
