/**
 * Parse throughput on synthesized 2-hour meetings: a Chinese 腾讯会议-style .txt (~20k characters
 * per hour) and an English Zoom-style .vtt (~150 words per minute), plus chunking of the result.
 */
import { performance } from "node:perf_hooks";
import type { BenchRow } from "../bench";
import { parseDocument } from "@/lib/ingest";
import { chunkSegments } from "@/lib/chunk";
import { formatClock } from "@/lib/ingest/timecode";

const HOURS = 2;
const ZH_SENTENCES = [
  "嗯，我们先过一下上周的进度。",
  "支付接口已经联调完成，下周二可以提测。",
  "那个，灰度方案还需要再确认一下。",
  "用户反馈主要集中在导出功能上。",
  "我建议把这个需求放到四月的版本里。",
  "测试那边人手不够，可能需要外部支持。",
  "好的，这个会后我来跟进。",
];
const EN_SENTENCES = [
  "So, um, let's go through last week's progress first.",
  "The billing migration is done and we can start testing on Tuesday.",
  "I think we still need sign-off from legal before the rollout.",
  "Most of the customer feedback was about the export feature.",
  "Can you take the action item to update the roadmap?",
];

function zhTranscript(): string {
  const lines = ["会议主题：产品周会", "会议时间：2024年3月5日 14:00", ""];
  let chars = 0;
  let t = 0;
  for (let turn = 0; chars < 20_000 * HOURS; turn++) {
    const text = Array.from({ length: 3 }, (_, k) => ZH_SENTENCES[(turn + k) % ZH_SENTENCES.length]).join("");
    lines.push(`说话人${(turn % 4) + 1} ${formatClock(t)}`, text, "");
    chars += text.length;
    t += 12_000;
  }
  return lines.join("\n");
}

function enVtt(): string {
  const parts = ["WEBVTT", ""];
  const cues = Math.round((HOURS * 3600) / 4);
  for (let i = 0; i < cues; i++) {
    const start = i * 4000;
    const name = ["Maria Garcia", "Tom Becker", "Priya Shah"][Math.floor(i / 3) % 3];
    parts.push(String(i + 1), `${formatClock(start)}.000 --> ${formatClock(start + 3900)}.900`, `${name}: ${EN_SENTENCES[i % EN_SENTENCES.length]}`, "");
  }
  return parts.join("\n");
}

async function measure(name: string, fileName: string, text: string): Promise<BenchRow[]> {
  const bytes = new TextEncoder().encode(text);
  await parseDocument({ bytes, fileName }); // warm-up: JIT and lazy modules
  const runs: number[] = [];
  let segments = 0;
  let chunkMs = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const doc = await parseDocument({ bytes, fileName });
    const t1 = performance.now();
    chunkSegments(doc.segments);
    chunkMs = performance.now() - t1;
    runs.push(t1 - t0);
    segments = doc.segments.length;
  }
  runs.sort((a, b) => a - b);
  const ms = runs[Math.floor(runs.length / 2)];
  const mb = bytes.length / 1024 / 1024;
  return [
    { bench: "parse", case: name, metric: "parse_ms", value: ms, unit: "ms", goal: "< 1000" },
    { bench: "parse", case: name, metric: "throughput", value: mb / (ms / 1000), unit: "MB/s" },
    { bench: "parse", case: name, metric: "size", value: mb, unit: "MB" },
    { bench: "parse", case: name, metric: "segments", value: segments, unit: "count" },
    { bench: "parse", case: name, metric: "chunk_ms", value: chunkMs, unit: "ms" },
  ];
}

export async function run(): Promise<BenchRow[]> {
  return [...(await measure("zh-2h-txt", "周会.txt", zhTranscript())), ...(await measure("en-2h-vtt", "standup.vtt", enVtt()))];
}
