/**
 * Generated one-hour meeting transcripts with realistic turns: several speakers, timestamps, filler,
 * decisions and action items spread over changing topics. English as "[hh:mm:ss] Name: text" lines
 * (~9,000 words), Chinese as 飞书-style "姓名 hh:mm:ss" headers (~15,000 characters).
 */
import { prng } from "./stats";

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(Math.floor(s / 3600))}:${p(Math.floor(s / 60) % 60)}:${p(s % 60)}`;
};

export const EN_TOPICS = [
  "the billing migration",
  "the mobile release",
  "customer onboarding",
  "the data retention policy",
  "hiring for the platform team",
  "the Q3 budget",
  "search latency",
  "the partner integration",
];
export const EN_PEOPLE = ["Maria Garcia", "Tom Becker", "Priya Shah", "Kenji Sato", "Dana Lee"];
export const EN_LINES = [
  "So, um, where are we with {t}?",
  "I think {t} is mostly on track, but the test plan still has a few gaps we should close before we commit to a date.",
  "We looked at the numbers for {t} last week and the trend is better than expected, although support tickets went up a little.",
  "Can we agree that {t} goes out behind a feature flag first, and we widen it once the error rate stays flat for a few days?",
  "Okay, we decided to keep the scope of {t} as it is and revisit the open questions in two weeks.",
  "I'll send the updated plan for {t} to everyone by Friday, and I'll include the risks we discussed today.",
  "Right, and the vendor contract for {t} needs sign-off from legal before we can start the rollout.",
  "Yeah, uh, one concern is that the on-call team is already stretched, so adding {t} to their load is risky.",
  "Could you take the action item to check the dashboards for {t} and report back on Monday?",
  "That makes sense. Let's also write down who owns the follow-up, because last time it slipped.",
  "Sorry, I missed the first part, are we talking about the design review or the launch checklist for {t}?",
  "Good point. I'll sync with finance about the cost side of {t} and share a short summary in the channel.",
];

export const ZH_TOPICS = ["支付接口", "会员中心改版", "数据迁移", "灰度发布方案", "客服工单系统", "年度预算", "搜索性能", "合作伙伴对接"];
export const ZH_PEOPLE = ["张伟", "李娜", "王强", "刘洋", "陈静"];
export const ZH_LINES = [
  "嗯，我们先过一下{t}的进度。",
  "{t}这边整体还算顺利，不过测试用例还有一些缺口，需要在定上线时间之前补上。",
  "上周我们看了{t}的数据，趋势比预期好，但是用户反馈的问题稍微多了一点。",
  "那个，{t}能不能先灰度一部分用户，错误率稳定几天之后再全量？",
  "好，那我们决定{t}的范围先不变，两周后再回顾一下遗留问题。",
  "我周五之前把{t}的更新方案发给大家，把今天讨论的风险也写进去。",
  "对，{t}的合同还需要法务确认之后才能推进。",
  "我有个顾虑，值班的同学已经很忙了，再加上{t}的话风险比较大。",
  "这个会后你来跟进一下{t}的监控，周一同步一下结果吧。",
  "可以，我们把负责人也记下来，上次就是因为没人跟进才拖了。",
];

export interface GeneratedTranscript {
  fileName: string;
  text: string;
  /** English words or Chinese characters of speech (headers not counted). */
  size: number;
}

export function englishMeeting(targetWords = 9000, seed = 7): GeneratedTranscript {
  const rand = prng(seed);
  const lines: string[] = [];
  let words = 0;
  let t = 3000;
  for (let turn = 0; words < targetWords; turn++) {
    const topic = EN_TOPICS[Math.floor(turn / 25) % EN_TOPICS.length];
    const who = EN_PEOPLE[Math.floor(rand() * EN_PEOPLE.length)];
    const n = 1 + Math.floor(rand() * 3);
    const text = Array.from({ length: n }, () => EN_LINES[Math.floor(rand() * EN_LINES.length)].replace("{t}", topic)).join(" ");
    words += text.split(/\s+/).length;
    lines.push(`[${clock(t)}] ${who}: ${text}`);
    // ~150 words a minute
    t += Math.round((text.split(/\s+/).length / 150) * 60_000) + 1000;
  }
  return { fileName: "weekly-sync-1h.txt", text: `${lines.join("\n")}\n`, size: words };
}

export function chineseMeeting(targetChars = 15000, seed = 11): GeneratedTranscript {
  const rand = prng(seed);
  const lines = ["2024年05月14日 产品周会", "", "文字记录:"];
  let chars = 0;
  let t = 2000;
  for (let turn = 0; chars < targetChars; turn++) {
    const topic = ZH_TOPICS[Math.floor(turn / 20) % ZH_TOPICS.length];
    const who = ZH_PEOPLE[Math.floor(rand() * ZH_PEOPLE.length)];
    const n = 1 + Math.floor(rand() * 3);
    const text = Array.from({ length: n }, () => ZH_LINES[Math.floor(rand() * ZH_LINES.length)].replace("{t}", topic)).join("");
    chars += text.length;
    lines.push(`${who} ${clock(t)}`, text, "");
    // ~250 characters a minute
    t += Math.round((text.length / 250) * 60_000) + 1000;
  }
  return { fileName: "产品周会-1小时.txt", text: `${lines.join("\n")}\n`, size: chars };
}
