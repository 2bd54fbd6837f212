/**
 * A 1,000,000-character book (a Chinese EPUB generated here: 5 parts, 50 chapters, 4 sections each,
 * footnotes, with 20 planted facts) through the same code the app runs: parse + chunk + the local
 * engine's retrieval index (parse in the processing child keeps to this path), the outline, and 20
 * questions about the planted facts (answered by the local engine; hits = the fact's line cited).
 * Peak resident memory is this process's high-water mark.
 */
import { performance } from "node:perf_hooks";
import type { BenchRow } from "../bench";
import { parseDocument } from "@/lib/ingest";
import { chunkSegments } from "@/lib/chunk";
import { retrievalIndex } from "@/lib/engine/local/retrieval-cache";
import { answerLocal } from "@/lib/engine/local";
import { localOutline } from "@/lib/engine/local/book-outline";
import { buildEpub, type BookChapter } from "@/tests/support/epub";
import { percentile } from "./support/stats";

const TARGET_CHARS = 1_000_000;
const SUBJECTS = ["数据平台", "客户服务", "供应链", "财务系统", "人力资源", "安全团队", "市场部门", "研发中心", "物流网络", "质量管理"];
const VERBS = ["调整了", "优化了", "重新设计了", "评估了", "记录了", "审查了", "扩展了", "简化了"];
const OBJECTS = ["审批流程", "数据口径", "权限模型", "发布节奏", "培训计划", "监控指标", "采购标准", "服务协议"];
const CODENAMES = ["青鸟", "远航", "磐石", "星火", "长风", "白鹭", "北辰", "银杏", "赤霞", "云杉", "松涛", "海燕", "飞鸿", "晨曦", "墨竹", "金桥", "明月", "雪松", "朝阳", "丹枫"];
const AMOUNTS = ["三百二十万元", "一百八十万元", "四百五十万元", "九十六万元", "二百万元"];

function sentence(i: number): string {
  const s = SUBJECTS[i % SUBJECTS.length];
  return `${2000 + (i % 24)}年第${(i % 4) + 1}季度，${s}${VERBS[(i * 7) % VERBS.length]}${OBJECTS[(i * 3) % OBJECTS.length]}，涉及${((i * 13) % 97) + 3}个团队和${((i * 31) % 500) + 20}名员工。`;
}

export function makeBook(): { bytes: Uint8Array; facts: Array<{ question: string; fact: string }>; chars: number } {
  const chapters: BookChapter[] = [];
  const facts: Array<{ question: string; fact: string }> = [];
  let chars = 0;
  let n = 0;
  for (let c = 0; chars < TARGET_CHARS; c++) {
    const sections = Array.from({ length: 4 }, (_, k) => {
      const paragraphs: string[] = [];
      for (let p = 0; p < 12; p++) {
        let text = Array.from({ length: 4 }, () => sentence(n++)).join("");
        if (p === 5 && k === 1 && facts.length < CODENAMES.length && c % 2 === 0) {
          const name = CODENAMES[facts.length];
          const fact = `项目代号“${name}”的预算最终确定为${AMOUNTS[facts.length % AMOUNTS.length]}，由第${c + 1}章提到的委员会批准。`;
          facts.push({ question: `项目代号${name}的预算是多少？`, fact });
          text += fact;
        }
        chars += text.length;
        paragraphs.push(text);
      }
      return { title: `${c + 1}.${k + 1} 第${k + 1}节`, paragraphs };
    });
    chapters.push({ title: `第${c + 1}章 案例${c + 1}`, part: c % 10 === 0 ? `第${c / 10 + 1}部分` : undefined, sections, footnotes: [`注${c + 1}：本章数据来自内部年报。`] });
  }
  return { bytes: buildEpub({ title: "百万字的企业管理案例集", lang: "zh", chapters }), facts, chars };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number, unit: string, goal?: string) => rows.push({ bench: "book", case: "1M-character EPUB (zh)", metric, value, unit, goal });
  try {
    const book = makeBook();
    row("characters", book.chars, "chars");
    row("EPUB size", book.bytes.length / 1024 / 1024, "MB");
    const t0 = performance.now();
    const doc = await parseDocument({ bytes: book.bytes, fileName: "book.epub" });
    const tParse = performance.now();
    const chunks = chunkSegments(doc.segments);
    const tChunk = performance.now();
    retrievalIndex(doc);
    const tIndex = performance.now();
    row("parse", (tParse - t0) / 1000, "s");
    row("chunk", (tChunk - tParse) / 1000, "s");
    row("index (local retrieval: units, terms, BM25)", (tIndex - tChunk) / 1000, "s");
    row("parse + chunk + index", (tIndex - t0) / 1000, "s", "≤ 60");
    row("segments / chunks", doc.segments.length, `/ ${chunks.length}`);

    const o0 = performance.now();
    const tree = localOutline(doc);
    row("outline", (performance.now() - o0) / 1000, "s", "≤ 30");
    row("outline top-level nodes", tree.nodes.length, `(${tree.source})`);

    const times: number[] = [];
    let hits = 0;
    for (const f of book.facts) {
      // Each question gets the document as the app loads it (a fresh copy): the index is found by content.
      const copy = structuredClone(doc);
      const q0 = performance.now();
      const r = answerLocal(f.question, copy);
      times.push(performance.now() - q0);
      const cited = r.citations.map((i) => doc.segments[i]?.text ?? "");
      if (cited.some((t) => t.includes(f.fact))) hits++;
    }
    row("question p50", percentile(times, 50), "ms");
    row("question p95", percentile(times, 95), "ms", "≤ 500");
    row("questions whose fact line is cited", hits, `of ${book.facts.length}`);
  } finally {
    // The work is synchronous, so the kernel's high-water mark is read rather than sampled.
    row("peak RSS", process.resourceUsage().maxRSS / 1024, "MB", "≤ 1536");
  }
  return rows;
}
