"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { acceptInvite } from "@/lib/actions/members";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export function JoinButton({ token }: { token: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {error ? <Alert>{error}</Alert> : null}
      <Button
        type="button"
        className="w-full"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError(null);
          const res = await acceptInvite({ token });
          if (!res.ok) {
            setPending(false);
            // A token that stopped working since the page loaded (used, revoked, expired) reads as an invalid invite.
            return setError(res.error.code === "NOT_FOUND" || res.error.code === "INVALID_INPUT" ? m.members.inviteInvalid : res.error.message);
          }
          router.push(`/w/${res.data.workspaceId}`);
          router.refresh();
        }}
      >
        {pending ? m.members.joining : m.members.accept}
      </Button>
    </div>
  );
}
