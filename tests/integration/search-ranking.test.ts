/**
 * Ranking of library search (lib/db/search.ts), now done in one SQL statement: documents with equal
 * scores come in a fixed order (newest first, then by id), so the same library always shows the same
 * list; titles are found through their word index (a title-only match, a Chinese word in a title) and
 * stay inside the workspace; at most five lines per document are shown, the rest counted; a common word
 * fills its bounded candidates with lines that have the word itself before lines that only start with it;
 * title-only matches are the newest SEARCH_LIMIT of the workspace or the collection.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { PER_TERM_CANDIDATES, SEARCH_LIMIT, searchWorkspace } = await import("@/lib/db/search");

const sameTime = new Date("2026-11-30T09:00:00Z");

async function addDoc(workspaceId: string, title: string, lines: string[], createdAt = sameTime): Promise<string> {
  const id = randomUUID();
  await db().document.create({
    data: { id, workspaceId, fileName: `${title}.txt`, mimeType: "text/plain", sizeBytes: 1, sha256: randomUUID(), title, speakers: [], status: "ready", createdAt },
  });
  await db().segment.createMany({ data: lines.map((text, index) => ({ workspaceId, documentId: id, index, text, headingPath: [] })) });
  return id;
}

const ids = async (ws: string, q: string) => (await searchWorkspace(ws, q)).map((r) => r.documentId);

let wsA: string, wsB: string;
let twins: string[], newer: string, titled: string, long: string;

beforeAll(async () => {
  wsA = await makeWorkspace(await makeUser("alice-rank"));
  wsB = await makeWorkspace(await makeUser("bob-rank"));
  // Four documents with the very same line and creation time: only their ids can order them.
  twins = [];
  for (let i = 0; i < 4; i++) twins.push(await addDoc(wsA, `Sync ${i}`, ["The tiebreak review is on Friday."]));
  newer = await addDoc(wsA, "Later sync", ["The tiebreak review is on Friday."], new Date("2026-12-01T09:00:00Z"));
  titled = await addDoc(wsA, "预算复盘 Tiebreak", ["没有相关的内容。"]);
  long = await addDoc(
    wsA,
    "Long",
    Array.from({ length: 8 }, (_, i) => `Overflow line ${i} mentions the marker.`),
  );
  await addDoc(wsB, "预算 Tiebreak elsewhere", ["The tiebreak review is on Friday.", "Overflow marker"]);
});

describe("search ranking", () => {
  it("orders equal scores by creation time, then id, the same on every run", async () => {
    const first = await ids(wsA, "tiebreak review");
    expect(first).toEqual([newer, ...[...twins].sort()]);
    for (let i = 0; i < 3; i++) expect(await ids(wsA, "tiebreak review")).toEqual(first);
  });

  it("finds titles through their words, Chinese and English, and never another workspace's", async () => {
    expect(await ids(wsA, "预算")).toEqual([titled]);
    const tie = await ids(wsA, "tiebreak");
    // A title-only match (score: one term + 0.5) outranks lines, which score one term + similarity.
    expect(tie[0]).toBe(titled);
    expect(new Set(tie)).toEqual(new Set([titled, newer, ...twins]));
    expect(await ids(wsA, "elsewhere")).toEqual([]);
    expect(await ids(wsB, "预算")).toHaveLength(1);
  });

  it("shows five lines of a document and counts the others", async () => {
    const [res] = await searchWorkspace(wsA, "marker");
    expect(res.documentId).toBe(long);
    expect(res.hits).toHaveLength(5);
    expect(res.moreHits).toBe(3);
    expect(res.hits.map((h) => h.snippet.filter((p) => p.mark).map((p) => p.text))).toEqual(Array(5).fill(["marker"]));
  });

  it("a word with more whole-word lines than the candidate bound takes those, not the prefix-only lines stored first", async () => {
    const ws = await makeWorkspace(await makeUser("carol-rank"));
    // Stored first, so the first lines in physical order: only "vendors" (a prefix match of "vendor").
    const plural = await addDoc(ws, "Plural", ["The vendors sent their quotes."]);
    const whole = await addDoc(
      ws,
      "Whole",
      Array.from({ length: PER_TERM_CANDIDATES }, (_, i) => `Vendor call ${i}.`),
    );
    expect(await ids(ws, "vendor")).toEqual([whole]);
    // Below the bound, prefix matches are candidates as before.
    expect(await ids(ws, "vendors")).toEqual([plural]);
    expect(new Set(await ids(ws, "vendor sent"))).toEqual(new Set([plural]));
  });

  it("terms that fill the shown hits with lines holding all of them show those, not lines with one term stored first", async () => {
    const ws = await makeWorkspace(await makeUser("erin-rank"));
    // Stored first: enough one-term lines to fill each term's candidate bound.
    await addDoc(
      ws,
      "One term",
      Array.from({ length: 2 * PER_TERM_CANDIDATES }, (_, i) => (i % 2 ? `Ledger note ${i}.` : `Audit note ${i}.`)),
    );
    const both: string[] = [];
    for (let d = 0; d < SEARCH_LIMIT / 5; d++)
      both.push(
        await addDoc(
          ws,
          `Both ${d}`,
          Array.from({ length: 5 }, (_, i) => `The audit of the ledger, part ${i}.`),
        ),
      );
    const res = await searchWorkspace(ws, "audit ledger");
    expect(new Set(res.map((r) => r.documentId))).toEqual(new Set(both));
    for (const r of res) for (const h of r.hits) expect(h.snippet.map((p) => p.text).join("")).toMatch(/audit.*ledger/);
    // Fewer such lines than the shown hits: per-term candidates as before (the one-term document qualifies too).
    expect(await ids(ws, "note ledger")).toHaveLength(1);
  });

  it("title-only matches are the newest SEARCH_LIMIT, in the collection when one is given", async () => {
    const ws = await makeWorkspace(await makeUser("dave-rank"));
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 0, i));
    const inCol: string[] = [];
    for (let i = 0; i < 3; i++) inCol.push(await addDoc(ws, `周会 old ${i}`, ["无关。"], at(i)));
    const newer: string[] = [];
    for (let i = 0; i < SEARCH_LIMIT + 2; i++) newer.push(await addDoc(ws, `周会 new ${i}`, ["无关。"], at(10 + i)));
    const col = await db().collection.create({ data: { workspaceId: ws, name: "Old" } });
    await db().collectionDocument.createMany({ data: inCol.map((documentId) => ({ workspaceId: ws, collectionId: col.id, documentId })) });
    // "会" has no search word (a title scan) and "周会" does (the title index): both paths.
    for (const q of ["会", "周会"]) {
      expect(await ids(ws, q)).toEqual([...newer].reverse().slice(0, SEARCH_LIMIT));
      expect((await searchWorkspace(ws, q, { collectionId: col.id })).map((r) => r.documentId)).toEqual([...inCol].reverse());
    }
  });
});
