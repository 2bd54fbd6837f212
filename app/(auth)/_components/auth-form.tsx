"use client";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth/auth-client";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/input";
import { Alert } from "@/components/ui/alert";
import { useI18n } from "@/lib/i18n/client";

/** Where to go after signing in: only a path on this site, so a crafted link cannot send people elsewhere. */
function safeNext(raw: string | null): string | null {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f]/.test(raw)) return null;
  return raw;
}

export function AuthForm({ mode }: { mode: "sign-in" | "sign-up" }) {
  const router = useRouter();
  const next = safeNext(useSearchParams().get("next"));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const signUp = mode === "sign-up";
  const { m } = useI18n();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setPending(true);
    setError(null);
    const result = signUp
      ? await authClient.signUp.email({ email, password, name: String(form.get("name") ?? "").trim() || email.split("@")[0] })
      : await authClient.signIn.email({ email, password });
    setPending(false);
    if (result.error) {
      setError(result.error.message ?? m.auth.failed);
      return;
    }
    router.push(next ?? "/");
    router.refresh();
  }

  return (
    <Card className="p-6">
      <h1 className="mb-4 text-lg font-semibold">{signUp ? m.auth.createTitle : m.auth.signIn}</h1>
      <form onSubmit={onSubmit} className="space-y-4">
        {signUp ? (
          <Field label={m.auth.name} htmlFor="name">
            <Input id="name" name="name" autoComplete="name" required maxLength={80} />
          </Field>
        ) : null}
        <Field label={m.auth.email} htmlFor="email">
          <Input id="email" name="email" type="email" autoComplete="email" required />
        </Field>
        <Field label={m.auth.password} htmlFor="password" hint={signUp ? m.auth.passwordHint : undefined}>
          <Input
            id="password"
            name="password"
            type="password"
            autoComplete={signUp ? "new-password" : "current-password"}
            minLength={8}
            required
          />
        </Field>
        {error ? <Alert>{error}</Alert> : null}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? m.auth.wait : signUp ? m.auth.signUp : m.auth.signIn}
        </Button>
      </form>
      <p className="mt-4 text-center text-sm text-stone-600">
        {signUp ? m.auth.haveAccount : m.auth.newHere}
        <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href={`${signUp ? "/sign-in" : "/sign-up"}${next ? `?next=${encodeURIComponent(next)}` : ""}`}>
          {signUp ? m.auth.signIn : m.auth.createLink}
        </Link>
      </p>
    </Card>
  );
}
