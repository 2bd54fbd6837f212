import { expect, test, type Page } from "@playwright/test";
import { signUp, uploadFiles } from "../../tests/e2e/helpers";
import { BUDGET_MEETING_EN } from "../../tests/e2e/sample-meetings";

const MEETING_ZH = [
  "会议主题：春季营销预算评审",
  "会议时间：2026年3月5日",
  "张三 00:00:05",
  "大家好，今天我们评审春季营销活动的预算和上线时间。",
  "李四 00:00:40",
  "代理公司给视频广告报价四万元，超出了我们的预算上限。",
  "张三 00:01:30",
  "那我们决定砍掉视频广告，把钱转到搜索广告上。",
  "王五 00:02:10",
  "我下周五之前把修改后的预算发给财务。",
  "李四 00:03:00",
  "上线时间方面，研发还需要两周测试。",
  "张三 00:03:45",
  "好，就定在下个月一号上线。小王你明天下午三点前把测试计划发出来。",
].join("\n");

const MEETING_EN = BUDGET_MEETING_EN;

async function shoot(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false });
}

for (const locale of ["en", "zh"] as const) {
  test(`main pages in ${locale}`, async ({ page, context, baseURL }) => {
    // Many pages and two analyses in one test: on a loaded machine this outlasts the default minute.
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1400, height: 900 });
    await context.addCookies([{ name: "jiyao-locale", value: locale, url: baseURL }]);
    await page.goto("/sign-up");
    await shoot(page, `${locale}-sign-up`);
    // signUp() fills the English labels; the language switch comes right after.
    await context.clearCookies();
    await signUp(page, locale === "zh" ? "张三" : "Alice");
    await context.addCookies([{ name: "jiyao-locale", value: locale, url: baseURL }]);
    await uploadFiles(page, [
      { name: locale === "zh" ? "春季营销预算评审.txt" : "spring-budget-review.txt", mimeType: "text/plain", buffer: Buffer.from(locale === "zh" ? MEETING_ZH : MEETING_EN) },
    ]);
    await expect(page.getByText(locale === "zh" ? "已上传" : "uploaded", { exact: true }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole("table").getByText(locale === "zh" ? "已就绪" : "Ready", { exact: true })).toBeVisible({ timeout: 120_000 });
    await shoot(page, `${locale}-library`);

    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.getByTestId("summary")).toBeVisible();
    await page.getByTestId("summary").locator("[data-cite]").first().click();
    await shoot(page, `${locale}-minutes`);
    const url = page.url().split("?")[0];
    for (const tab of ["todos", "slides", "outline", "quiz"] as const) {
      await page.goto(`${url}?tab=${tab}`);
      await shoot(page, `${locale}-${tab}`);
    }
    await page.goto(`${url}?tab=ask`);
    await page.locator("#ask-input").fill(locale === "zh" ? "代理公司的报价是多少？" : "How much did the agency quote for the video ads?");
    await page.locator("#ask-input").press("Enter");
    await expect(page.getByTestId("answer").last().locator("[data-cite]").first()).toBeVisible();
    await shoot(page, `${locale}-ask`);
    const ws = url.split("/d/")[0];
    await page.goto(`${ws}/search?q=${encodeURIComponent(locale === "zh" ? "预算" : "budget")}`);
    await shoot(page, `${locale}-search`);
    await page.goto(`${ws}/todos`);
    await shoot(page, `${locale}-workspace-todos`);
    await page.goto(`${ws}/members`);
    await shoot(page, `${locale}-members`);
    await page.goto(`${ws}/glossary`);
    await shoot(page, `${locale}-glossary`);
    // The document assistant: a formal minutes draft from the meeting, open in the editor with its assistant panel.
    await page.goto(`${ws}/writings`);
    await shoot(page, `${locale}-writings`);
    await page.getByLabel(locale === "zh" ? "模板" : "Template").selectOption(locale === "zh" ? "minutes-zh" : "minutes-en");
    await page.getByRole("checkbox", { name: locale === "zh" ? /春季营销/ : /spring-budget/ }).check();
    await page.getByRole("button", { name: locale === "zh" ? "生成草稿" : "Create draft" }).click();
    await expect(page.getByTestId("writing-editor")).toBeVisible({ timeout: 30_000 });
    await shoot(page, `${locale}-writing-draft`);
  });
}
