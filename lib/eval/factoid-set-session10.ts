/**
 * A second factoid set (session 10): who / what / when / how-much, yes/no and decision questions on
 * the half-A office meetings (en01, en03, zh01, zh03, zh05, zh07), written for this project with the
 * value expected in the answer's first sentence (a yes / no / not decided, a name, date or amount as
 * said) and the turns it comes from. The engine's yes/no and decision answers and the factoid fixes
 * of session 10 were developed on these questions, so this set is **in-sample**: it is reported on
 * its own, apart from lib/eval/factoid-set.ts, whose figures keep their definition.
 */
import type { Factoid } from "@/lib/eval/factoid-set";

export const FACTOIDS_SESSION10: Record<string, Factoid[]> = {
  "office/en01-sprint-planning": [
    { question: "Is the team committing to thirty-four points?", answers: ["yes"], turns: [2, 3, 4, 5] },
    { question: "Did they decide to skip code review for hotfixes?", answers: ["no"], turns: [18, 19] },
    { question: "What did they decide about the dark-mode spike?", answers: ["drop"], turns: [24, 25, 26] },
    { question: "Is platform doing the SDK upgrade?", answers: ["yes", "platform's doing it"], turns: [11, 12] },
    { question: "Are they splitting the monolith this sprint?", answers: ["not this sprint", "at some point"], turns: [23, 24] },
    { question: "Who will take the flaky checkout test?", answers: ["Diego"], turns: [14, 15, 16] },
    { question: "When is the onboarding checklist bug due?", answers: ["EOD"], turns: [9, 10] },
    { question: "How many points are in the backlog?", answers: ["forty"], turns: [0] },
    { question: "When will Seun update the runbook?", answers: ["end of next week"], turns: [28] },
    { question: "What did they decide about the sprint commitment?", answers: ["thirty-four"], turns: [2, 5] },
    { question: "When should everyone log their estimates in Jira?", answers: ["tomorrow"], turns: [29] },
  ],
  "office/en03-design-critique": [
    { question: "Is guest checkout the default?", answers: ["yes"], turns: [18, 19, 20] },
    { question: "What did they decide about the CTA color?", answers: ["not decided"], turns: [22, 23, 24] },
    { question: "Are they keeping the single-page layout?", answers: ["yes"], turns: [7, 8, 9, 10] },
    { question: "Did they decide to hide the promo code field?", answers: ["no"], turns: [11, 12] },
    { question: "What did they decide about the promo code field?", answers: ["don't think so", "didn't think so"], turns: [11, 12] },
    { question: "Did the team formally test the progress-bar version?", answers: ["no"], turns: [2, 3] },
    { question: "Who will do the copy review?", answers: ["Carla"], turns: [26, 27] },
    { question: "When will Ben share the new address form?", answers: ["Friday"], turns: [6] },
    { question: "How many fields does the address form have?", answers: ["twelve"], turns: [4] },
    { question: "When should comments be left in the Figma file?", answers: ["end of the month"], turns: [28] },
    { question: "Who will update the design-system tokens?", answers: ["Noor"], turns: [28] },
  ],
  "office/zh01-campaign-retro": [
    { question: "下次大促还找不找达人分销？", answers: ["不找"], turns: [14, 15, 16] },
    { question: "直播时长最后定了吗？", answers: ["四个小时"], turns: [19, 20, 21, 22] },
    { question: "关于明年的预算分配决定了什么？", answers: ["还没定"], turns: [25, 26] },
    { question: "这周要不要加投信息流？", answers: ["不要", "不考虑"], turns: [17, 18] },
    { question: "谁来改主播话术脚本？", answers: ["陈露"], turns: [8, 9] },
    { question: "分渠道的数据什么时候发群里？", answers: ["明天"], turns: [7] },
    { question: "GMV比目标差了多少？", answers: ["百分之八"], turns: [1] },
    { question: "复盘文档什么时候放到共享盘？", answers: ["月底"], turns: [30] },
  ],
  "office/zh03-onboarding": [
    { question: "试用期考核模板最后定了吗？", answers: ["新模板", "新的"], turns: [16, 17, 18] },
    { question: "测试同学要不要配两台手机？", answers: ["一台"], turns: [12, 13] },
    { question: "欢迎礼包定了吗？", answers: ["还没定"], turns: [23, 24] },
    { question: "第一周安排新人上线上值班吗？", answers: ["不要安排"], turns: [20, 21, 22] },
    { question: "账号什么时候开好？", answers: ["今天"], turns: [3] },
    { question: "新同学里有几个后端？", answers: ["两个"], turns: [0] },
    { question: "导师名单什么时候发？", answers: ["周日"], turns: [11] },
  ],
  "office/zh05-complaint": [
    { question: "重复扣的钱要不要先退？", answers: ["全额退"], turns: [6, 7, 9] },
    { question: "剩下的收银机明天能发吗？", answers: ["不能", "不行"], turns: [11, 12] },
    { question: "客户升级VIP通道定了吗？", answers: ["还没定"], turns: [26, 27] },
    { question: "补偿按多少来谈？", answers: ["一个月"], turns: [19] },
    { question: "关于补偿方案决定了什么？", answers: ["一个月服务费"], turns: [19, 20, 21, 22] },
    { question: "谁起草补偿方案？", answers: ["冯静"], turns: [18] },
    { question: "根因分析什么时候给？", answers: ["后天"], turns: [3, 4] },
    { question: "几家门店出现了重复扣款？", answers: ["三家"], turns: [0] },
  ],
  "office/zh07-budget-request": [
    { question: "外包合同改成按月结算了吗？", answers: ["按月结算"], turns: [11, 12, 14] },
    { question: "追加金额最后定了多少？", answers: ["二十五万"], turns: [14, 15, 16] },
    { question: "测试环境要不要先关掉？", answers: ["不要", "不行"], turns: [7, 8] },
    { question: "明年的预算口径改不改？", answers: ["还没定"], turns: [22, 23] },
    { question: "谁去跟外包公司谈？", answers: ["田甜"], turns: [9, 10] },
    { question: "明细什么时候给潘丽？", answers: ["周三"], turns: [5, 6] },
    { question: "原来的预算是多少？", answers: ["一百二十万"], turns: [1] },
    { question: "上个月追加过多少测试机预算？", answers: ["五万"], turns: [2] },
  ],
};
