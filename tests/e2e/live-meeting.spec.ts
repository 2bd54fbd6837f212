import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { signUp } from "./helpers";

/** A 10-minute Chinese meeting as WebVTT, one cue every 20 s: replayed at 10x it takes about 55 s. */
const SAID: [string, string][] = [
  ["张伟", "大家好，今天我们过一下新版本的发布计划。"],
  ["李娜", "测试环境上周已经搭好了，回归用例跑了一半。"],
  ["王强", "支付模块还有两个缺陷没有修复，需要再排查。"],
  ["张伟", "那支付缺陷谁来负责跟进？"],
  ["王强", "我来负责，周三之前修复支付模块的两个缺陷。"],
  ["李娜", "回归测试剩下的部分我周四之前跑完。"],
  ["张伟", "好的，我们决定发布日期定在下周一。"],
  ["王强", "发布前还要准备回滚方案，避免线上出问题。"],
  ["李娜", "回滚方案我可以写，顺便补充监控告警。"],
  ["张伟", "市场那边需要提前知道发布内容。"],
  ["王强", "我会在周五之前把更新说明发给市场部。"],
  ["李娜", "客服培训也要安排，新功能的问答文档还没写。"],
  ["张伟", "问答文档由李娜负责，下周一之前完成。"],
  ["王强", "另外服务器扩容的预算需要确认一下。"],
  ["张伟", "预算这块我们决定先扩容两台服务器，观察一周再说。"],
  ["李娜", "扩容申请我今天下午就提交。"],
  ["王强", "数据库迁移脚本已经在预发环境验证过了。"],
  ["张伟", "很好，迁移放在发布当天凌晨执行。"],
  ["李娜", "凌晨执行的话需要有人值班盯着。"],
  ["王强", "值班我来安排，排班表明天发到群里。"],
  ["张伟", "还有一件事，用户反馈的登录慢的问题要查一下。"],
  ["李娜", "登录慢可能是验证码服务超时引起的。"],
  ["王强", "我看了日志，验证码接口平均要三秒。"],
  ["张伟", "那我们决定把验证码服务换成异步校验。"],
  ["李娜", "异步校验的改动我来评估工作量，明天给结论。"],
  ["王强", "最后提醒一下，发布公告的文案需要法务审核。"],
  ["张伟", "法务审核我去协调，周四之前拿到意见。"],
  ["李娜", "那今天的会就到这里吧。"],
];

function vtt(): string {
  const t = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}.000`;
  return `WEBVTT\n\n${SAID.map(([who, text], i) => `${t(i * 20)} --> ${t(i * 20 + 15)}\n<v ${who}>${text}`).join("\n\n")}\n`;
}

test("live meeting: create, replay a transcript, watch lines and rolling minutes, ask 刚刚说了什么, end and get the full minutes", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "Live Host");
  await page.getByRole("button", { name: "New live meeting" }).click();
  await page.getByLabel("Meeting title").fill("发布计划周会");
  await page.locator("#live-lang").selectOption("zh");
  await page.getByRole("button", { name: "Start live meeting" }).click();
  const key = (await page.getByTestId("live-key").textContent())!.trim();
  const endpoint = (await page.getByTestId("live-endpoint").textContent())!.trim();
  expect(key).toMatch(/^jyl_/);
  await page.getByRole("link", { name: /Open the meeting/ }).click();
  await expect(page).toHaveURL(/\/d\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("live-meeting")).toBeVisible();
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  await expect(page.getByText(/Waiting for the first lines/)).toBeVisible();

  const dir = mkdtempSync(path.join(tmpdir(), "jiyao-live-"));
  const file = path.join(dir, "release-meeting.vtt");
  writeFileSync(file, vtt());
  const replay = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/live-replay.ts", file, "--endpoint", endpoint, "--key", key, "--speed", "10", "--batch-seconds", "1"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let replayLog = "";
  replay.stderr.on("data", (d) => (replayLog += d));
  const replayDone = new Promise<number | null>((resolve) => replay.once("exit", resolve));

  try {
    // Lines arrive over server-sent events without a reload, and the transcript follows them.
    const transcript = page.getByRole("list", { name: "Transcript" });
    await expect(transcript).toContainText("发布计划", { timeout: 20_000 });
    const items = transcript.getByRole("listitem");
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6);

    // Mid-meeting: "what was just said" answers from the newest lines, cited.
    const countBefore = await items.count();
    expect(countBefore).toBeLessThan(SAID.length);
    await page.getByPlaceholder(/Ask about this meeting/).fill("刚刚说了什么");
    await page.getByRole("button", { name: "Ask", exact: true }).click();
    const answer = page.getByTestId("answer").last();
    await expect(answer).toContainText("最近 3 分钟");
    const cited = (await answer.locator("[data-cite]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-cite"))))).sort((a, b) => a - b);
    expect(cited.length).toBeGreaterThan(0);
    // Three minutes of this meeting is nine lines: nothing older is cited, and the newest lines are.
    expect(cited[0]).toBeGreaterThanOrEqual(countBefore - 11);
    expect(cited.at(-1)).toBeGreaterThanOrEqual(countBefore - 3);
    await answer.locator("[data-cite]").last().click();
    await expect(page.locator(`#seg-${cited.at(-1)}`)).toHaveClass(/cited/);

    // Rolling minutes appear by themselves (the first batch starts them; LIVE_ROLLING_MINUTES_SECONDS=5 here).
    const rolling = page.getByTestId("rolling-minutes");
    await expect(rolling.getByTestId("summary")).toBeVisible({ timeout: 30_000 });
    await expect(rolling.getByTestId("summary").locator("[data-cite]").first()).toBeVisible();
    const firstCover = Number((await page.getByTestId("rolling-updated").textContent())!.match(/covering (\d+)/)![1]);

    expect(await replayDone, replayLog).toBe(0);
    await expect(items).toHaveCount(SAID.length);
    // Rolling minutes move on with the meeting (automatically, or at once with the button).
    await page.getByRole("button", { name: "Refresh now" }).click();
    await expect(page.getByTestId("rolling-updated")).toContainText(`covering ${SAID.length} lines`, { timeout: 30_000 });
    expect(firstCover).toBeLessThan(SAID.length);

    const a11y = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(a11y.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    // End: the full analysis runs and the page becomes the meeting's minutes.
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "End meeting" }).click();
    await expect(page.getByText("Ready", { exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Decisions" })).toBeVisible();
    await expect(page.getByTestId("summary").locator("[data-cite]").first()).toBeVisible();
    await page.getByRole("navigation", { name: "Document views" }).getByRole("link", { name: "To-dos" }).click();
    await expect(page.getByRole("region", { name: "To-dos" })).toContainText("支付模块");
  } finally {
    replay.kill();
  }
});
