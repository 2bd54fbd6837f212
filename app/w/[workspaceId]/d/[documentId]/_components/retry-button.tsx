"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { retryDocument } from "@/lib/actions/documents";
import { Button } from "@/components/ui/button";

export function RetryButton({ workspaceId, documentId }: { workspaceId: string; documentId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
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
        Retry
      </Button>
      {error ? <span className="text-sm text-red-700">{error}</span> : null}
    </span>
  );
}
