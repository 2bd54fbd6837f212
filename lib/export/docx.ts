import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { citationLabels, formatTimestamp, indexSegments } from "@/lib/export/citations";
import { labelsFor, type ExportLabels } from "@/lib/export/labels";
import { DOCUMENT_FONTS, documentLanguage } from "@/lib/export/office-fonts";
import { cleanInline } from "@/lib/export/text";
import type { CitedSegment, MinutesInput, MinutesTodo, TodoStatus } from "@/lib/export/types";

interface Sourced {
  citations: number[];
  verified: boolean;
  edited?: boolean;
}

const SOURCE_COLOR = "6B7280";
const UNVERIFIED_COLOR = "B45309";
/** Text width of an A4/Letter page with 1-inch margins is ~9000 twips; columns share it. */
const TODO_COLUMN_WIDTHS = [3700, 1300, 1300, 1300, 1400];
const CHECKBOX: Record<TodoStatus, string> = { open: "☐", done: "☑", dropped: "☒" };

/**
 * Runs that follow an item's text: grey source labels, or an amber marker when the citation check
 * failed (the citations are then withheld so the item never looks sourced).
 */
function sourceRuns(item: Sourced, segments: Map<number, CitedSegment>, labels: ExportLabels): TextRun[] {
  const edited = item.edited ? [new TextRun({ text: labels.editedSuffix, italics: true, color: SOURCE_COLOR, size: 18 })] : [];
  if (!item.verified) return [new TextRun({ text: labels.unverifiedSuffix, italics: true, color: UNVERIFIED_COLOR }), ...edited];
  const rendered = citationLabels(item.citations, segments).map((label) => `[${label}]`);
  return [...(rendered.length ? [new TextRun({ text: ` ${rendered.join(" ")}`, color: SOURCE_COLOR, size: 18 })] : []), ...edited];
}

function bullet(text: string, item: Sourced, segments: Map<number, CitedSegment>, labels: ExportLabels): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(cleanInline(text)), ...sourceRuns(item, segments, labels)] });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, children: [new TextRun(text)] });
}

function none(labels: ExportLabels): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: labels.none, color: SOURCE_COLOR })] });
}

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: "E5E7EB" } : undefined,
    children,
  });
}

function textCell(text: string, width: number, options: { bold?: boolean; strike?: boolean; header?: boolean } = {}): TableCell {
  const run = new TextRun({ text, bold: options.bold, strike: options.strike });
  return cell([new Paragraph({ children: [run] })], width, options.header);
}

function todoRow(todo: MinutesTodo, segments: Map<number, CitedSegment>, labels: ExportLabels): TableRow {
  const [itemWidth, ownerWidth, dueWidth, statusWidth, sourceWidth] = TODO_COLUMN_WIDTHS;
  const dropped = todo.status === "dropped";
  const source = todo.verified
    ? citationLabels(todo.citations, segments)
        .map((label) => `[${label}]`)
        .join(" ")
    : labels.unverifiedSuffix.trim();
  return new TableRow({
    cantSplit: true,
    children: [
      textCell(cleanInline(todo.text), itemWidth, { strike: dropped }),
      textCell(cleanInline(todo.owner) || labels.noOwner, ownerWidth, { strike: dropped }),
      textCell(cleanInline(todo.due) || labels.noOwner, dueWidth, { strike: dropped }),
      textCell(`${CHECKBOX[todo.status]} ${labels.statusName[todo.status]}`, statusWidth),
      cell([new Paragraph({ children: [new TextRun({ text: source, color: todo.verified ? SOURCE_COLOR : UNVERIFIED_COLOR, size: 18 })] })], sourceWidth),
    ],
  });
}

function todoTable(todos: MinutesTodo[], segments: Map<number, CitedSegment>, labels: ExportLabels): Table {
  const headers = [labels.item, labels.owner, labels.due, labels.status, labels.source];
  const headerRow = new TableRow({
    tableHeader: true,
    children: headers.map((text, column) => textCell(text, TODO_COLUMN_WIDTHS[column], { bold: true, header: true })),
  });
  // Open first, then done, then dropped: what still needs doing is what readers look for.
  const order: Record<TodoStatus, number> = { open: 0, done: 1, dropped: 2 };
  const sorted = [...todos].sort((a, b) => order[a.status] - order[b.status]);
  return new Table({
    width: { size: TODO_COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: TODO_COLUMN_WIDTHS,
    rows: [headerRow, ...sorted.map((todo) => todoRow(todo, segments, labels))],
  });
}

/** Builds the minutes as a Word document: title, date, then one Heading 1 section per artifact. */
export async function minutesToDocx(minutes: MinutesInput): Promise<Uint8Array> {
  const labels = labelsFor(minutes.lang);
  const segments = indexSegments(minutes.segments);
  const title = cleanInline(minutes.title) || labels.untitled;
  const children: (Paragraph | Table)[] = [heading(title, HeadingLevel.TITLE)];

  const date = cleanInline(minutes.meetingDate);
  if (date) children.push(new Paragraph({ children: [new TextRun({ text: `${labels.date}${labels.colon}${date}`, color: SOURCE_COLOR })] }));

  if (minutes.template) {
    children.push(heading(cleanInline(minutes.template.name) || labels.untitled, HeadingLevel.HEADING_1));
    for (const section of minutes.template.sections) {
      children.push(heading(cleanInline(section.title) || labels.untitled, HeadingLevel.HEADING_2));
      const items = section.items.filter((it) => cleanInline(it.text));
      // A quoted line keeps its words between quotation marks, with who said them.
      const text = (it: (typeof items)[number]) => (it.quote ? `“${it.text}”${it.speaker ? ` — ${it.speaker}` : ""}` : it.text);
      children.push(
        ...(items.length ? items.map((it) => bullet(text(it), it, segments, labels)) : [new Paragraph({ children: [new TextRun({ text: labels.notDiscussed, italics: true })] })]),
      );
    }
  }

  children.push(heading(labels.summary, HeadingLevel.HEADING_1));
  const summary = minutes.summary.filter((point) => cleanInline(point.text));
  children.push(...(summary.length ? summary.map((point) => bullet(point.text, point, segments, labels)) : [none(labels)]));

  children.push(heading(labels.topics, HeadingLevel.HEADING_1));
  const topics = minutes.topics.filter((topic) => cleanInline(topic.title) || cleanInline(topic.summary));
  if (!topics.length) children.push(none(labels));
  for (const topic of topics) {
    const time = typeof topic.startMs === "number" ? ` (${formatTimestamp(topic.startMs)})` : "";
    children.push(heading(`${cleanInline(topic.title) || labels.untitled}${time}`, HeadingLevel.HEADING_2));
    const summaryRuns = [...(cleanInline(topic.summary) ? [new TextRun(cleanInline(topic.summary))] : []), ...sourceRuns(topic, segments, labels)];
    if (summaryRuns.length) children.push(new Paragraph({ children: summaryRuns }));
  }

  children.push(heading(labels.decisions, HeadingLevel.HEADING_1));
  const decisions = minutes.decisions.filter((decision) => cleanInline(decision.text));
  children.push(...(decisions.length ? decisions.map((decision) => bullet(decision.text, decision, segments, labels)) : [none(labels)]));

  children.push(heading(labels.actionItems, HeadingLevel.HEADING_1));
  const todos = minutes.todos.filter((todo) => cleanInline(todo.text));
  children.push(todos.length ? todoTable(todos, segments, labels) : none(labels));

  const document = new Document({
    creator: "Jiyao",
    title,
    styles: {
      default: {
        document: { run: { font: DOCUMENT_FONTS, language: documentLanguage(minutes.lang), size: 22 } },
        // Heading styles name their own fonts in some viewers; pinning them keeps CJK headings in the CJK face.
        title: { run: { font: DOCUMENT_FONTS, size: 40, bold: true }, paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 120 } } },
        heading1: { run: { font: DOCUMENT_FONTS, size: 30, bold: true, color: "1F2937" }, paragraph: { outlineLevel: 0, spacing: { before: 280, after: 120 } } },
        heading2: { run: { font: DOCUMENT_FONTS, size: 25, bold: true, color: "374151" }, paragraph: { outlineLevel: 1, spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [{ children }],
  });
  return Packer.pack(document, "uint8array");
}
