"use client";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/auth-client";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "./ui/button";

export function SignOutButton() {
  const router = useRouter();
  const { m } = useI18n();
  return (
    <Button
      variant="ghost"
      onClick={async () => {
        await authClient.signOut();
        router.push("/sign-in");
        router.refresh();
      }}
    >
      {m.auth.signOut}
    </Button>
  );
}
