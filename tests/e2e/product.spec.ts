import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";
import { BUDGET_MEETING_EN } from "./sample-meetings";

const TRANSCRIPT = BUDGET_MEETING_EN;

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("upload → progress → minutes → citation → ask → Chinese UI, accessible throughout", async ({ page }) => {
  await signUp(page, "Alice");
  await expectNoSeriousA11yViolations(page);
  await uploadFiles(page, [{ name: "spring-budget.txt", mimeType: "text/plain", buffer: Buffer.from(TRANSCRIPT) }]);
  await page.getByRole("table", { name: "Documents" }).getByRole("link", { name: "spring-budget" }).click();

  // Progress is shown while the job runs (it may already be done on a fast machine), then the minutes.
  const progressOrReady = page.getByTestId("progress").or(page.getByText("Ready", { exact: true }));
  await expect(progressOrReady.first()).toBeVisible();
  await expect(page.getByText("Ready", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Decisions" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Transcript" })).toContainText("forty thousand dollars");
  await expectNoSeriousA11yViolations(page);

  // A citation scrolls to and highlights its line.
  const cite = page.getByTestId("summary").locator("[data-cite]").first();
  const cited = await cite.getAttribute("data-cite");
  await cite.click();
  await expect(page.locator(`#seg-${cited}`)).toHaveClass(/cited/);

  // Ask: the answer streams in with a citation to the right line.
  await page.getByRole("link", { name: "Ask" }).last().click();
  await page.getByPlaceholder(/Ask about this meeting/).fill("How much did the agency quote for the video ads?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  const answer = page.getByTestId("answer").last();
  await expect(answer).toContainText(/forty thousand/i);
  await expect(answer.locator("[data-cite]").first()).toBeVisible();
  // Among the answer's citations is the line that says it; clicking it highlights that line.
  const quoteLine = await page.locator("[data-segment]", { hasText: "forty thousand" }).getAttribute("data-segment");
  await answer.locator(`[data-cite="${quoteLine}"]`).click();
  await expect(page.locator(`#seg-${quoteLine}`)).toHaveClass(/cited/);
  // The question is kept with the document.
  await page.reload();
  await expect(page.getByTestId("answer").last()).toContainText(/forty thousand/i);
  await expectNoSeriousA11yViolations(page);

  // Switch the interface to Chinese: the choice sticks across pages.
  await page.getByLabel("Language").selectOption("zh");
  await expect(page.getByRole("link", { name: "纪要" })).toBeVisible();
  await expect(page.getByRole("link", { name: "问答" }).first()).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("link", { name: "文档库" })).toBeVisible();
  await expect(page.getByRole("table").getByText("已就绪", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
