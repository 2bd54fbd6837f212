"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the server page while `active`, so background progress shows without reload: quickly
 * at first (most documents are done within a second or two), then backing off to every `maxMs`.
 */
export function AutoRefresh({ active, minMs = 300, maxMs = 1500 }: { active: boolean; minMs?: number; maxMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    let delay = minMs;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      router.refresh();
      delay = Math.min(maxMs, Math.round(delay * 1.5));
      timer = setTimeout(tick, delay);
    };
    timer = setTimeout(tick, delay);
    return () => clearTimeout(timer);
  }, [active, minMs, maxMs, router]);
  return null;
}
