import { parseDocument } from "@/lib/ingest";
import { answerLocal } from "@/lib/engine/local";
import { setRetrievalCacheBudget } from "@/lib/engine/local/retrieval-cache";
import { chineseMeeting, englishMeeting } from "./bench/support/transcript";
async function main() {
  const docs = [];
  for (let i = 0; i < 50; i++) {
    const t = i % 2 ? englishMeeting(1500, 100 + i) : chineseMeeting(2500, 100 + i);
    docs.push(await parseDocument({ bytes: new TextEncoder().encode(t.text), fileName: t.fileName, mimeType: "text/plain" } as any));
  }
  const EN = ["What did we decide about the billing migration?", "Who will send the updated plan?", "What are the risks of the mobile release?", "When is the follow-up on the dashboards?"];
  const ZH = ["支付接口什么时候提测？", "谁负责跟进监控？", "灰度方案定了吗？", "合同需要谁确认？"];
  let seed = 7; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (const [label, budget] of [["warm-up", undefined], ["one entry (≈ old: 4 of 50)", 1], ["64 MB", undefined], ["one entry again", 1], ["64 MB again", undefined]] as const) {
    setRetrievalCacheBudget(budget);
    const t0 = process.cpuUsage();
    for (let k = 0; k < 400; k++) { const i = Math.floor(rnd() * 50); answerLocal((i % 2 ? EN : ZH)[k % 4], docs[i]); }
    const c = process.cpuUsage(t0);
    console.log(label, ((c.user + c.system) / 1000 / 400).toFixed(2), "ms CPU per question");
  }
}
main();
