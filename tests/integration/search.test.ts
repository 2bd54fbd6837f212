import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser, makeWorkspace, setUpTestDatabase } from "../support/db";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { db } = await import("@/lib/db/client");
const { searchWorkspace } = await import("@/lib/db/search");
const { highlight } = await import("@/lib/text/snippet");

async function addDoc(workspaceId: string, title: string, lines: [string | null, string][]): Promise<string> {
  const doc = await db().document.create({
    data: { workspaceId, fileName: `${title}.txt`, mimeType: "text/plain", sizeBytes: 1, sha256: randomUUID(), title, speakers: [], status: "ready" },
  });
  await db().segment.createMany({
    data: lines.map(([speaker, text], index) => ({ workspaceId, documentId: doc.id, index, speaker, text, headingPath: [] })),
  });
  return doc.id;
}

const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join("");
const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

let wsA: string, wsB: string;
let zhDoc: string, enDoc: string, budgetOnly: string, specialDoc: string;

beforeAll(async () => {
  const alice = await makeUser("alice");
  const bob = await makeUser("bob");
  wsA = await makeWorkspace(alice);
  wsB = await makeWorkspace(bob);
  zhDoc = await addDoc(wsA, "周例会", [
    ["张三", "大家好，今天讨论第三季度的预算。"],
    ["李四", "测试还差两个模块。"],
    ["王五", "预算超支百分之十，需要调整。"],
  ]);
  enDoc = await addDoc(wsA, "Budget review", [
    ["Alice", "Good morning, let's look at travel."],
    ["Bob", "I will send the revised budget by Friday."],
  ]);
  budgetOnly = await addDoc(wsA, "Planning", [["Carol", "The budget is fine as it is."]]);
  specialDoc = await addDoc(wsA, "Rates", [
    ["Dan", "Growth was 100% last year, 50_000 users, and it's Dan's call."],
    ["Eve", "Growth was 1000 last year with 500 users."],
  ]);
  // Same words in another workspace: must never show up in A's results.
  await addDoc(wsB, "预算 Budget secret", [["Mallory", "预算 revised budget by Friday 100% it's"]]);
});

describe("library search", () => {
  it("finds a two-character Chinese term in every line that has it, with highlights", async () => {
    const res = await searchWorkspace(wsA, "预算");
    expect(res.map((r) => r.documentId)).toEqual([zhDoc]);
    expect(res[0].hits.map((h) => h.index).sort()).toEqual([0, 2]);
    for (const h of res[0].hits) expect(marked(h.snippet)).toEqual(["预算"]);
    expect(plain(res[0].hits.find((h) => h.index === 2)!.snippet)).toBe("预算超支百分之十，需要调整。");
  });

  it("finds longer Chinese phrases through the trigram path", async () => {
    const res = await searchWorkspace(wsA, "第三季度");
    expect(res.map((r) => r.documentId)).toEqual([zhDoc]);
    expect(res[0].hits.map((h) => h.index)).toEqual([0]);
  });

  it("requires every English term, case-insensitively, and ranks lines with more terms first", async () => {
    const res = await searchWorkspace(wsA, "REVISED budget");
    expect(res.map((r) => r.documentId)).toEqual([enDoc]);
    expect(res[0].hits[0].index).toBe(1);
    expect(marked(res[0].hits[0].snippet)).toEqual(["revised", "budget"]);
    // The title matches "budget" as well and is highlighted.
    expect(marked(res[0].title)).toEqual(["Budget"]);

    const one = await searchWorkspace(wsA, "budget");
    expect(new Set(one.map((r) => r.documentId))).toEqual(new Set([enDoc, budgetOnly]));
  });

  it("matches terms across lines and the title of one document", async () => {
    const res = await searchWorkspace(wsA, "travel Friday");
    expect(res.map((r) => r.documentId)).toEqual([enDoc]);
    expect(res[0].hits.map((h) => h.index).sort()).toEqual([0, 1]);
    expect((await searchWorkspace(wsA, "rates 1000")).map((r) => r.documentId)).toEqual([specialDoc]);
  });

  it("never returns another workspace's documents, even with the same words", async () => {
    for (const q of ["预算", "revised budget", "Friday", "100%", "secret", "Mallory"]) {
      const res = await searchWorkspace(wsA, q);
      const ids = res.map((r) => r.documentId);
      const inB = await db().document.findMany({ where: { workspaceId: wsB }, select: { id: true } });
      for (const d of inB) expect(ids).not.toContain(d.id);
    }
    expect(await searchWorkspace(wsA, "secret")).toEqual([]);
    expect(await searchWorkspace(wsB, "secret")).toHaveLength(1);
    expect(await searchWorkspace(wsB, "预算 revised")).toHaveLength(1);
  });

  it("treats % _ ' and backslash literally", async () => {
    const pct = await searchWorkspace(wsA, "100%");
    expect(pct.map((r) => r.documentId)).toEqual([specialDoc]);
    expect(pct[0].hits.map((h) => h.index)).toEqual([0]); // not "1000"
    const under = await searchWorkspace(wsA, "50_000");
    expect(under[0]?.hits.map((h) => h.index)).toEqual([0]);
    expect(await searchWorkspace(wsA, "5_0")).toEqual([]);
    expect((await searchWorkspace(wsA, "it's"))[0]?.hits.map((h) => h.index)).toEqual([0]);
    expect(await searchWorkspace(wsA, "%")).toHaveLength(1);
    expect(await searchWorkspace(wsA, "_")).toHaveLength(1);
    expect(await searchWorkspace(wsA, "\\")).toEqual([]);
    expect(await searchWorkspace(wsA, '\'; DROP TABLE "Segment"; --')).toEqual([]);
    expect(await db().segment.count({ where: { workspaceId: wsA } })).toBe(8);
  });

  it("a 3+ character term, escaped as the search escapes it, can use the trigram index", async () => {
    const { containsPattern } = await import("@/lib/db/search-sql");
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT "index" FROM "Segment" WHERE "text" ILIKE ${containsPattern("100%")}`;
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Segment_text_idx");
  });

  it("returns nothing for an empty query", async () => {
    expect(await searchWorkspace(wsA, "   ")).toEqual([]);
  });

  it("highlights without building HTML", () => {
    const parts = highlight("<b>budget</b> Budget", ["budget"]);
    expect(parts).toEqual([
      { text: "<b>", mark: false },
      { text: "budget", mark: true },
      { text: "</b> ", mark: false },
      { text: "Budget", mark: true },
    ]);
  });
});
