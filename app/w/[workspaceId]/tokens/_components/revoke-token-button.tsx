"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { revokeApiToken } from "@/lib/actions/api-tokens";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

export function RevokeTokenButton({ workspaceId, tokenId, name }: { workspaceId: string; tokenId: string; name: string }) {
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
        aria-label={`${m.tokens.revoke} ${name}`}
        onClick={async () => {
          if (!window.confirm(fmt(m.tokens.confirmRevoke, { name }))) return;
          setPending(true);
          const res = await revokeApiToken({ workspaceId, tokenId });
          setPending(false);
          if (!res.ok) return setError(res.error.message);
          router.refresh();
        }}
      >
        {m.tokens.revoke}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
