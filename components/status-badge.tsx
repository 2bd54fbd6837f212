import type { DocumentStatus } from "@/lib/db/types";
import type { Messages } from "@/lib/i18n/server";

const TONES: Record<DocumentStatus, string> = {
  uploaded: "bg-stone-100 text-stone-700",
  parsing: "bg-amber-100 text-amber-900",
  parsed: "bg-amber-100 text-amber-900",
  analyzing: "bg-amber-100 text-amber-900",
  ready: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
  live: "bg-rose-600 text-white",
};

/** A recording stopped only because no speech endpoint is configured is waiting, not broken: it says so. */
export function StatusBadge({ status, m, errorCode }: { status: DocumentStatus; m: Messages; errorCode?: string | null }) {
  if (status === "failed" && errorCode === "SPEECH_NOT_CONFIGURED") {
    return <span className="inline-flex rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900">{m.recordings.waiting}</span>;
  }
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>{m.status[status]}</span>;
}

/** Background work under way (the page refreshes itself); a live meeting updates over its own event stream. */
export function isBusy(status: DocumentStatus): boolean {
  return status !== "ready" && status !== "failed" && status !== "live";
}
