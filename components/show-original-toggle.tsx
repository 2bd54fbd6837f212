"use client";
import { useState } from "react";

/** Wraps a transcript whose words the glossary corrected: a switch shows what was recorded instead. */
export function ShowOriginalToggle({ label, children }: { label: string; children: React.ReactNode }) {
  const [on, setOn] = useState(false);
  return (
    <div className="group" data-show-original={on}>
      <label className="mb-2 flex items-center gap-2 text-xs text-stone-600">
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
        {label}
      </label>
      {children}
    </div>
  );
}
