"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { retryDocument } from "@/lib/actions/documents";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export function RetryButton({ workspaceId, documentId }: { workspaceId: string; documentId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { m } = useI18n();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        onClick={async () => {
          const res = await retryDocument({ workspaceId, documentId });
          if (!res.ok) setError(res.error.message);
          router.refresh();
        }}
      >
        {m.doc.retry}
      </Button>
      {error ? <span className="text-sm text-red-700">{error}</span> : null}
    </span>
  );
}
