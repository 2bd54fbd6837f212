"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useActionState } from "react";
import { signInWithPassword, signUpWithPassword } from "@/lib/actions/auth";
import { safeNext } from "@/lib/actions/auth.schema";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/input";
import { Alert } from "@/components/ui/alert";
import { useI18n } from "@/lib/i18n/client";

/**
 * The form posts to a server action (React renders method="POST" for one; setting it ourselves
 * only earns a warning): before
 * hydration, with JavaScript off or on a slow network it still signs in, and the password never
 * ends up in the address bar or a server log as a GET query would put it.
 */
export function AuthForm({ mode }: { mode: "sign-in" | "sign-up" }) {
  const next = safeNext(useSearchParams().get("next"));
  const signUp = mode === "sign-up";
  const [state, formAction, pending] = useActionState(signUp ? signUpWithPassword : signInWithPassword, null);
  const { m } = useI18n();
  const error = state && !state.ok ? state.error.message || m.auth.failed : null;

  return (
    <Card className="p-6">
      <h1 className="mb-4 text-lg font-semibold">{signUp ? m.auth.createTitle : m.auth.signIn}</h1>
      <form action={formAction} className="space-y-4">
        {next ? <input type="hidden" name="next" value={next} /> : null}
        {signUp ? (
          <Field label={m.auth.name} htmlFor="name">
            <Input id="name" name="name" autoComplete="name" required maxLength={80} />
          </Field>
        ) : null}
        <Field label={m.auth.email} htmlFor="email">
          <Input id="email" name="email" type="email" autoComplete="email" required maxLength={254} />
        </Field>
        <Field label={m.auth.password} htmlFor="password" hint={signUp ? m.auth.passwordHint : undefined}>
          <Input id="password" name="password" type="password" autoComplete={signUp ? "new-password" : "current-password"} minLength={8} maxLength={128} required />
        </Field>
        {error ? <Alert>{error}</Alert> : null}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? m.auth.wait : signUp ? m.auth.signUp : m.auth.signIn}
        </Button>
      </form>
      <p className="mt-4 text-center text-sm text-stone-600">
        {signUp ? m.auth.haveAccount : m.auth.newHere}
        <Link
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
          href={`${signUp ? "/sign-in" : "/sign-up"}${next ? `?next=${encodeURIComponent(next)}` : ""}`}
        >
          {signUp ? m.auth.signIn : m.auth.createLink}
        </Link>
      </p>
    </Card>
  );
}
