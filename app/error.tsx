"use client";
import { useI18n } from "@/lib/i18n/client";

/** Any unexpected failure while rendering: say so plainly and offer a retry; details stay in the server log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { m } = useI18n();
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold">{m.errors.failedTitle}</h1>
      <p className="max-w-md text-sm text-stone-600">{m.errors.failed}</p>
      <button type="button" onClick={reset} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100">
        {m.errors.retry}
      </button>
    </main>
  );
}
