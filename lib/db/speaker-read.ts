import "server-only";
import type { MinutesContent, SlidesContent } from "./artifacts";
import { shownName, speakerRenamer, type SpeakerMapData } from "@/lib/text/speaker-map";

/**
 * The speaker map applied to what was generated before it: the minutes' wording, slide text and
 * to-do owners name people as they are shown now. Verbatim evidence stays as recorded (it is a quote).
 */
export function minutesWithSpeakers(content: MinutesContent, map: SpeakerMapData): MinutesContent {
  const r = speakerRenamer(map);
  return {
    ...content,
    summary: content.summary.map((p) => ({ ...p, text: r(p.text) })),
    topics: content.topics.map((t) => ({ ...t, title: r(t.title), summary: r(t.summary) })),
    decisions: content.decisions.map((d) => ({ ...d, text: r(d.text) })),
    // The engine's wording follows the names; a quoted line keeps its words and gets its speaker's name.
    ...(content.template
      ? {
          template: {
            ...content.template,
            sections: content.template.sections.map((s) => ({
              ...s,
              items: s.items.map((it) =>
                it.quote ? { ...it, ...(it.speaker ? { speaker: ownerWithSpeakers(it.speaker, map) ?? it.speaker } : {}) } : { ...it, text: r(it.text) },
              ),
            })),
          },
        }
      : {}),
  };
}

export function slidesWithSpeakers(content: SlidesContent, map: SpeakerMapData): SlidesContent {
  const r = speakerRenamer(map);
  return {
    ...content,
    outline: { ...content.outline, title: r(content.outline.title), slides: content.outline.slides.map((s) => ({ ...s, title: r(s.title), bullets: s.bullets.map(r) })) },
  };
}

/** An owner as shown: a recorded label becomes its speaker's name; a name inside longer text follows too. */
export function ownerWithSpeakers(owner: string | null, map: SpeakerMapData): string | null {
  if (owner == null) return owner;
  const direct = shownName(map, owner);
  return direct !== owner ? direct : speakerRenamer(map)(owner);
}

export function withSpeakerNames<T extends { owner: string | null }>(rows: T[], map: SpeakerMapData): T[] {
  return rows.map((t) => ({ ...t, owner: ownerWithSpeakers(t.owner, map) }));
}
