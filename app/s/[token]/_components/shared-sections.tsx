import type { SlidesContent } from "@/lib/db/artifacts";
import type { SharedTodo } from "@/lib/db/shares";
import type { SegmentView } from "@/lib/citations";
import type { Messages } from "@/lib/i18n/server";
import { Section } from "@/components/minutes-view";
import { TranscriptList } from "@/components/transcript-list";

const STATUS_TONE = { open: "bg-sky-100 text-sky-900", done: "bg-emerald-100 text-emerald-900", dropped: "bg-stone-100 text-stone-600" } as const;

export function SharedTodos({ todos, m }: { todos: SharedTodo[]; m: Messages }) {
  return (
    <Section title={m.todos.title}>
      {todos.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" aria-label={m.todos.title}>
            <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th className="py-2 pr-4 font-medium">{m.todos.text}</th>
                <th className="py-2 pr-4 font-medium">{m.todos.owner}</th>
                <th className="py-2 pr-4 font-medium">{m.todos.due}</th>
                <th className="py-2 font-medium">{m.todos.status}</th>
              </tr>
            </thead>
            <tbody>
              {todos.map((t, i) => (
                <tr key={i} className="border-b border-stone-100 align-top last:border-0">
                  <td className={`py-2 pr-4 ${t.status === "dropped" ? "text-stone-500 line-through" : "text-stone-900"}`}>{t.text}</td>
                  <td className="py-2 pr-4 text-stone-700">{t.owner ?? "—"}</td>
                  <td className="py-2 pr-4 text-stone-700">
                    {t.due ? <span className="font-mono text-xs">{t.due.replace("T", " ")}</span> : "—"}
                    {t.dueText ? <span className="block text-xs text-stone-500">{t.dueText}</span> : null}
                  </td>
                  <td className="py-2">
                    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[t.status]}`}>{m.todos[t.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-stone-600">{m.todos.none}</p>
      )}
    </Section>
  );
}

export function SharedSlides({ slides, m }: { slides: SlidesContent | null; m: Messages }) {
  return (
    <Section title={m.doc.tabs.slides}>
      {slides?.outline.slides.length ? (
        <div className="space-y-3">
          {slides.outline.title ? <p className="font-medium text-stone-900">{slides.outline.title}</p> : null}
          <ol className="grid gap-3 sm:grid-cols-2">
            {slides.outline.slides.map((s, i) => (
              <li key={i} className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
                <p className="font-medium text-stone-900">
                  <span className="mr-2 text-xs text-stone-500">{i + 1}</span>
                  {s.title}
                </p>
                {s.bullets.length ? (
                  <ul className="mt-1.5 list-disc space-y-1 pl-5 text-stone-700">
                    {s.bullets.map((b, j) => (
                      <li key={j}>{b}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="text-sm text-stone-600">{m.slides.none}</p>
      )}
    </Section>
  );
}

export function SharedTranscript({ segments, m }: { segments: SegmentView[]; m: Messages }) {
  return (
    <Section title={m.doc.transcript}>
      <TranscriptList segments={segments} label={m.doc.transcript} lowConfidence={m.doc.lowConfidence} />
    </Section>
  );
}
