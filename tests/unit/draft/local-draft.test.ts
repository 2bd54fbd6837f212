import { beforeAll, describe, expect, it } from "vitest";
import { DraftSchema, type Draft, type DraftItem } from "@/lib/engine/draft-types";
import { buildDraft, DRAFT_TEMPLATES, draftToMarkdown, findTemplate, type DraftInput } from "@/lib/engine/local/draft";
import { quoteIsSupported } from "@/lib/engine/verify";
import { officeInput } from "./helpers";

let zh: DraftInput;
let en: DraftInput;
beforeAll(async () => {
  zh = await officeInput("zh06-release-review");
  en = await officeInput("en01-sprint-planning");
}, 60_000);

const section = (d: Draft, id: string) => d.sections.find((s) => s.id === id)!;

/** Every item cites segments that exist in its own file, and its evidence is found in those lines. */
function expectGrounded(d: Draft, inputs: DraftInput[]) {
  for (const s of d.sections)
    for (const item of s.items) {
      const input = inputs.find((i) => i.source === item.source);
      expect(input, `source of "${item.text}"`).toBeDefined();
      const segs = input!.doc.segments;
      for (const c of item.citations) expect(c, `citation of "${item.text}"`).toBeLessThan(segs.length);
      const cited = item.citations.map((c) => segs[c].text).join("\n");
      for (const q of item.evidence ?? []) expect(quoteIsSupported(q, cited), `evidence "${q}" in cited lines`).toBe(true);
      if (s.id === "attendees") expect(segs[item.citations[0]].speaker).toBe(item.text);
      if (s.id === "summary" || s.id === "decisions") expect(item.citations.length).toBeGreaterThan(0);
    }
}

function expectTodos(d: Draft, input: DraftInput) {
  const todoSection = d.sections.find((s) => DRAFT_TEMPLATES.find((t) => t.id === d.template)!.sections.find((x) => x.id === s.id)!.kind === "todos")!;
  expect(input.analysis.todos.length).toBeGreaterThan(0);
  for (const t of input.analysis.todos) {
    const item = todoSection.items.find((i: DraftItem) => i.source === input.source && i.text.startsWith(t.text));
    expect(item, `to-do "${t.text}"`).toBeDefined();
    expect(item!.citations).toEqual(t.citations);
    if (t.owner) expect(item!.text).toContain(t.owner);
    // No meeting date in the file: the due date is the phrase said, never a date resolved against today.
    const due = t.dueText ?? t.due;
    if (due) expect(item!.text).toContain(due);
    if (!t.owner || !due) expect(item!.text).toMatch(d.lang === "zh" ? /未记录/ : /not recorded/);
  }
}

describe("drafts from meetings, offline", () => {
  for (const template of DRAFT_TEMPLATES)
    for (const which of ["zh", "en"] as const)
      it(`${template.id} on the ${which} office meeting`, () => {
        const input = which === "zh" ? zh : en;
        const d = DraftSchema.parse(buildDraft(template, [input]));
        expect(d.sections.map((s) => s.id)).toEqual(template.sections.map((s) => s.id));
        expect(d.lang).toBe(template.lang ?? which);
        for (const s of d.sections) {
          expect(s.heading).toBeTruthy();
          if (!s.items.length) expect(s.empty).toMatch(d.lang === "zh" ? /未记录|未约定/ : /not (recorded|set)/);
        }
        expectGrounded(d, [input]);
        expectTodos(d, input);
        const md = draftToMarkdown(d);
        for (const s of d.sections) expect(md).toContain(`## ${s.heading}`);
        const cited = d.sections.flatMap((s) => s.items).find((i) => i.citations.length)!;
        expect(md).toContain(`${cited.text} [#${cited.citations[0]}`);
      });

  it("never makes up a meeting time, and uses the file's date when it has one", () => {
    const minutes = findTemplate("minutes-zh")!;
    expect(section(buildDraft(minutes, [zh]), "time")).toMatchObject({ items: [], empty: "未记录" });
    const dated = { ...zh, doc: { ...zh.doc, meetingDate: "2025-03-07" } };
    expect(section(buildDraft(minutes, [dated]), "time").items.map((i) => i.text)).toEqual(["2025-03-07"]);
    const todo = dated.analysis.todos.find((t) => t.due && t.dueText)!;
    expect(section(buildDraft(minutes, [dated]), "todos").items.find((i) => i.text.startsWith(todo.text))!.text).toContain(todo.due!);
  });

  it("attendees are the speakers, nobody else", () => {
    const d = buildDraft(findTemplate("minutes-en")!, [en]);
    expect(
      section(d, "attendees")
        .items.map((i) => i.text)
        .sort(),
    ).toEqual([...new Set(en.doc.segments.map((s) => s.speaker).filter(Boolean))].sort());
  });

  it("weekly report over two meetings keeps each item's file", () => {
    const inputs = [zh, en];
    const d = buildDraft(findTemplate("weekly-report")!, inputs);
    expect(d.sources).toEqual([zh.source, en.source]);
    expect(section(d, "meetings").items.map((i) => i.source)).toEqual([zh.source, en.source]);
    for (const id of ["decisions", "todos", "summary"]) expect(new Set(section(d, id).items.map((i) => i.source))).toEqual(new Set([zh.source, en.source]));
    expectGrounded(d, inputs);
    expectTodos(d, zh);
    expectTodos(d, en);
    const md = draftToMarkdown(d);
    const item = section(d, "decisions").items.find((i) => i.source === en.source)!;
    expect(md).toContain(`${item.text} [${en.source} #${item.citations[0]}`);
  });

  it("picks the language of the meetings for templates without one", () => {
    const email = findTemplate("followup-email")!;
    expect(buildDraft(email, [zh]).opening).toMatch(/各位好/);
    expect(buildDraft(email, [en]).opening).toMatch(/^Hi all/);
    expect(buildDraft(findTemplate("minutes-en")!, [zh]).lang).toBe("en");
  });
});
