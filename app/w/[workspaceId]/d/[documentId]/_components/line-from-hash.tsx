"use client";
import { useEffect } from "react";
import { showSegments } from "./citation-link";

/**
 * Opening the page at `#seg-N` (a search hit, a shared link to a line) highlights that line as a
 * clicked citation does. `:target` alone is not enough: client-side navigation never sets it.
 */
export function LineFromHash() {
  useEffect(() => {
    const show = () => {
      const m = /^#seg-(\d+)$/.exec(window.location.hash);
      if (m) showSegments([Number(m[1])]);
    };
    show();
    window.addEventListener("hashchange", show);
    return () => window.removeEventListener("hashchange", show);
  }, []);
  return null;
}
