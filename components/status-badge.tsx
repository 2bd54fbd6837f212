import type { DocumentStatus } from "@/lib/generated/prisma/enums";

const LABELS: Record<DocumentStatus, { text: string; className: string }> = {
  uploaded: { text: "Uploaded", className: "bg-stone-100 text-stone-700" },
  parsing: { text: "Processing", className: "bg-amber-100 text-amber-800" },
  parsed: { text: "Ready", className: "bg-emerald-100 text-emerald-800" },
  failed: { text: "Failed", className: "bg-red-100 text-red-800" },
};

export function StatusBadge({ status }: { status: DocumentStatus }) {
  const l = LABELS[status];
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${l.className}`}>{l.text}</span>;
}
