"use client";
import type { Editor } from "@tiptap/react";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { applyTracked, changeIds, trackedChanges } from "@/lib/text/tracked-diff";
import { editorText } from "./editor-text";

export interface Proposal {
  from: number;
  to: number;
  scope: "selection" | "document";
  original: string;
  proposal: string;
  label: string;
}

const paragraphs = (text: string) => text.split("\n").map((line) => (line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" }));

/**
 * Puts the chosen text into the editor in one transaction (one undo step). On the whole document,
 * when the result has as many lines as the document has blocks, each changed block is replaced in
 * place so headings, lists and tables keep their structure; otherwise the range becomes paragraphs.
 */
function applyToEditor(editor: Editor, p: Proposal, text: string) {
  if (p.scope === "document") {
    const et = editorText(editor.state.doc);
    const lines = text.split("\n");
    if (lines.length === et.blocks.length) {
      const tr = editor.state.tr;
      for (let i = et.blocks.length - 1; i >= 0; i--) {
        const b = et.blocks[i];
        if (et.text.slice(b.start, b.start + b.length) !== lines[i]) tr.insertText(lines[i], b.pos, b.pos + b.length);
      }
      editor.view.dispatch(tr);
      return;
    }
    editor
      .chain()
      .focus()
      .setContent({ type: "doc", content: paragraphs(text) })
      .run();
    return;
  }
  if (!text.includes("\n")) {
    editor.view.dispatch(editor.state.tr.insertText(text, p.from, p.to));
    return;
  }
  editor.chain().focus().insertContentAt({ from: p.from, to: p.to }, paragraphs(text)).run();
}

/** A proposed edit as tracked changes: each accepted or rejected (all accepted at first), then applied. */
export function ProposalView({ editor, proposal, onClose }: { editor: Editor; proposal: Proposal; onClose: () => void }) {
  const { m, locale } = useI18n();
  const t = m.writings.assist;
  const parts = useMemo(() => trackedChanges(proposal.original, proposal.proposal, locale === "zh" ? "zh" : "en"), [proposal, locale]);
  const ids = useMemo(() => changeIds(parts), [parts]);
  const [accepted, setAccepted] = useState<Set<number>>(() => new Set(ids));
  const toggle = (id: number, on: boolean) =>
    setAccepted((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  function apply() {
    const text = applyTracked(parts, accepted);
    if (text !== proposal.original) applyToEditor(editor, proposal, text);
    onClose();
  }

  return (
    <div className="space-y-2 rounded-md border border-brand-200 bg-brand-50/40 p-2" data-testid="proposal">
      <div className="flex items-center justify-between text-sm">
        <span className="font-medium">{proposal.label}</span>
        <span className="text-stone-600">{ids.length ? fmt(t.changes, { n: ids.length }) : t.noChanges}</span>
      </div>
      <p className="max-h-80 overflow-y-auto whitespace-pre-wrap rounded bg-white p-2 text-sm leading-relaxed" data-testid="tracked">
        {parts.map((p, i) =>
          p.kind === "same" ? (
            <span key={`s${i}`}>{p.text}</span>
          ) : (
            <span key={`c${p.id}`} className="rounded ring-1 ring-stone-200" data-testid="change">
              {p.removed ? <del className={accepted.has(p.id) ? "bg-red-50 text-red-700" : "text-stone-900 no-underline"}>{p.removed}</del> : null}
              {p.added ? <ins className={accepted.has(p.id) ? "bg-emerald-50 text-emerald-800 no-underline" : "text-stone-400 line-through"}>{p.added}</ins> : null}
              <span className="ml-0.5 inline-flex gap-0.5 align-middle">
                <button
                  type="button"
                  aria-label={t.accept}
                  title={t.accept}
                  aria-pressed={accepted.has(p.id)}
                  className="rounded px-1 text-xs text-emerald-700 hover:bg-emerald-100"
                  onClick={() => toggle(p.id, true)}
                >
                  ✓
                </button>
                <button
                  type="button"
                  aria-label={t.reject}
                  title={t.reject}
                  aria-pressed={!accepted.has(p.id)}
                  className="rounded px-1 text-xs text-red-700 hover:bg-red-100"
                  onClick={() => toggle(p.id, false)}
                >
                  ✕
                </button>
              </span>
            </span>
          ),
        )}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setAccepted(new Set(ids))}>
          {t.acceptAll}
        </Button>
        <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setAccepted(new Set())}>
          {t.rejectAll}
        </Button>
        <Button type="button" className="px-2 py-1 text-xs" onClick={apply} disabled={!ids.length}>
          {t.apply}
        </Button>
        <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={onClose}>
          {t.discard}
        </Button>
      </div>
    </div>
  );
}
