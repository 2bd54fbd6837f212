"use client";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { deckFromWriting, saveWriting } from "@/lib/actions/writings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";
import type { RichNode } from "@/lib/text/rich-doc";
import { AssistPanel } from "./assist-panel";
import { EditorToolbar } from "./editor-toolbar";
import { HistoryPanel, type VersionItem } from "./history-panel";

const AUTOSAVE_MS = 1200;

type SaveState = { kind: "saved" } | { kind: "dirty" } | { kind: "saving" } | { kind: "conflict" } | { kind: "error"; message: string };

export interface WritingProps {
  workspaceId: string;
  writingId: string;
  title: string;
  content: RichNode;
  revision: number;
  canEdit: boolean;
  modelReady: boolean;
  versions: VersionItem[];
}

export const EXTENSIONS = [
  StarterKit.configure({ link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"] } }),
  TableKit.configure({ table: { resizable: false } }),
];

/**
 * The editor: Tiptap with autosave. A save names the revision it started from; when someone else
 * saved in between, the server refuses (CONFLICT), we say so and stop saving, so nobody's text is
 * overwritten. Typing (IME composition included) is never intercepted: saving only reads the state.
 */
export function WritingEditor(props: WritingProps) {
  const { m } = useI18n();
  const t = m.writings.editor;
  const [title, setTitle] = useState(props.title);
  const [state, setState] = useState<SaveState>({ kind: "saved" });
  const revision = useRef(props.revision);
  const titleRef = useRef(props.title);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const stopped = useRef(false);
  const [versionsKey, setVersionsKey] = useState(0);
  const editorRef = useRef<Editor | null>(null);

  const save = useCallback(
    async (checkpoint = false) => {
      const editor = editorRef.current;
      if (!editor || stopped.current || !props.canEdit) return;
      if (inFlight.current) {
        again.current = true;
        return;
      }
      inFlight.current = true;
      setState({ kind: "saving" });
      const res = await saveWriting({
        workspaceId: props.workspaceId,
        writingId: props.writingId,
        baseRevision: revision.current,
        title: titleRef.current.trim() || m.writings.list.untitled,
        // ProseMirror builds attrs as null-prototype objects, which the action transport does not send as records.
        content: JSON.parse(JSON.stringify(editor.getJSON())) as RichNode,
        checkpoint,
      });
      inFlight.current = false;
      if (!res.ok) {
        if (res.error.code === "CONFLICT") {
          stopped.current = true;
          return setState({ kind: "conflict" });
        }
        return setState({ kind: "error", message: res.error.message });
      }
      revision.current = res.data.revision;
      if (checkpoint) setVersionsKey((k) => k + 1);
      if (again.current) {
        again.current = false;
        return void save();
      }
      setState({ kind: "saved" });
    },
    [props.canEdit, props.workspaceId, props.writingId, m.writings.list.untitled],
  );

  const schedule = useCallback(() => {
    if (stopped.current) return;
    setState((s) => (s.kind === "saving" ? s : { kind: "dirty" }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  }, [save]);

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: props.content,
    editable: props.canEdit,
    // Next renders this component on the server first: the editor is created in the browser only.
    immediatelyRender: false,
    editorProps: { attributes: { class: "writing-body prose-writing min-h-[60vh] px-6 py-5 focus:outline-none", "aria-label": t.content, "data-testid": "writing-editor" } },
    onUpdate: () => schedule(),
  });
  editorRef.current = editor;

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (state.kind === "dirty" || state.kind === "saving") e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state.kind]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const status =
    state.kind === "saved"
      ? t.saved
      : state.kind === "saving"
        ? t.saving
        : state.kind === "dirty"
          ? t.unsaved
          : state.kind === "error"
            ? fmt(t.saveFailed, { message: state.message })
            : "";

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
      <div className="min-w-0 space-y-3">
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <input
            aria-label={t.title}
            className="min-w-0 flex-1 rounded-md border border-transparent px-2 py-1 text-xl font-semibold hover:border-stone-300 focus:border-brand-500 focus:outline-none"
            value={title}
            readOnly={!props.canEdit}
            maxLength={200}
            onChange={(e) => {
              setTitle(e.target.value);
              titleRef.current = e.target.value;
              schedule();
            }}
          />
          <span role="status" data-testid="save-status" className="text-sm text-stone-600">
            {status}
          </span>
          {props.canEdit ? (
            <Button type="button" variant="secondary" onClick={() => void save(true)} disabled={state.kind === "conflict"}>
              {t.saveVersion}
            </Button>
          ) : null}
        </div>
        <h1 className="hidden text-2xl font-semibold print:block">{title}</h1>
        {state.kind === "conflict" ? (
          <Alert>
            {t.conflict}{" "}
            <button type="button" className="font-medium underline" onClick={() => window.location.reload()}>
              {t.reload}
            </button>
          </Alert>
        ) : null}
        {!props.canEdit ? <Alert tone="info">{t.readOnly}</Alert> : null}
        <div className="rounded-lg border border-stone-200 bg-white print:border-0">
          {editor && props.canEdit ? <EditorToolbar editor={editor} /> : null}
          <EditorContent editor={editor} />
        </div>
      </div>
      <aside className="space-y-4 print:hidden">
        {editor && props.canEdit ? <AssistPanel editor={editor} workspaceId={props.workspaceId} modelReady={props.modelReady} /> : null}
        <ExportLinks workspaceId={props.workspaceId} writingId={props.writingId} />
        {props.canEdit ? <DeckButton workspaceId={props.workspaceId} writingId={props.writingId} saved={state.kind === "saved"} /> : null}
        <HistoryPanel
          key={versionsKey}
          workspaceId={props.workspaceId}
          writingId={props.writingId}
          initial={props.versions}
          canRestore={props.canEdit}
          currentRevision={() => revision.current}
          onRestored={(r) => {
            revision.current = r.revision;
            stopped.current = false;
            setTitle(r.title);
            titleRef.current = r.title;
            editor?.commands.setContent(r.content, { emitUpdate: false });
            setState({ kind: "saved" });
          }}
        />
      </aside>
    </div>
  );
}

/** Slides from this document: a library copy processed like an upload, opened on its Slides tab. */
function DeckButton({ workspaceId, writingId, saved }: { workspaceId: string; writingId: string; saved: boolean }) {
  const { m } = useI18n();
  const t = m.writings.deck;
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onClick() {
    setPending(true);
    setError(null);
    const res = await deckFromWriting({ workspaceId, writingId });
    if (!res.ok) {
      setPending(false);
      return setError(res.error.message);
    }
    router.push(`/w/${workspaceId}/d/${res.data.documentId}?tab=slides`);
  }
  return (
    <section className="space-y-2 rounded-lg border border-stone-200 bg-white p-4" aria-label={t.title}>
      <h2 className="text-sm font-semibold">{t.title}</h2>
      <p className="text-xs text-stone-600">{t.hint}</p>
      <Button type="button" variant="secondary" onClick={() => void onClick()} disabled={pending || !saved}>
        {pending ? t.making : t.make}
      </Button>
      {saved ? null : <p className="text-xs text-stone-600">{t.saveFirst}</p>}
      {error ? <Alert>{error}</Alert> : null}
    </section>
  );
}

function ExportLinks({ workspaceId, writingId }: { workspaceId: string; writingId: string }) {
  const { m } = useI18n();
  const t = m.writings.exports;
  const base = `/w/${workspaceId}/writings/${writingId}/export`;
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4" aria-label={t.title}>
      <h2 className="mb-2 text-sm font-semibold">{t.title}</h2>
      <div className="flex flex-wrap gap-2 text-sm">
        <a className="rounded-md border border-stone-300 px-2.5 py-1.5 hover:bg-stone-100" href={`${base}/writing.docx`} download>
          {t.docx}
        </a>
        <a className="rounded-md border border-stone-300 px-2.5 py-1.5 hover:bg-stone-100" href={`${base}/writing.md`} download>
          {t.md}
        </a>
        <button type="button" className="rounded-md border border-stone-300 px-2.5 py-1.5 hover:bg-stone-100" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
    </section>
  );
}
