"use client";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";

export interface ExportMenuProps {
  workspaceId: string;
  documentId: string;
  /** Export this minutes version instead of the latest (the one shown with ?v=). */
  minutesVersion?: number;
  /** Export this slides version instead of the latest. */
  slidesVersion?: number;
}

const itemClass = "block w-full rounded px-3 py-1.5 text-left text-sm text-stone-800 hover:bg-stone-100 focus-visible:bg-stone-100";

/** Downloads are plain links to the export route handlers, so they work without JavaScript too; only printing needs it. */
export function ExportMenu({ workspaceId, documentId, minutesVersion, slidesVersion }: ExportMenuProps) {
  const { m } = useI18n();
  const menu = useRef<HTMLDetailsElement>(null);
  const base = `/w/${workspaceId}/d/${documentId}/export`;
  const href = (file: string, v?: number) => `${base}/${file}${v ? `?v=${v}` : ""}`;

  // A menu closes when the reader clicks elsewhere or presses Escape, as menus do.
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, []);

  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  // After the click has started the download: hiding the link inside its own click handler is asking for trouble.
  const closeLater = () => setTimeout(close, 0);

  return (
    <details
      ref={menu}
      className="relative"
      data-print="hide"
      onKeyDown={(e) => {
        if (e.key === "Escape" && menu.current?.open) {
          close();
          menu.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary className={buttonClass("secondary", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>
        {m.exports.menu}
        <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-60 rounded-md border border-stone-200 bg-white p-1 shadow-lg">
        <p className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-stone-500">{m.exports.minutes}</p>
        <a className={itemClass} href={href("minutes.md", minutesVersion)} download onClick={closeLater}>
          {m.exports.markdown}
        </a>
        <a className={itemClass} href={href("minutes.docx", minutesVersion)} download onClick={closeLater}>
          {m.exports.docx}
        </a>
        <p className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-stone-500">{m.exports.slides}</p>
        <a className={itemClass} href={href("slides.pptx", slidesVersion)} download onClick={closeLater}>
          {m.exports.slidesPptx}
        </a>
        <a className={itemClass} href={href("slides.md", slidesVersion)} download onClick={closeLater}>
          {m.exports.slidesMd}
        </a>
        <p className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-stone-500">{m.meetings.followups.todos}</p>
        <a className={itemClass} href={href("todos.ics")} download onClick={closeLater}>
          {m.meetings.followups.todosIcs}
        </a>
        <div className="my-1 border-t border-stone-100" />
        <button
          type="button"
          className={itemClass}
          title={m.exports.printHint}
          onClick={() => {
            close();
            window.print();
          }}
        >
          {m.exports.print}
        </button>
      </div>
    </details>
  );
}
