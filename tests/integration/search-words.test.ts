/**
 * The word index behind library search ("Segment"."searchWords", migration 20261204010000): the trigger
 * fills it on every write, the query side tokenizes with the same SQL function, and search through it
 * finds 2-character Chinese words anywhere in a line, English words by prefix (plural, -ing) in any case,
 * mixed queries, and still stays inside the workspace and the collection.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { searchWorkspace } = await import("@/lib/db/search");

async function addDoc(workspaceId: string, title: string, lines: string[]): Promise<string> {
  const doc = await db().document.create({
    data: { workspaceId, fileName: `${title}.txt`, mimeType: "text/plain", sizeBytes: 1, sha256: randomUUID(), title, speakers: [], status: "ready" },
  });
  await db().segment.createMany({ data: lines.map((text, index) => ({ workspaceId, documentId: doc.id, index, text, headingPath: [] })) });
  return doc.id;
}

/** The lexemes stored for one line, sorted. */
const words = async (documentId: string, index: number) =>
  (await db().$queryRaw<{ w: string[] }[]>`SELECT tsvector_to_array("searchWords") AS w FROM "Segment" WHERE "documentId" = ${documentId} AND "index" = ${index}`)[0].w.sort();
const ids = async (ws: string, q: string, collectionId?: string) => (await searchWorkspace(ws, q, { collectionId })).map((r) => r.documentId).sort();

let wsA: string, wsB: string;
let zh: string, en: string, mixed: string, other: string, inB: string, collectionId: string;

beforeAll(async () => {
  const alice = await makeUser("alice-words");
  const bob = await makeUser("bob-words");
  wsA = await makeWorkspace(alice);
  wsB = await makeWorkspace(bob);
  zh = await addDoc(wsA, "周会", ["明年的预算案还没定。", "量子计算试点下周开始。"]);
  en = await addDoc(wsA, "Planning", ["Budgets are BUDGETING season again.", "Billing migration starts Monday."]);
  mixed = await addDoc(wsA, "复盘", ["Q3 灰度发布 went fine."]);
  other = await addDoc(wsA, "Notes", ["量子 and budget, outside the collection."]);
  inB = await addDoc(wsB, "Secret", ["量子计算试点 budget Q3 灰度发布"]);
  const col = await db().collection.create({ data: { workspaceId: wsA, name: "Words" } });
  collectionId = col.id;
  await db().collectionDocument.createMany({ data: [zh, en, mixed].map((documentId) => ({ workspaceId: wsA, collectionId, documentId })) });
});

describe("search words (tsvector)", () => {
  it("the trigger fills the words on insert and refreshes them when the text changes", async () => {
    expect(await words(zh, 1)).toEqual(["量子", "子计", "计算", "算试", "试点", "点下", "下周", "周开", "开始"].sort());
    expect(await words(en, 0)).toEqual(["again", "are", "budgeting", "budgets", "season"]);
    await db().segment.updateMany({ where: { documentId: en, index: 1 }, data: { text: "Invoices next week." } });
    expect(await words(en, 1)).toEqual(["invoices", "next", "week"]);
    expect(await ids(wsA, "invoices")).toEqual([en]);
    expect(await ids(wsA, "billing")).toEqual([]);
  });

  it("a 2-character Chinese term is found inside a longer word, through the index", async () => {
    // jieba would keep 预算案 as one word; bigrams still hold 预算.
    expect(await ids(wsA, "预算")).toEqual([zh]);
    expect(await ids(wsA, "量子")).toEqual([other, zh].sort());
    expect(await ids(wsA, "量子计算试点")).toEqual([zh]);
    // Bigrams in the wrong order are not the phrase: the ILIKE check keeps matches literal.
    expect(await ids(wsA, "试点量子")).toEqual([]);
  });

  it("English words match by prefix in any case; a fragment inside a word still matches by substring", async () => {
    expect(await ids(wsA, "BUDGET")).toEqual([en, other].sort());
    expect(await ids(wsA, "budgeting")).toEqual([en]);
    const hit = (await searchWorkspace(wsA, "budgets"))[0].hits[0];
    expect(hit.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(["Budgets"]);
    expect(await ids(wsA, "udget")).toEqual([en, other].sort());
  });

  it("mixed Chinese and English terms must all occur", async () => {
    expect(await ids(wsA, "Q3 灰度发布")).toEqual([mixed]);
    expect(await ids(wsA, "q3 预算")).toEqual([]);
  });

  it("stays inside the workspace and the collection", async () => {
    for (const q of ["量子", "budget", "Q3", "灰度发布", "量子计算试点"]) expect(await ids(wsA, q)).not.toContain(inB);
    expect(await ids(wsB, "量子计算试点 budget")).toEqual([inB]);
    expect(await ids(wsA, "量子", collectionId)).toEqual([zh]);
    expect(await ids(wsA, "budget", collectionId)).toEqual([en]);
    expect(await ids(wsA, "secret", collectionId)).toEqual([]);
  });

  it("the candidate query uses the GIN index on the words", async () => {
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT "id" FROM "Segment" WHERE "searchWords" @@ jiyao_search_query('量子')`;
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Segment_searchWords_idx");
  });
});
