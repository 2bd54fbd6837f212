/**
 * Offline proofreading speed on 20,000-character documents: Chinese and English prose from the
 * corpus' meetings (JIYAO_CORPUS) and a synthetic mixed document with planted errors. Reports the
 * one-time load of the resources (jieba, Hunspell dictionaries, word frequencies, OpenCC) and the
 * median of 5 runs once loaded, as wall time and as CPU time (this process's own, so other load on
 * the machine does not count). Goal (issue 11): ≤ 1 s for 20,000 characters.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchRow } from "../bench";
import { proofreadLocal } from "@/lib/engine/local/proofread";
import { listCaseFiles, loadCase } from "@/lib/eval/cases";

const CORPUS = process.env.JIYAO_CORPUS ?? "/work/shared/corpus";
const SIZE = 20_000;

/** The first SIZE characters of the corpus' meetings in one language, one utterance a line. */
function corpusText(folders: string[], lang: "zh" | "en"): string | null {
  let text = "";
  for (const folder of folders) {
    const dir = path.join(CORPUS, folder);
    if (!existsSync(dir)) continue;
    for (const file of listCaseFiles(dir)) {
      const c = loadCase(file);
      if (c.lang !== lang) continue;
      for (const t of c.transcript ?? []) {
        text += `${t.text}\n`;
        if (text.length >= SIZE) return text.slice(0, SIZE);
      }
    }
  }
  return null;
}

const ZH = [
  "本周的项目例会定在周三下午举行，请各位准时参加。",
  "支付接口已经联调完成,下周二可以提测。",
  "市场部的的数据还没有整理完。",
  "新服务已经布署到测试环境，请大家验证。",
  "我们看看下个月的排期有没有问题。",
  "会议决定：下个版本优先修复登录问题。",
  "请在次确认会议室是否已经预订。",
  "现在在做的这个项目预计下个月完成。",
];
const EN = [
  "We will recieve the final report on Friday.",
  "Please send the the updated slides to the whole team.",
  "The API returns JSON, and the iOS app parses it.",
  "Our KPI for Q3 is a 15% increase in active users.",
  "The hotel can accomodate up to fifty guests.",
  "Let's meet again next Monday to review the progress.",
];

function syntheticMixed(): string {
  const lines: string[] = [];
  let n = 0;
  for (let i = 0; n < SIZE; i++) {
    const line = i % 3 === 2 ? `${EN[i % EN.length]} (item ${i})` : `${ZH[i % ZH.length]}（第${i}项）`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join("\n").slice(0, SIZE);
}

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // One small text that needs every resource: jieba, the dictionaries, OpenCC (a Traditional character).
  proofreadLocal("我们在會議上讨论,Teh plan is ready. The colour is fine, the frobnicatr is not.");
  rows.push({ bench: "proofread", case: "resources (once per process)", metric: "load_ms", value: performance.now() - t0, unit: "ms" });
  rows.push({ bench: "proofread", case: "resources (once per process)", metric: "load_cpu_ms", value: cpuMs(process.cpuUsage(c0)), unit: "ms" });
  const inputs = [
    { name: "zh corpus meetings, 20k chars", text: corpusText(["vcsum", "office"], "zh") },
    { name: "en corpus meetings, 20k chars", text: corpusText(["qmsum", "office"], "en") },
    { name: "synthetic mixed zh/en with errors, 20k chars", text: syntheticMixed() },
  ];
  for (const input of inputs) {
    if (!input.text) continue;
    const times: number[] = [];
    const cpu: number[] = [];
    let found = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const c = process.cpuUsage();
      found = proofreadLocal(input.text).length;
      cpu.push(cpuMs(process.cpuUsage(c)));
      times.push(performance.now() - start);
    }
    rows.push({ bench: "proofread", case: input.name, metric: "proofread_ms", value: median(times), unit: "ms", goal: "≤ 1000" });
    rows.push({ bench: "proofread", case: input.name, metric: "cpu_ms", value: median(cpu), unit: "ms" });
    rows.push({ bench: "proofread", case: input.name, metric: "suggestions", value: found, unit: "count" });
  }
  return rows;
}
