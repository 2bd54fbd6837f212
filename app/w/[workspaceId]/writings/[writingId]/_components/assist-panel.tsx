"use client";
import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { addAcceptedWord, polishTextBasic, proofreadText } from "@/lib/actions/writings";
import { ASSIST_ACTIONS, type AssistAction } from "@/lib/actions/writings.schema";
import type { Suggestion } from "@/lib/engine/suggestions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import { editorText, rangeOf } from "./editor-text";
import { ProposalView, type Proposal } from "./proposal-view";

/** A suggestion placed in the document; its range follows every edit (mapped through each transaction). */
type Placed = Suggestion & { id: number; from: number; to: number; stale: boolean };

/**
 * The assistant beside the editor, on the selection or the whole document: 校阅 (offline rules,
 * each suggestion accepted or rejected, accepted ones undoable with the editor's undo), a basic
 * offline polish, and the model's edits (streamed, then shown as tracked changes). Without a model
 * the model actions are disabled and the panel says why.
 */
export function AssistPanel({ editor, workspaceId, modelReady }: { editor: Editor; workspaceId: string; modelReady: boolean }) {
  const { m } = useI18n();
  const t = m.writings.assist;
  const [scope, setScope] = useState<"selection" | "document">("document");
  const [spacing, setSpacing] = useState(false);
  const [placed, setPlaced] = useState<Placed[] | null>(null);
  const [checkedBy, setCheckedBy] = useState<"local" | "llm">("local");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [streamed, setStreamed] = useState("");

  // Suggestions follow the text as people type; one whose text was edited away is marked stale.
  useEffect(() => {
    const onTransaction = ({
      transaction,
    }: {
      transaction: { docChanged: boolean; mapping: { mapResult: (pos: number, assoc?: number) => { pos: number; deleted: boolean } } };
    }) => {
      if (!transaction.docChanged) return;
      setPlaced((list) =>
        list
          ? list.map((s) => {
              const a = transaction.mapping.mapResult(s.from, 1);
              const b = transaction.mapping.mapResult(s.to, -1);
              return { ...s, from: a.pos, to: Math.max(a.pos, b.pos), stale: s.stale || a.deleted || b.deleted };
            })
          : list,
      );
    };
    editor.on("transaction", onTransaction);
    return () => {
      editor.off("transaction", onTransaction);
    };
  }, [editor]);

  /** The range the action works on: the selection, or the whole document. */
  function target(): { from: number; to: number } | null {
    const { from, to } = editor.state.selection;
    if (scope === "document") return { from: 0, to: editor.state.doc.content.size };
    if (from === to) {
      setError(t.selectFirst);
      return null;
    }
    return { from, to };
  }

  /** Offline rules, or the model (each of its suggestions located in the text on the server, like the rules'). */
  async function proofread(engine: "local" | "llm" = "local") {
    const range = target();
    if (!range) return;
    setError(null);
    setBusy(engine === "llm" ? "proofread-llm" : "proofread");
    const et = editorText(editor.state.doc, range.from, range.to);
    const res = await proofreadText({ workspaceId, text: et.text, spacing, engine });
    setBusy(null);
    if (!res.ok) return setError(res.error.message);
    const list: Placed[] = [];
    res.data.suggestions.forEach((s, i) => {
      const r = rangeOf(et, s.start, s.end);
      if (r && r.from >= range.from && r.to <= range.to) list.push({ ...s, id: i, ...r, stale: false });
    });
    setPlaced(list);
    setCheckedBy(engine);
  }

  const currentText = (s: Placed) => editor.state.doc.textBetween(s.from, s.to, "\n", "\uFFFC");

  function accept(ids: number[]) {
    if (!placed) return;
    const chosen = placed.filter((s) => ids.includes(s.id) && !s.stale && currentText(s) === s.original).sort((a, b) => b.from - a.from);
    if (!chosen.length) return;
    // One transaction, last first so earlier positions hold: one undo step reverts them all.
    const tr = editor.state.tr;
    for (const s of chosen) tr.insertText(s.replacement, s.from, s.to);
    editor.view.dispatch(tr);
    const done = new Set(chosen.map((s) => s.id));
    setPlaced((list) => list?.filter((s) => !done.has(s.id)) ?? null);
  }

  const reject = (ids: number[]) => setPlaced((list) => list?.filter((s) => !ids.includes(s.id)) ?? null);

  async function addWord(s: Placed) {
    const res = await addAcceptedWord({ workspaceId, word: s.original });
    if (!res.ok) return setError(res.error.message);
    setPlaced((list) => list?.filter((x) => x.original.toLowerCase() !== s.original.toLowerCase() || x.kind !== "spelling") ?? null);
  }

  /** The text an edit starts from: the selection's text, or every block of the document, one per line. */
  function source(range: { from: number; to: number }): string {
    return scope === "document" ? editorText(editor.state.doc).text : editor.state.doc.textBetween(range.from, range.to, "\n", "\uFFFC");
  }

  async function basic() {
    const range = target();
    if (!range) return;
    const original = source(range);
    if (!original.trim()) return setError(t.selectFirst);
    setError(null);
    setBusy("basic");
    const res = await polishTextBasic({ workspaceId, text: original });
    setBusy(null);
    if (!res.ok) return setError(res.error.message);
    setProposal({ ...range, scope, original, proposal: res.data.text, label: t.basicPolish });
  }

  async function runModel(action: AssistAction) {
    const range = target();
    if (!range) return;
    const original = source(range);
    if (!original.trim()) return setError(t.selectFirst);
    setError(null);
    setProposal(null);
    setStreamed("");
    setBusy(action);
    try {
      const res = await fetch(`/api/w/${workspaceId}/writings/assist`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action, text: original }),
      });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        throw new Error(body.error ?? `HTTP ${res.status}`);
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      let final: string | null = null;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        let nl = buffer.indexOf("\n");
        while (nl >= 0) {
          const part = JSON.parse(buffer.slice(0, nl)) as { type: string; text?: string; error?: string };
          buffer = buffer.slice(nl + 1);
          if (part.type === "text") setStreamed((s) => s + (part.text ?? ""));
          else if (part.type === "done") final = part.text ?? "";
          else if (part.type === "error") throw new Error(part.error ?? "error");
          nl = buffer.indexOf("\n");
        }
      }
      if (final === null) throw new Error("the stream ended early");
      setProposal({ ...range, scope, original, proposal: final, label: t.actions[action] });
    } catch (e) {
      setError(fmt(t.failed, { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
      setStreamed("");
    }
  }

  const open = placed?.filter((s) => !s.stale) ?? [];
  return (
    <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-label={t.title}>
      <h2 className="text-sm font-semibold">{t.title}</h2>
      <div className="flex gap-3 text-sm" role="radiogroup">
        {(["document", "selection"] as const).map((s) => (
          <label key={s} className="flex items-center gap-1">
            <input type="radio" name="assist-scope" checked={scope === s} onChange={() => setScope(s)} />
            {s === "document" ? t.scopeDocument : t.scopeSelection}
          </label>
        ))}
      </div>
      <div className="space-y-2">
        <div className="flex flex-wrap gap-1.5">
          <Button type="button" onClick={() => void proofread()} disabled={busy !== null}>
            {busy === "proofread" ? t.proofreading : t.proofread}
          </Button>
          <Button type="button" variant="secondary" onClick={() => void proofread("llm")} disabled={!modelReady || busy !== null} title={modelReady ? undefined : t.needsModel}>
            {busy === "proofread-llm" ? t.proofreading : t.proofreadModel}
          </Button>
        </div>
        <label className="flex items-center gap-1 text-xs text-stone-600">
          <input type="checkbox" checked={spacing} onChange={(e) => setSpacing(e.target.checked)} />
          {t.spacing}
        </label>
        <a href={`/w/${workspaceId}/writings/words`} target="_blank" rel="noopener" className="block text-xs text-brand-700 hover:underline">
          {m.writings.words.link}
        </a>
      </div>
      {placed ? (
        <div className="space-y-2" data-testid="suggestions">
          <p className="text-sm text-stone-700">
            {placed.length ? fmt(t.suggestions, { n: placed.length }) : t.noSuggestions}{" "}
            <span className="text-xs text-stone-500">· {checkedBy === "llm" ? t.checkedByModel : t.checkedOffline}</span>
          </p>
          {open.length > 1 ? (
            <div className="flex gap-2">
              <Button type="button" variant="secondary" onClick={() => accept(open.map((s) => s.id))}>
                {t.acceptAll}
              </Button>
              <Button type="button" variant="ghost" onClick={() => reject(placed.map((s) => s.id))}>
                {t.rejectAll}
              </Button>
            </div>
          ) : null}
          <ul className="max-h-96 space-y-2 overflow-y-auto">
            {placed.map((s) => (
              <li key={s.id} className="rounded-md border border-stone-200 p-2 text-sm" data-testid="suggestion" data-kind={s.kind}>
                <div className="flex items-center gap-2">
                  <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{t.kinds[s.kind]}</span>
                  <span>
                    <del className="text-red-700">{s.original || "∅"}</del> → <ins className="text-emerald-700 no-underline">{s.replacement || "∅"}</ins>
                  </span>
                </div>
                <p className="mt-1 text-xs text-stone-600">{s.stale ? t.stale : s.reason}</p>
                <div className="mt-1 flex gap-2">
                  <Button type="button" variant="secondary" className="px-2 py-1 text-xs" disabled={s.stale} onClick={() => accept([s.id])}>
                    {t.accept}
                  </Button>
                  <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => reject([s.id])}>
                    {t.reject}
                  </Button>
                  {s.kind === "spelling" ? (
                    <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => void addWord(s)}>
                      {t.addWord}
                    </Button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="space-y-1 border-t border-stone-100 pt-3">
        <Button type="button" variant="secondary" onClick={() => void basic()} disabled={busy !== null}>
          {t.basicPolish}
        </Button>
        <p className="text-xs text-stone-600">{t.basicPolishHint}</p>
      </div>
      <div className="space-y-2 border-t border-stone-100 pt-3">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">{t.modelActions}</h3>
        {modelReady ? null : (
          <p className="text-xs text-amber-800" data-testid="needs-model">
            {t.needsModel}
          </p>
        )}
        <div className="flex flex-wrap gap-1.5">
          {ASSIST_ACTIONS.map((a) => (
            <Button
              key={a}
              type="button"
              variant="secondary"
              className="px-2 py-1 text-xs"
              disabled={!modelReady || busy !== null}
              title={modelReady ? undefined : t.needsModel}
              onClick={() => void runModel(a)}
            >
              {busy === a ? t.writing : t.actions[a]}
            </Button>
          ))}
        </div>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {streamed ? (
        <p className="whitespace-pre-wrap rounded-md bg-stone-50 p-2 text-sm text-stone-700" aria-live="polite" data-testid="streaming">
          {streamed}
        </p>
      ) : null}
      {proposal ? <ProposalView editor={editor} proposal={proposal} onClose={() => setProposal(null)} /> : null}
    </section>
  );
}
