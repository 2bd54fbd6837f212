"use client";
import { useEffect, useRef } from "react";

const SEEK_EVENT = "jiyao:seek";

/** Asks the page's recording player (if there is one) to play from `ms` on the recording's clock. */
export function seekRecording(ms: number) {
  window.dispatchEvent(new CustomEvent<number>(SEEK_EVENT, { detail: ms }));
}

/**
 * The kept original of a recording, played from the server with Range requests (seeking reads only
 * what it needs). Clicking a transcript line, or a citation (citation-link.tsx), plays from that
 * line's start; clicks on controls inside a line and text selections are left alone.
 */
export function RecordingPlayer({ src, video, label, hint }: { src: string; video: boolean; label: string; hint: string }) {
  const ref = useRef<HTMLMediaElement | null>(null);
  useEffect(() => {
    const play = (ms: number) => {
      const el = ref.current;
      if (!el || !Number.isFinite(ms)) return;
      el.currentTime = ms / 1000;
      // A browser may refuse to start sound (autoplay rules); the position is set either way.
      void el.play().catch(() => {});
    };
    const onSeek = (e: Event) => play((e as CustomEvent<number>).detail);
    const onClick = (e: MouseEvent) => {
      const target = e.target as HTMLElement | null;
      if (!target || target.closest("a, button, input, textarea, select, label, [contenteditable=true]")) return;
      if (window.getSelection()?.toString()) return;
      const line = target.closest<HTMLElement>("[data-segment][data-start-ms]");
      if (line?.closest("[data-testid=transcript-column]")) play(Number(line.dataset.startMs));
    };
    window.addEventListener(SEEK_EVENT, onSeek);
    document.addEventListener("click", onClick);
    return () => {
      window.removeEventListener(SEEK_EVENT, onSeek);
      document.removeEventListener("click", onClick);
    };
  }, []);
  const common = { src, controls: true, preload: "metadata" as const, "aria-label": label, "data-testid": "recording-player" };
  return (
    <figure className="mb-3 space-y-1">
      {video ? (
        <video ref={(el) => void (ref.current = el)} {...common} playsInline className="max-h-64 w-full rounded bg-black" />
      ) : (
        <audio ref={(el) => void (ref.current = el)} {...common} className="w-full" />
      )}
      <figcaption className="text-xs text-stone-500">{hint}</figcaption>
    </figure>
  );
}
