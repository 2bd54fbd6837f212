"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { forEachBounded } from "@/lib/bounded";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { useUploads, type UploadRow } from "./uploads-context";

/** Files sent at once: enough to hide each request's latency, few enough not to swamp a small server. */
const PARALLEL_UPLOADS = 3;

function formatMb(n: number) {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
}

/**
 * The file as the raw body of the upload route, streamed by the browser (a server action would be
 * cut at the proxy's body limit and parsed as multipart on the server).
 */
async function sendFile(workspaceId: string, file: File): Promise<{ ok: boolean; status: number; id?: string; message?: string }> {
  const res = await fetch(`/api/w/${workspaceId}/documents`, {
    method: "POST",
    body: file,
    headers: { "Content-Type": file.type || "application/octet-stream", "X-File-Name": encodeURIComponent(file.name) },
  });
  const json = (await res.json().catch(() => null)) as { ok?: boolean; data?: { id: string }; error?: { message?: string } } | null;
  return { ok: res.ok && json?.ok === true, status: res.status, id: json?.data?.id, message: json?.error?.message };
}

/**
 * Drag-and-drop or pick several files; each is sent as its own request so each gets its own
 * result, a few at a time. Every file is listed in the library at once, and the list refreshes as
 * each one lands rather than after the whole batch.
 */
export function UploadZone({ workspaceId, maxBytes }: { workspaceId: string; maxBytes: number }) {
  const router = useRouter();
  const { m } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const { rows, setRows } = useUploads();
  const [over, setOver] = useState(false);

  const update = (key: string, patch: Partial<UploadRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  /** Checked here too so a person learns at once, without sending 2 GB first; the server checks again. */
  const refusal = (file: File) =>
    file.size === 0 ? m.upload.empty : file.size > maxBytes ? fmt(m.upload.tooLarge, { size: formatMb(file.size), limit: formatMb(maxBytes) }) : null;

  async function upload(files: File[]) {
    const batch = files.map((f, i) => ({ file: f, key: `${Date.now()}-${i}-${f.name}`, refused: refusal(f) }));
    setRows((rs) => [
      ...batch.map(({ file, key, refused }): UploadRow => ({ key, name: file.name, size: file.size, ...(refused ? { state: "error", message: refused } : { state: "waiting" }) })),
      ...rs,
    ]);
    await forEachBounded(
      batch.filter((b) => !b.refused),
      PARALLEL_UPLOADS,
      async ({ file, key }) => {
        update(key, { state: "uploading" });
        try {
          const res = await sendFile(workspaceId, file);
          update(key, res.ok ? { state: "done", id: res.id } : { state: "error", message: res.message ?? fmt(m.upload.failedStatus, { status: String(res.status) }) });
          if (res.ok) router.refresh();
        } catch {
          update(key, { state: "error", message: m.upload.offline });
        }
      },
    );
  }

  /** The input's files, sent once: the input is emptied so picking the same file again is a change. */
  function take(el: HTMLInputElement | null) {
    const files = [...(el?.files ?? [])];
    if (el) el.value = "";
    if (files.length) void upload(files);
  }

  // Files picked before the page hydrated (the native input works before React does, on a slow
  // connection or a busy machine) fired a change no handler heard: the input still holds them.
  // `ready` marks the input as React's from here on (the browser tests tell the two moments apart by it).
  const [ready, setReady] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only what was picked before mounting; later picks go through onChange
  useEffect(() => {
    take(input.current);
    setReady(true);
  }, []);

  return (
    <section aria-label={m.upload.region} className="space-y-3">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a pointer shortcut; the "choose files" button inside is the keyboard way */}
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void upload([...e.dataTransfer.files]);
        }}
        className={`flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-6 py-8 text-center transition-colors ${
          over ? "border-brand-500 bg-brand-50" : "border-stone-300 bg-white"
        }`}
      >
        <p className="text-sm text-stone-700">{m.upload.drop}</p>
        <p className="text-xs text-stone-600">{fmt(m.upload.formats, { size: formatMb(maxBytes) })}</p>
        <button
          type="button"
          onClick={() => input.current?.click()}
          className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
        >
          {m.upload.choose}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          className="sr-only"
          aria-label={m.upload.chooseLabel}
          data-testid="file-input"
          data-ready={ready || undefined}
          onChange={(e) => take(e.target)}
        />
      </div>
      {rows.length ? (
        <ul className="space-y-1 text-sm" aria-live="polite" data-testid="upload-results">
          {rows.map((r) => (
            <li key={r.key} className="flex items-start gap-2">
              <span className="font-medium">{r.name}</span>
              <span className={r.state === "error" ? "text-red-700" : r.state === "done" ? "text-emerald-700" : "text-stone-600"}>
                {r.state === "waiting" ? m.upload.waiting : r.state === "uploading" ? m.upload.uploading : r.state === "done" ? m.upload.done : r.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
