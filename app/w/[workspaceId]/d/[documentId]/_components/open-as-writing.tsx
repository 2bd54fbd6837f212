"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { copyDocumentToWriting } from "@/lib/actions/writings";
import { useI18n } from "@/lib/i18n/client";

/** Opens this document's text as an editable copy in the writing editor (the original is untouched). */
export function OpenAsWritingButton({ workspaceId, documentId }: { workspaceId: string; documentId: string }) {
  const router = useRouter();
  const { m } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onClick() {
    setPending(true);
    setError(null);
    const res = await copyDocumentToWriting({ workspaceId, documentId });
    if (!res.ok) {
      setPending(false);
      return setError(res.error.message);
    }
    router.push(`/w/${workspaceId}/writings/${res.data.id}`);
  }
  return (
    <span className="text-sm">
      <button type="button" className="text-brand-700 hover:underline disabled:text-stone-400" onClick={onClick} disabled={pending}>
        {pending ? m.writings.copy.opening : m.writings.copy.button}
      </button>
      {error ? (
        <span role="alert" className="ml-2 text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
