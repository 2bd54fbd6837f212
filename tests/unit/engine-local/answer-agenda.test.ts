import { describe, expect, it } from "vitest";
import { agendaPrior, agendaQuery, topicLine } from "@/lib/engine/local/agenda";
import { Bm25 } from "@/lib/engine/local/bm25";
import { readQuestion } from "@/lib/engine/local/question";
import { buildUnits } from "@/lib/engine/local/units";
import { contentTerms } from "@/lib/text/terms";
import { turnsMeeting } from "./fixtures";

// A meeting written for these tests, not taken from the corpus: the chair names the battery once in
// the opening preview; the battery is then discussed at length in the second block.
const doc = turnsMeeting([
  ["Project Manager", "Today we cover the battery and then the colours."],
  ["Marketing", "The colours should be bright, yellow and red are popular."],
  ["Industrial Designer", "Red plastic costs the same as grey plastic."],
  ["Project Manager", "So the battery now. Which battery do we take?"],
  ["Industrial Designer", "A kinetic battery charges when you shake the remote."],
  ["Marketing", "Users never want to replace a battery, so kinetic is good."],
  ["Industrial Designer", "The battery lasts two years that way."],
]);
const units = buildUnits(doc);
const docs = units.map((u) => contentTerms(u.text, { bigrams: true }));
const bm = new Bm25(docs);
// Two blocks: the opening and the colours (units of turns 0–2), then the battery (turns 3–6).
const blockOf = Int32Array.from(units, (u) => (u.seg < 3 ? 0 : 1));

describe("agenda blocks for answers", () => {
  it("scores a block by its share of the asked words' mentions, the best block 1", () => {
    const prior = agendaPrior(blockOf, bm, new Map([["battery", 1]]));
    const at = (seg: number) => prior[units.findIndex((u) => u.seg === seg)];
    expect(at(5)).toBe(1);
    expect(at(1)).toBeGreaterThan(0);
    expect(at(1)).toBeLessThan(0.5);
  });
  it("no asked word in the meeting: no block is best", () => {
    expect(agendaPrior(blockOf, bm, new Map([["berlin", 1]])).every((x) => x === 0)).toBe(true);
  });
  it("weighs the words of the phrase naming the discussion highest", () => {
    const q = "What did Marketing think of the price when discussing the battery?";
    const w = agendaQuery(q, readQuestion(q, doc.speakers));
    expect([...w.values()].some((x) => x > 1)).toBe(true);
    const about = "What did the group decide about the kinetic battery?";
    const wa = agendaQuery(about, readQuestion(about, doc.speakers));
    expect(wa.get(contentTerms("kinetic")[0])).toBeGreaterThan(1);
  });
  it("quotes the densest asked-word line of the best block, by the participant asked about", () => {
    const prior = agendaPrior(blockOf, bm, new Map([["battery", 1]]));
    const scores = bm.score(new Map([["battery", 1]]));
    const dense = Float64Array.from(units, (_, i) => (i === units.length - 1 ? 2 : 1));
    expect(units[topicLine(units, prior, dense, scores, [])].seg).toBe(6);
    expect(units[topicLine(units, prior, dense, scores, ["Marketing"])].speaker).toBe("Marketing");
    expect(topicLine(units, prior, dense, scores, ["Nobody"])).toBe(-1);
  });
});
