"use client";
import { createContext, useContext, useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { formatBytes } from "@/lib/format";

export type UploadRow = { key: string; name: string; size: number; state: "waiting" | "uploading" | "done" | "error"; message?: string; id?: string };

type Ctx = { rows: UploadRow[]; setRows: React.Dispatch<React.SetStateAction<UploadRow[]>> };
const UploadsContext = createContext<Ctx | null>(null);

/** Shares the files being uploaded between the drop zone and the library table, which lists them at once. */
export function UploadsProvider({ children }: { children: React.ReactNode }) {
  const [rows, setRows] = useState<UploadRow[]>([]);
  return <UploadsContext.Provider value={{ rows, setRows }}>{children}</UploadsContext.Provider>;
}

export function useUploads(): Ctx {
  const ctx = useContext(UploadsContext);
  if (!ctx) throw new Error("useUploads outside UploadsProvider");
  return ctx;
}

/** Files still on their way, and uploaded ones the server list does not show yet. */
function inFlight(rows: UploadRow[], knownIds: string[]): UploadRow[] {
  return rows.filter((r) => r.state === "waiting" || r.state === "uploading" || (r.state === "done" && r.id && !knownIds.includes(r.id)));
}

/** Table rows for the files in flight, above the documents the server already has. */
export function PendingUploadRows({ knownIds }: { knownIds: string[] }) {
  const { rows } = useUploads();
  const { m } = useI18n();
  return (
    <>
      {inFlight(rows, knownIds).map((r) => (
        <tr key={r.key} className="border-b border-stone-100 text-stone-600" data-testid="pending-upload">
          <td className="px-4 py-2.5">
            <span className="font-medium text-stone-900">{r.name}</span>
          </td>
          <td className="px-4 py-2.5">
            <span className="inline-flex rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">
              {r.state === "waiting" ? m.upload.waiting : r.state === "uploading" ? m.upload.uploading : m.upload.done}
            </span>
          </td>
          <td className="hidden px-4 py-2.5 md:table-cell">{formatBytes(r.size)}</td>
          <td className="hidden px-4 py-2.5 md:table-cell" />
        </tr>
      ))}
    </>
  );
}

/** The library's table: in-flight uploads first, then the documents the server rendered (children). */
export function LibraryTable({ knownIds, children }: { knownIds: string[]; children?: React.ReactNode }) {
  const { m } = useI18n();
  return (
    <table className="w-full text-left text-sm" aria-label={m.library.tableLabel}>
      <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600">
        <tr>
          <th className="px-4 py-2 font-medium">{m.library.columns.name}</th>
          <th className="px-4 py-2 font-medium">{m.library.columns.status}</th>
          <th className="hidden px-4 py-2 font-medium md:table-cell">{m.library.columns.size}</th>
          <th className="hidden px-4 py-2 font-medium md:table-cell">{m.library.columns.uploaded}</th>
        </tr>
      </thead>
      <tbody>
        <PendingUploadRows knownIds={knownIds} />
        {children}
      </tbody>
    </table>
  );
}

/** "No documents yet" only when nothing is on its way either; while files upload, their rows instead. */
export function EmptyLibrary({ message }: { message: string }) {
  const { rows } = useUploads();
  if (!inFlight(rows, []).length) return <div className="px-6 py-10 text-center text-sm text-stone-600">{message}</div>;
  return <LibraryTable knownIds={[]} />;
}
