"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { saveSlides } from "@/lib/actions/artifacts";
import { SLIDE_LIMITS } from "@/lib/actions/artifacts.schema";
import type { SlidesContent } from "@/lib/db/artifacts";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/locales";

interface DraftBullet {
  key: number;
  text: string;
}
interface DraftSlide {
  key: number;
  /** Index in the version being edited, so a kept slide keeps its citations; null when added now. */
  source: number | null;
  title: string;
  bullets: DraftBullet[];
}
interface Draft {
  title: string;
  slides: DraftSlide[];
}

const smallButton = "rounded px-2 py-1 text-xs font-medium text-stone-700 hover:bg-stone-100 disabled:cursor-not-allowed disabled:text-stone-400";

export interface SlidesEditorProps {
  workspaceId: string;
  documentId: string;
  /** The version being edited; saving adds a new version on top of it. */
  slides: { version: number; content: SlidesContent };
  /** The newest version number, to leave an old version's URL after saving. */
  latest: number;
  onSaved: (version: number) => void;
  onCancel: () => void;
}

/** The deck as an editable form: titles and bullets, slides reordered, added and removed, saved as a new version. */
export function SlidesEditor({ workspaceId, documentId, slides, latest, onSaved, onCancel }: SlidesEditorProps) {
  const { m } = useI18n();
  const router = useRouter();
  const uid = useId();
  const nextKey = useRef(0);
  const focusNext = useRef<string[] | null>(null);
  const key = () => nextKey.current++;
  const id = (...parts: (string | number)[]) => `${uid}-${parts.join("-")}`;
  const { outline } = slides.content;
  const [draft, setDraft] = useState<Draft>(() => ({
    title: outline.title,
    slides: outline.slides.map((s, i) => ({ key: key(), source: i, title: s.title, bullets: s.bullets.map((text) => ({ key: key(), text })) })),
  }));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");

  // Keyboard users keep their place: after a move, add or remove, focus goes to the control that follows the change.
  useEffect(() => {
    const ids = focusNext.current;
    if (!ids) return;
    focusNext.current = null;
    for (const id of ids) {
      const el = document.getElementById(id) as HTMLInputElement | HTMLButtonElement | null;
      if (el && !el.disabled) return el.focus();
    }
  });

  function updateSlide(k: number, change: (s: DraftSlide) => DraftSlide) {
    setDraft((d) => ({ ...d, slides: d.slides.map((s) => (s.key === k ? change(s) : s)) }));
  }

  function move(index: number, by: -1 | 1) {
    const to = index + by;
    if (to < 0 || to >= draft.slides.length) return;
    const list = [...draft.slides];
    const [slide] = list.splice(index, 1);
    list.splice(to, 0, slide);
    setDraft({ ...draft, slides: list });
    focusNext.current = [id(by < 0 ? "up" : "down", slide.key), id(by < 0 ? "down" : "up", slide.key)];
    setAnnounce(fmt(m.slides.moved, { n: to + 1 }));
  }

  function addSlide() {
    const slide: DraftSlide = { key: key(), source: null, title: "", bullets: [{ key: key(), text: "" }] };
    setDraft((d) => ({ ...d, slides: [...d.slides, slide] }));
    focusNext.current = [id("title", slide.key)];
  }

  function removeSlide(index: number) {
    if (draft.slides.length <= 1) return;
    const list = draft.slides.filter((_, i) => i !== index);
    setDraft({ ...draft, slides: list });
    const neighbour = list[Math.min(index, list.length - 1)];
    focusNext.current = [id("title", neighbour.key)];
  }

  function addBullet(s: DraftSlide) {
    const bullet = { key: key(), text: "" };
    updateSlide(s.key, (x) => ({ ...x, bullets: [...x.bullets, bullet] }));
    focusNext.current = [id("bullet", bullet.key)];
  }

  function removeBullet(s: DraftSlide, b: number) {
    updateSlide(s.key, (x) => ({ ...x, bullets: x.bullets.filter((_, i) => i !== b) }));
    const neighbour = s.bullets[b + 1] ?? s.bullets[b - 1];
    focusNext.current = neighbour ? [id("bullet", neighbour.key)] : [id("add-bullet", s.key)];
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    const res = await saveSlides({
      workspaceId,
      documentId,
      baseVersion: slides.version,
      title: draft.title,
      // A bullet left empty is dropped rather than refused: it is what "add bullet" then nothing means.
      slides: draft.slides.map((s) => ({ source: s.source, title: s.title, bullets: s.bullets.map((b) => b.text).filter((t) => t.trim()) })),
    });
    setSaving(false);
    if (!res.ok) return setError(res.error.message);
    onSaved(res.data.version);
    if (slides.version !== latest) router.replace(`/w/${workspaceId}/d/${documentId}?tab=slides`, { scroll: false });
    router.refresh();
  }

  const full = draft.slides.length >= SLIDE_LIMITS.slides;
  return (
    <form onSubmit={save} className="space-y-4" aria-label={m.slides.edit} data-testid="slides-panel">
      <p className="text-sm text-stone-700">{fmt(m.slides.editing, { v: slides.version })}</p>
      <div className="space-y-1.5">
        <label htmlFor={id("deck")} className="block text-sm font-medium text-stone-700">
          {m.slides.deckTitle}
        </label>
        <Input id={id("deck")} value={draft.title} required maxLength={SLIDE_LIMITS.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </div>
      <ol className="space-y-3">
        {draft.slides.map((s, i) => (
          <li key={s.key}>
            <Card className="p-4">
              <fieldset className="space-y-2">
                <legend className="sr-only">{fmt(m.slides.slideN, { n: i + 1 })}</legend>
                <div className="flex flex-wrap items-center gap-1">
                  <span aria-hidden="true" className="mr-auto text-sm font-semibold text-stone-700">
                    {fmt(m.slides.slideN, { n: i + 1 })}
                  </span>
                  <button
                    type="button"
                    id={id("up", s.key)}
                    className={smallButton}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={fmt(m.slides.moveSlideUp, { n: i + 1 })}
                  >
                    ↑ {m.slides.moveUp}
                  </button>
                  <button
                    type="button"
                    id={id("down", s.key)}
                    className={smallButton}
                    disabled={i === draft.slides.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={fmt(m.slides.moveSlideDown, { n: i + 1 })}
                  >
                    ↓ {m.slides.moveDown}
                  </button>
                  <button
                    type="button"
                    className={`${smallButton} text-red-700`}
                    disabled={draft.slides.length <= 1}
                    onClick={() => removeSlide(i)}
                    aria-label={fmt(m.slides.removeSlide, { n: i + 1 })}
                  >
                    {m.slides.remove}
                  </button>
                </div>
                <label htmlFor={id("title", s.key)} className="block text-xs font-medium text-stone-600">
                  {m.slides.slideTitle}
                </label>
                <Input
                  id={id("title", s.key)}
                  value={s.title}
                  required
                  maxLength={SLIDE_LIMITS.title}
                  onChange={(e) => updateSlide(s.key, (x) => ({ ...x, title: e.target.value }))}
                />
                <ul className="space-y-1.5">
                  {s.bullets.map((b, j) => (
                    <li key={b.key} className="flex items-center gap-2">
                      <span aria-hidden="true" className="text-stone-400">
                        •
                      </span>
                      <Input
                        id={id("bullet", b.key)}
                        value={b.text}
                        maxLength={SLIDE_LIMITS.bullet}
                        aria-label={fmt(m.slides.bulletN, { b: j + 1, n: i + 1 })}
                        placeholder={m.slides.bullet}
                        onChange={(e) => updateSlide(s.key, (x) => ({ ...x, bullets: x.bullets.map((y) => (y.key === b.key ? { ...y, text: e.target.value } : y)) }))}
                      />
                      <button type="button" className={smallButton} onClick={() => removeBullet(s, j)} aria-label={fmt(m.slides.removeBullet, { b: j + 1, n: i + 1 })}>
                        ✕
                      </button>
                    </li>
                  ))}
                </ul>
                <button type="button" id={id("add-bullet", s.key)} className={smallButton} disabled={s.bullets.length >= SLIDE_LIMITS.bullets} onClick={() => addBullet(s)}>
                  + {m.slides.addBullet}
                </button>
              </fieldset>
            </Card>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={addSlide} disabled={full}>
          + {m.slides.addSlide}
        </Button>
        <span className="text-xs text-stone-500">{fmt(m.slides.limits, { slides: SLIDE_LIMITS.slides, bullets: SLIDE_LIMITS.bullets })}</span>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      <div className="flex gap-2">
        <Button type="submit" disabled={saving}>
          {saving ? m.slides.saving : m.slides.save}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={saving}>
          {m.slides.cancel}
        </Button>
      </div>
    </form>
  );
}
