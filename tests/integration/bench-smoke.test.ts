/**
 * The benchmark helpers at small scale: a generated library of 500 documents is searchable with the
 * exact hits the generator planted, scoped to its workspace; the generated one-hour transcripts parse
 * as meetings with speakers and timestamps; the statistics are right. Behaviour only, no timings.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../support/db";

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { searchWorkspace } = await import("@/lib/db/search");
const { parseDocument } = await import("@/lib/ingest");
const { docLang, docTitle, isNeedleDoc, makeBenchWorkspace, NEEDLE, seedLibrary } = await import("@/scripts/bench/support/corpus");
const { chineseMeeting, englishMeeting } = await import("@/scripts/bench/support/transcript");
const { percentile, prng, summarize } = await import("@/scripts/bench/support/stats");

const DOCS = 500;
let mine: { userId: string; workspaceId: string };
let other: { userId: string; workspaceId: string };

beforeAll(async () => {
  mine = await makeBenchWorkspace("smoke");
  other = await makeBenchWorkspace("smoke-other");
  await seedLibrary(mine.workspaceId, mine.userId, DOCS);
  await seedLibrary(other.workspaceId, other.userId, 100, 2);
});

const planted = (lang: "zh" | "en") =>
  Array.from({ length: DOCS }, (_, i) => i)
    .filter((i) => isNeedleDoc(i) && docLang(i) === lang)
    .map(docTitle);
const titleOf = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

describe("generated library", () => {
  it("stores every document ready, with lines in both languages", async () => {
    const docs = await db().document.findMany({ where: { workspaceId: mine.workspaceId }, select: { status: true, lang: true } });
    expect(docs).toHaveLength(DOCS);
    expect(docs.every((d) => d.status === "ready")).toBe(true);
    expect(new Set(docs.map((d) => d.lang))).toEqual(new Set(["zh", "en"]));
    expect(await db().segment.count({ where: { workspaceId: mine.workspaceId } })).toBeGreaterThan(DOCS * 10);
  });

  it.each(["zh", "en"] as const)("search for the %s needle finds exactly the planted documents, with the line marked", async (lang) => {
    const results = await searchWorkspace(mine.workspaceId, NEEDLE[lang]);
    expect(results.map((r) => titleOf(r.title)).sort()).toEqual(planted(lang).sort());
    for (const r of results) {
      expect(r.hits.length).toBeGreaterThan(0);
      // Whitespace separates terms: the English needle is three words, each marked.
      const marked = r.hits[0].snippet.filter((p) => p.mark).map((p) => p.text.toLowerCase());
      for (const term of NEEDLE[lang].split(" ")) expect(marked).toContain(term);
    }
  });

  it("never returns another workspace's documents", async () => {
    const ids = new Set((await db().document.findMany({ where: { workspaceId: mine.workspaceId }, select: { id: true } })).map((d) => d.id));
    for (const q of ["预算", "budget", "会", NEEDLE.en, "数据 迁移"]) {
      const results = await searchWorkspace(mine.workspaceId, q);
      expect(results.every((r) => ids.has(r.documentId))).toBe(true);
    }
  });

  it("a multi-term query returns only documents containing every term", async () => {
    const results = await searchWorkspace(mine.workspaceId, "billing migration");
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      const lines = await db().segment.findMany({ where: { documentId: r.documentId }, select: { text: true } });
      const all = lines.map((l) => l.text.toLowerCase()).join("\n") + titleOf(r.title).toLowerCase();
      expect(all).toContain("billing");
      expect(all).toContain("migration");
    }
  });
});

describe("generated one-hour transcripts", () => {
  it("English: ~9,000 words of timestamped speaker turns", async () => {
    const t = englishMeeting();
    expect(t.size).toBeGreaterThanOrEqual(9000);
    const doc = await parseDocument({ bytes: new TextEncoder().encode(t.text), fileName: t.fileName });
    expect(doc.kind).toBe("meeting");
    expect(doc.speakers.length).toBeGreaterThanOrEqual(4);
    const last = doc.segments.at(-1)!;
    expect(last.startMs).toBeGreaterThan(50 * 60_000);
    expect(last.startMs).toBeLessThan(80 * 60_000);
  });

  it("Chinese: ~15,000 characters in 飞书-style turns", async () => {
    const t = chineseMeeting();
    expect(t.size).toBeGreaterThanOrEqual(15000);
    const doc = await parseDocument({ bytes: new TextEncoder().encode(t.text), fileName: t.fileName });
    expect(doc.kind).toBe("meeting");
    expect(doc.lang).toBe("zh");
    expect(doc.segments.every((s) => s.speaker && s.startMs !== undefined)).toBe(true);
  });

  it("is deterministic per seed and different across seeds", () => {
    expect(englishMeeting(500, 3).text).toBe(englishMeeting(500, 3).text);
    expect(englishMeeting(500, 3).text).not.toBe(englishMeeting(500, 4).text);
  });
});

describe("statistics", () => {
  it("nearest-rank percentiles and a summary", () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([1, 2, 3])).toMatchObject({ n: 3, p50: 2, max: 3, mean: 2 });
    const r = prng(1);
    expect(Array.from({ length: 5 }, r).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
