import { describe, expect, it } from "vitest";
import { localEngine } from "@/lib/engine/local";
import { AnalysisSchema } from "@/lib/engine/types";
import { EN_MEETING, PAPER, ZH_MEETING } from "./fixtures";

describe("localEngine.analyze — English meeting", async () => {
  const a = await localEngine.analyze(EN_MEETING, []);
  it("returns a schema-valid analysis", () => {
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    expect(a.engine).toBe("local");
  });
  it("summarises with cleaned sentences citing their own segment", () => {
    expect(a.summary.length).toBeGreaterThan(0);
    for (const p of a.summary) {
      expect(p.text).not.toMatch(/\b(?:um|uh)\b/i);
      const words = p.text
        .toLowerCase()
        .match(/[a-z]+/g)!
        .filter((w) => w.length > 3);
      const seg = EN_MEETING.segments[p.citations[0]];
      // Besides the cited words, only the speaker's name and the attribution verb may appear ("Bob will…").
      const cited = `${seg.text} ${seg.speaker ?? ""} suggested proposed thought that will agreed disagreed view`.toLowerCase();
      expect(words.every((w) => cited.includes(w))).toBe(true);
    }
  });
  it("finds to-dos with owners and due dates resolved against the meeting date", () => {
    const fix = a.todos.find((t) => /image cache/.test(t.text));
    expect(fix).toMatchObject({ owner: "Bob", due: "2024-03-08", citations: [4] });
    const notes = a.todos.find((t) => /release notes/.test(t.text));
    // The acceptance ("Sure, I can do that.") is merged into the request it accepts.
    expect(notes).toMatchObject({ owner: "Carol", citations: [5, 6] });
    const press = a.todos.find((t) => /press contacts/.test(t.text));
    expect(press).toMatchObject({ owner: "Dave", due: "2024-03-15" });
    for (const t of a.todos) expect(t.confidence).toBeGreaterThan(0);
  });
  it("records decisions as decisions, not to-dos", () => {
    expect(a.decisions.map((d) => d.citations[0])).toEqual(expect.arrayContaining([7, 11]));
    expect(a.todos.some((t) => t.citations.includes(7) || t.citations.includes(11))).toBe(false);
  });
  it("produces topics covering the meeting in order", () => {
    expect(a.topics.length).toBeGreaterThan(0);
    expect(a.topics[0].segmentStart).toBe(0);
    expect(a.topics.at(-1)!.segmentEnd).toBe(EN_MEETING.segments.length - 1);
  });
});

describe("localEngine.analyze — Chinese meeting", async () => {
  const a = await localEngine.analyze(ZH_MEETING, []);
  it("resolves Chinese owners and due dates", () => {
    const fix = a.todos.find((t) => t.citations[0] === 3);
    expect(fix).toMatchObject({ owner: "小李", due: "2024-03-15", dueText: "下周五之前" });
    const report = a.todos.find((t) => t.citations[0] === 4);
    expect(report).toMatchObject({ owner: "小张", due: "2024-03-07T15:00" });
    const scale = a.todos.find((t) => t.citations[0] === 9);
    expect(scale).toMatchObject({ owner: null, due: "2024-03-31" });
  });
  it("treats 就这么定了 as a decision only", () => {
    expect(a.decisions.map((d) => d.citations[0])).toContain(6);
    expect(a.todos.some((t) => t.citations.includes(6))).toBe(false);
  });
  it("writes a Chinese summary without fillers", () => {
    const text = a.summary.map((p) => p.text).join("");
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/^嗯|那个我们/);
  });
});

describe("outline", async () => {
  it("follows document sections with 5–15 slides of 3–5 bullets", async () => {
    const a = await localEngine.analyze(PAPER, []);
    const slides = a.outline.slides;
    expect(slides.length).toBeGreaterThanOrEqual(5);
    expect(slides.length).toBeLessThanOrEqual(15);
    expect(slides.map((s) => s.title).slice(0, 3)).toEqual(["Introduction", "Related Work", "Method"]);
    for (const s of slides) {
      expect(s.bullets.length).toBeGreaterThanOrEqual(3);
      expect(s.bullets.length).toBeLessThanOrEqual(5);
      expect(s.citations.length).toBeGreaterThan(0);
    }
    const method = slides.find((s) => s.title === "Method")!;
    for (const c of method.citations) expect(PAPER.segments[c].headingPath).toContain("Method");
  });
  it("uses the meeting's topics for a meeting deck", async () => {
    const a = await localEngine.analyze(EN_MEETING, []);
    expect(a.outline.slides.length).toBeGreaterThanOrEqual(1);
    expect(a.outline.title).toBe("Weekly sync");
  });
});

describe("transform", () => {
  it("polishes deterministically", async () => {
    const once = await localEngine.transform("um so we we ship it ,tomorrow", "polish");
    expect(once).toBe("We ship it, tomorrow");
    expect(await localEngine.transform(once, "polish")).toBe(once);
  });
});
