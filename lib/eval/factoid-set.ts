/**
 * Who / what / when / how-much questions about a few office meetings of the dev corpus
 * (/work/shared/corpus/office), written for this project: the answer must open with the value
 * (a name, number or date as said in the meeting), then the lines it comes from. A check of
 * behaviour, reported by `jiyao eval`; nothing in the engine is tuned to these questions.
 * `answers`: accepted spellings of the value; `turns`: the turns it is said in.
 */
export interface Factoid {
  question: string;
  answers: string[];
  turns: number[];
}

export const FACTOIDS: Record<string, Factoid[]> = {
  "office/en01-sprint-planning": [
    { question: "How many points will the team commit to this sprint?", answers: ["thirty-four", "34"], turns: [2, 3, 4, 5] },
    { question: "When will Diego have the rate limiter PR up?", answers: ["Thursday"], turns: [8] },
    { question: "Who will update the deploy runbook?", answers: ["Seun"], turns: [27, 28] },
    { question: "Who is out till March?", answers: ["Raj"], turns: [1] },
  ],
  "office/en02-vendor-negotiation": [
    { question: "What cap on renewals did Tom offer?", answers: ["five percent", "5%"], turns: [5, 6, 8] },
    { question: "How many seats are in the seat forecast?", answers: ["four hundred", "400"], turns: [2] },
    { question: "When will Lena send the SOC 2 report?", answers: ["tomorrow"], turns: [14, 15] },
    { question: "Who owns the SSO test?", answers: ["Arjun"], turns: [16, 17] },
  ],
  "office/en03-design-critique": [
    { question: "Who will check the Apple Pay button sizing?", answers: ["Yuki"], turns: [13, 14, 15] },
    { question: "How many users will take part in the usability test?", answers: ["five"], turns: [16] },
    { question: "When will Sam have the usability test results?", answers: ["two weeks"], turns: [17] },
  ],
  "office/en04-qbr": [
    { question: "Where are bookings against the target?", answers: ["3.6"], turns: [1] },
    { question: "How many accounts were lost this quarter?", answers: ["three"], turns: [9] },
    { question: "What is the Q1 target?", answers: ["4.2"], turns: [23, 26] },
    { question: "Who will own the pipeline hygiene cleanup?", answers: ["Jordan"], turns: [19, 20] },
  ],
  "office/zh01-campaign-retro": [
    { question: "双十一直播的整体GMV是多少？", answers: ["三百二十万"], turns: [1] },
    { question: "转化率比去年掉了多少？", answers: ["零点六"], turns: [1, 2] },
    { question: "退货率谁来拉？", answers: ["王建国"], turns: [10, 11] },
    { question: "下次直播时长压到几个小时？", answers: ["四个小时"], turns: [19, 20] },
  ],
  "office/zh02-vendor-quotes": [
    { question: "C家一套多少钱？", answers: ["八百六"], turns: [1] },
    { question: "质保至少要几年？", answers: ["三年"], turns: [6, 9] },
    { question: "谁去新场地看走线？", answers: ["马骏"], turns: [17, 18] },
    { question: "合同初稿什么时候给法务？", answers: ["14号"], turns: [28] },
  ],
  "office/zh03-onboarding": [
    { question: "下周一有几个新同学入职？", answers: ["三个"], turns: [0] },
    { question: "门禁卡谁来跟？", answers: ["杨柳"], turns: [8, 9] },
    { question: "新人培训的课表什么时候排出来？", answers: ["3号"], turns: [14, 15] },
  ],
};

/** Whether the first sentence (or line) of `answer` contains one of `values`. */
export function opensWith(answer: string, values: string[]): boolean {
  const first = (answer.split(/\n|(?<=[.!?])\s+|(?<=[。！？])/)[0] ?? "").toLowerCase();
  return values.some((v) => first.includes(v.toLowerCase()));
}
