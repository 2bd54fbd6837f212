"use client";
import { useEditorState, type Editor } from "@tiptap/react";
import { useI18n } from "@/lib/i18n/client";

/** Formatting buttons; each shows whether it applies at the cursor (aria-pressed). */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { m } = useI18n();
  const t = m.writings.editor;
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      strike: e.isActive("strike"),
      h1: e.isActive("heading", { level: 1 }),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      table: e.isActive("table"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons: { label: string; text: string; on?: boolean; run: () => void; disabled?: boolean }[] = [
    { label: t.undo, text: "↶", run: () => chain().undo().run(), disabled: !active.canUndo },
    { label: t.redo, text: "↷", run: () => chain().redo().run(), disabled: !active.canRedo },
    { label: t.bold, text: "B", on: active.bold, run: () => chain().toggleBold().run() },
    { label: t.italic, text: "I", on: active.italic, run: () => chain().toggleItalic().run() },
    { label: t.strike, text: "S", on: active.strike, run: () => chain().toggleStrike().run() },
    { label: t.h1, text: "H1", on: active.h1, run: () => chain().toggleHeading({ level: 1 }).run() },
    { label: t.h2, text: "H2", on: active.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: t.h3, text: "H3", on: active.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: t.bulletList, text: "•", on: active.bulletList, run: () => chain().toggleBulletList().run() },
    { label: t.orderedList, text: "1.", on: active.orderedList, run: () => chain().toggleOrderedList().run() },
    { label: t.quote, text: "❝", on: active.quote, run: () => chain().toggleBlockquote().run() },
    {
      label: t.link,
      text: "🔗",
      on: active.link,
      run: () => {
        const href = window.prompt(t.linkPrompt, (editor.getAttributes("link").href as string | undefined) ?? "https://");
        if (href === null) return;
        if (!href.trim()) chain().extendMarkRange("link").unsetLink().run();
        else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
      },
    },
    { label: t.table, text: "▦", on: active.table, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    ...(active.table
      ? [
          { label: t.addRow, text: "+⎯", run: () => chain().addRowAfter().run() },
          { label: t.addColumn, text: "+|", run: () => chain().addColumnAfter().run() },
          { label: t.deleteTable, text: "✕▦", run: () => chain().deleteTable().run() },
        ]
      : []),
  ];
  return (
    <div role="toolbar" aria-label={t.toolbar} className="flex flex-wrap gap-1 border-b border-stone-200 px-2 py-1.5">
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          aria-label={b.label}
          title={b.label}
          aria-pressed={b.on === undefined ? undefined : b.on}
          disabled={b.disabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.run}
          className={`min-w-8 rounded px-2 py-1 text-sm ${b.on ? "bg-brand-100 text-brand-800" : "text-stone-700 hover:bg-stone-100"} disabled:text-stone-300`}
        >
          {b.text}
        </button>
      ))}
    </div>
  );
}
