/**
 * A generated library for search benchmarks: N ready documents with transcript lines, half Chinese,
 * half English, sizes from a short stand-up to a long review, inserted with createMany (no pipeline).
 * Every 97th document carries a "needle" line so tests know exactly which documents must match.
 */
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { createWorkspace } from "@/lib/db/workspaces";
import { prng } from "./stats";
import { EN_LINES, EN_PEOPLE, EN_TOPICS, ZH_LINES, ZH_PEOPLE, ZH_TOPICS } from "./transcript";

const EXTRA_EN_TOPICS = ["the design system", "incident follow-ups", "the analytics pipeline", "pricing experiments", "the security audit", "vendor renewals"];
const EXTRA_ZH_TOPICS = ["设计规范", "故障复盘", "数据看板", "定价实验", "安全审计", "供应商续约", "数据库扩容", "接口评审"];
export const NEEDLE = { zh: "量子计算试点", en: "quantum ledger pilot" } as const;
const NEEDLE_EVERY = 97;

export const isNeedleDoc = (i: number) => i % NEEDLE_EVERY === 0;
export const docLang = (i: number): "zh" | "en" => (i % 2 === 0 ? "zh" : "en");
export const docTitle = (i: number) => (docLang(i) === "zh" ? `产品周会 第${i}期` : `Weekly sync #${i}`);

/** A user and a workspace of their own to hold the library. */
export async function makeBenchWorkspace(label = "bench"): Promise<{ userId: string; workspaceId: string }> {
  const userId = randomUUID();
  await db().user.create({ data: { id: userId, email: `${label}-${userId.slice(0, 8)}@example.test`, name: label } });
  const ws = await createWorkspace(userId, `${label} library`, { personal: true });
  return { userId, workspaceId: ws.id };
}

function segmentCount(rand: () => number): number {
  // 70 % stand-ups and short calls (10–60 lines), 30 % long meetings (60–200 lines).
  return rand() < 0.7 ? 10 + Math.floor(rand() * 50) : 60 + Math.floor(rand() * 140);
}

function lineText(lang: "zh" | "en", topics: string[], rand: () => number): string {
  const pool = lang === "zh" ? ZH_LINES : EN_LINES;
  const n = 1 + Math.floor(rand() * 2);
  return Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)].replace("{t}", topics[Math.floor(rand() * topics.length)])).join(lang === "zh" ? "" : " ");
}

export interface SeedResult {
  documents: number;
  segments: number;
  seconds: number;
}

/** Inserts `count` documents (and their lines) into the workspace; deterministic for a given seed. */
export async function seedLibrary(workspaceId: string, userId: string, count: number, seed = 1): Promise<SeedResult> {
  const started = performance.now();
  const rand = prng(seed);
  const zhTopics = [...ZH_TOPICS, ...EXTRA_ZH_TOPICS];
  const enTopics = [...EN_TOPICS, ...EXTRA_EN_TOPICS];
  let segments = 0;
  const DOCS_PER_BATCH = 200;
  for (let from = 0; from < count; from += DOCS_PER_BATCH) {
    const docs = [];
    const lines = [];
    for (let i = from; i < Math.min(count, from + DOCS_PER_BATCH); i++) {
      const lang = docLang(i);
      const id = randomUUID();
      const topicsAll = lang === "zh" ? zhTopics : enTopics;
      const topics = [0, 1, 2].map(() => topicsAll[Math.floor(rand() * topicsAll.length)]);
      const people = lang === "zh" ? ZH_PEOPLE : EN_PEOPLE;
      const n = segmentCount(rand);
      const needleAt = isNeedleDoc(i) ? Math.floor(rand() * n) : -1;
      let bytes = 0;
      for (let k = 0; k < n; k++) {
        let text = lineText(lang, topics, rand);
        if (k === needleAt) text = lang === "zh" ? `另外，${NEEDLE.zh}下个月启动。${text}` : `Also, the ${NEEDLE.en} starts next month. ${text}`;
        bytes += Buffer.byteLength(text);
        lines.push({ documentId: id, workspaceId, index: k, speaker: people[k % people.length], startMs: k * 20_000, endMs: k * 20_000 + 18_000, text, headingPath: [] });
      }
      segments += n;
      docs.push({
        id,
        workspaceId,
        uploadedById: userId,
        fileName: `${docTitle(i)}.txt`,
        mimeType: "text/plain",
        sizeBytes: bytes,
        sha256: createHash("sha256").update(`${seed}:${i}`).digest("hex"),
        title: docTitle(i),
        kind: "meeting" as const,
        lang,
        speakers: people.slice(0, 3),
        status: "ready" as const,
        progress: 100,
      });
    }
    await db().document.createMany({ data: docs });
    for (let k = 0; k < lines.length; k += 5000) await db().segment.createMany({ data: lines.slice(k, k + 5000) });
  }
  // Fresh statistics, as autovacuum would have them on a library that grew over months.
  await db().$executeRawUnsafe(`ANALYZE "Document"`);
  await db().$executeRawUnsafe(`ANALYZE "Segment"`);
  return { documents: count, segments, seconds: (performance.now() - started) / 1000 };
}
