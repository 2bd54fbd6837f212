import { citationLabels, formatTimestamp, indexSegments } from "@/lib/export/citations";
import { labelsFor, type ExportLabels } from "@/lib/export/labels";
import { escapeBlock, escapeInline } from "@/lib/export/markdown-escape";
import { cleanInline } from "@/lib/export/text";
import type { CitedSegment, DeckInput, MinutesInput, MinutesTemplateItem, MinutesTodo } from "@/lib/export/types";

interface Sourced {
  citations: number[];
  verified: boolean;
  edited?: boolean;
}

/**
 * Source labels or the unverified marker. An unverified item's citations are exactly what the
 * check could not confirm, so they are not printed: the item must never look sourced.
 */
function sourceSuffix(item: Sourced, segments: Map<number, CitedSegment>, labels: ExportLabels): string {
  const edited = item.edited ? labels.editedSuffix : "";
  if (!item.verified) return labels.unverifiedSuffix + edited;
  const rendered = citationLabels(item.citations, segments).map((label) => `[${escapeInline(label)}]`);
  return (rendered.length ? ` ${rendered.join(" ")}` : "") + edited;
}

function todoFields(todo: MinutesTodo, labels: ExportLabels): string {
  const fields: string[] = [];
  const owner = cleanInline(todo.owner);
  const due = cleanInline(todo.due);
  if (owner) fields.push(`${labels.owner}${labels.colon}${escapeInline(owner)}`);
  if (due) fields.push(`${labels.due}${labels.colon}${escapeInline(due)}`);
  return fields.length ? ` — ${fields.join(labels.fieldSeparator)}` : "";
}

function bulletSection(heading: string, lines: string[], labels: ExportLabels): string[] {
  return [`## ${heading}`, "", ...(lines.length ? lines : [labels.none]), ""];
}

/** A quoted line keeps its words between quotation marks, with who said them; the engine's wording does not. */
function templateItemText(it: MinutesTemplateItem): string {
  return it.quote ? `“${escapeBlock(it.text)}”${it.speaker ? ` — ${escapeBlock(it.speaker)}` : ""}` : escapeBlock(it.text);
}

export function minutesToMarkdown(minutes: MinutesInput): string {
  const labels = labelsFor(minutes.lang);
  const segments = indexSegments(minutes.segments);
  const out: string[] = [`# ${escapeBlock(minutes.title) || labels.untitled}`, ""];

  const date = cleanInline(minutes.meetingDate);
  if (date) out.push(`${labels.date}${labels.colon}${escapeInline(date)}`, "");

  if (minutes.template) {
    out.push(`## ${escapeBlock(minutes.template.name)}`, "");
    for (const section of minutes.template.sections) {
      out.push(`### ${escapeBlock(section.title)}`, "");
      const lines = section.items.filter((it) => cleanInline(it.text)).map((it) => `- ${templateItemText(it)}${sourceSuffix(it, segments, labels)}`);
      out.push(...(lines.length ? lines : [labels.notDiscussed]), "");
    }
  }

  const summaryLines = minutes.summary.filter((point) => cleanInline(point.text)).map((point) => `- ${escapeBlock(point.text)}${sourceSuffix(point, segments, labels)}`);
  out.push(...bulletSection(labels.summary, summaryLines, labels));

  out.push(`## ${labels.topics}`, "");
  const topics = minutes.topics.filter((topic) => cleanInline(topic.title) || cleanInline(topic.summary));
  if (!topics.length) out.push(labels.none, "");
  for (const topic of topics) {
    const time = typeof topic.startMs === "number" ? ` (${formatTimestamp(topic.startMs)})` : "";
    out.push(`### ${escapeBlock(topic.title) || labels.untitled}${time}`, "");
    const body = `${escapeBlock(topic.summary)}${sourceSuffix(topic, segments, labels)}`.trim();
    if (body) out.push(body, "");
  }

  const decisionLines = minutes.decisions
    .filter((decision) => cleanInline(decision.text))
    .map((decision) => `- ${escapeBlock(decision.text)}${sourceSuffix(decision, segments, labels)}`);
  out.push(...bulletSection(labels.decisions, decisionLines, labels));

  const todos = minutes.todos.filter((todo) => cleanInline(todo.text));
  const active = todos
    .filter((todo) => todo.status !== "dropped")
    .map((todo) => {
      const box = todo.status === "done" ? "[x]" : "[ ]";
      return `- ${box} ${escapeBlock(todo.text)}${todoFields(todo, labels)}${sourceSuffix(todo, segments, labels)}`;
    });
  out.push(...bulletSection(labels.actionItems, active, labels));

  // Dropped to-dos stay visible (someone may ask why) but apart and struck through.
  const dropped = todos
    .filter((todo) => todo.status === "dropped")
    .map((todo) => `- ~~${escapeBlock(todo.text)}~~${todoFields(todo, labels)}${sourceSuffix(todo, segments, labels)}`);
  if (dropped.length) out.push(`### ${labels.droppedItems}`, "", ...dropped, "");

  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * A Marp-compatible deck: front matter switches Marp on; in any other Markdown viewer the `---`
 * separators render as rules between slides.
 */
export function deckToMarkdown(deck: DeckInput): string {
  const labels = labelsFor(deck.lang);
  const out: string[] = ["---", "marp: true", "---", "", `# ${escapeBlock(deck.title) || labels.untitled}`, ""];
  const subtitle = escapeBlock(deck.subtitle);
  if (subtitle) out.push(subtitle, "");
  for (const slide of deck.slides) {
    out.push("---", "", `## ${escapeBlock(slide.title) || labels.untitled}`, "");
    const bullets = slide.bullets.filter((bullet) => cleanInline(bullet));
    for (const bullet of bullets) out.push(`- ${escapeBlock(bullet)}`);
    if (bullets.length) out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
