"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { revokeInvite } from "@/lib/actions/members";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { actionErrorText } from "./action-error";

export function RevokeButton({ workspaceId, invitationId }: { workspaceId: string; invitationId: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="ghost"
        className="px-2.5 py-1.5 text-red-700"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const res = await revokeInvite({ workspaceId, invitationId });
          setPending(false);
          if (!res.ok) return setError(actionErrorText(m, res.error));
          router.refresh();
        }}
      >
        {m.members.revoke}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
