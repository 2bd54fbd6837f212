import iconv from "iconv-lite";
import { expect, test } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";

const GBK_TRANSCRIPT = [
  "会议时间：2024年3月5日 14:00",
  "张三 00:00:05",
  "大家好，今天我们讨论新版本的上线计划。",
  "李四 00:01:12",
  "测试还差两个模块，我下周五之前完成。",
  "王五 00:02:30",
  "那我们就定在下个月初发布。",
].join("\r\n");

const VTT = `WEBVTT

NOTE exported from Teams

00:00:01.000 --> 00:00:04.000
<v Alice Chen>Good morning everyone, let's review the budget.</v>

00:00:04.500 --> 00:00:07.000
<v Alice Chen>We are ten percent over on travel.</v>

00:00:07.500 --> 00:00:11.000
<v Bob Smith>I'll send the revised numbers by Friday.</v>
`;

test("a GBK Chinese transcript and a VTT file show their speakers and lines", async ({ page }) => {
  await signUp(page);
  await uploadFiles(page, [
    { name: "周例会.txt", mimeType: "text/plain", buffer: iconv.encode(GBK_TRANSCRIPT, "gbk") },
    { name: "budget-review.vtt", mimeType: "text/vtt", buffer: Buffer.from(VTT) },
  ]);

  const table = page.getByRole("table", { name: "Documents" });
  await table.getByRole("link", { name: "周例会" }).click();
  const transcript = page.getByRole("list", { name: "Transcript" });
  await expect(transcript).toContainText("大家好，今天我们讨论新版本的上线计划。");
  await expect(transcript.getByText("李四", { exact: true })).toBeVisible();
  await expect(transcript).toContainText("测试还差两个模块，我下周五之前完成。");
  await expect(transcript).toContainText("02:30");
  await expect(page.getByText(/3 speakers: 张三, 李四, 王五/)).toBeVisible();

  await page.goBack();
  await table.getByRole("link", { name: "budget-review" }).click();
  await expect(transcript.getByText("Alice Chen", { exact: true })).toBeVisible();
  // Consecutive cues of one speaker are one turn.
  await expect(transcript.locator("li")).toHaveCount(2);
  await expect(transcript).toContainText("Good morning everyone, let's review the budget. We are ten percent over on travel.");
  await expect(transcript).toContainText("I'll send the revised numbers by Friday.");
});

test("a file that cannot be parsed shows its error and keeps the original", async ({ page }) => {
  await signUp(page);
  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
  await uploadFiles(page, [{ name: "notes.txt", mimeType: "text/plain", buffer: png }]);
  await page.getByRole("table", { name: "Documents" }).getByRole("link", { name: "notes" }).click();
  // Next.js keeps its own role=alert route announcer on the page: pick ours by its text.
  const alert = page.getByRole("alert").filter({ hasText: "This file could not be processed." });
  await expect(alert).toContainText("The original file is kept.");
  await expect(alert).toContainText(/PNG/i);
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download original/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("notes.txt");
});
