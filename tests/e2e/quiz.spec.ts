import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { elementTexts, unzipText } from "../support/ooxml";
import { signUp, uploadFiles } from "./helpers";

const FIXTURES = path.resolve(__dirname, "../fixtures/quiz");
const OUTSIDE = "Dana: Report a lost badge to the security desk in Building F within 48 hours.\nDana: Meals abroad are reimbursed up to 20 euros per day.\n";

test.setTimeout(180_000);

async function readyRow(page: Page, fileName: string) {
  const row = page.getByRole("table", { name: "Documents" }).getByRole("row").filter({ hasText: fileName });
  await expect(row.getByText("Ready")).toBeVisible({ timeout: 90_000 });
}

/** The correct response of each question, read from the owner's quiz page (options marked ✓, or "Answer: …"). */
async function answersOf(questions: Locator): Promise<Array<{ options: number[] } | { text: string }>> {
  const out: Array<{ options: number[] } | { text: string }> = [];
  for (const li of await questions.locator(":scope > li").all()) {
    const items = await li.locator("ul > li").allInnerTexts();
    if (items.length) out.push({ options: items.flatMap((t, i) => (t.includes("✓") ? [i] : [])) });
    else out.push({ text: (await li.getByText(/^Answer: /).innerText()).replace(/^Answer: /, "").trim() });
  }
  return out;
}

test("a collection is asked, quizzed, taken signed out through a link, and exported", async ({ page, browser }) => {
  await signUp(page, "Quiz Owner");
  await uploadFiles(page, [
    { name: "onboarding.md", mimeType: "text/markdown", buffer: readFileSync(path.join(FIXTURES, "onboarding.md")) },
    { name: "expenses-zh.md", mimeType: "text/markdown", buffer: readFileSync(path.join(FIXTURES, "expenses-zh.md")) },
    { name: "old-policy.txt", mimeType: "text/plain", buffer: Buffer.from(OUTSIDE) },
  ]);
  for (const f of ["onboarding.md", "expenses-zh.md", "old-policy.txt"]) await readyRow(page, f);

  // A collection with two of the three documents.
  const collections = page.getByTestId("collections");
  await collections.getByLabel("Collection name").fill("Handbooks");
  await collections.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\?collection=/);
  const tools = page.getByTestId("collection-tools");
  for (const title of ["Onboarding handbook", "差旅报销制度"]) {
    await tools.getByLabel("Add to collection").selectOption({ label: title });
    await tools.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("table", { name: "Documents" }).getByRole("link", { name: title })).toBeVisible();
  }
  await expect(collections.getByRole("link", { name: /Handbooks/ })).toContainText("2 documents");
  await expect(page.getByRole("table", { name: "Documents" }).getByRole("link", { name: "old-policy" })).toHaveCount(0);
  const libraryUrl = page.url();

  // Ask the collection: the answer comes from its documents, never the old policy outside it.
  await tools.getByRole("link", { name: "Ask this collection" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Handbooks");
  await page.getByPlaceholder(/Ask across/).fill("Where do I report a lost badge?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  const answer = page.getByTestId("answer").last();
  await expect(answer).toContainText("Building C", { timeout: 30_000 });
  await expect(answer).not.toContainText("Building F");

  // A quiz from the collection.
  await page.goto(libraryUrl);
  const gen = page.getByTestId("quiz-generator");
  await gen.getByLabel("Questions").fill("6");
  await gen.getByRole("button", { name: "Generate quiz" }).click();
  await expect(page).toHaveURL(/\/quizzes\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  const questions = page.getByTestId("quiz-questions");
  await expect(questions.locator(":scope > li")).toHaveCount(6);
  await expect(questions.locator("[data-cited-line]").first()).toBeVisible();
  const key = await answersOf(questions);

  // Reorder: the last question moves up one.
  const texts = await questions.locator(":scope > li p.font-medium").allInnerTexts();
  await questions.getByRole("button", { name: "Move up 6" }).click();
  await expect(questions.locator(":scope > li p.font-medium").nth(4)).toHaveText(texts[5]);
  [key[4], key[5]] = [key[5], key[4]];

  // A link for trainees, taken in a browser with no session.
  const share = page.getByRole("region", { name: "Share for trainees" });
  await share.getByRole("button", { name: "Create link" }).click();
  const url = await share.getByTestId("quiz-link").inputValue();
  expect(url).toMatch(/\/s\/q\/[A-Za-z0-9_-]{43}$/);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(url);
  await expect(visitor.locator('a[href^="/w/"]')).toHaveCount(0);
  await visitor.getByLabel("Your name").fill("Trainee Tom");
  const fieldsets = visitor.getByTestId("quiz-take").locator("fieldset");
  await expect(fieldsets).toHaveCount(6);
  for (const [i, k] of key.entries()) {
    const fs = fieldsets.nth(i);
    if ("options" in k) for (const o of k.options) await fs.locator("input").nth(o).check();
    else if (k.text === "True" || k.text === "False") await fs.getByLabel(k.text, { exact: true }).check();
    else await fs.getByRole("textbox").fill(k.text);
  }
  await visitor.getByRole("button", { name: "Submit answers" }).click();
  const result = visitor.getByTestId("quiz-result");
  await expect(result.getByRole("status")).toHaveText("Score: 6 of 6");
  await expect(result.locator("[data-correct=true]")).toHaveCount(6);
  await expect(result.locator("[data-cited-line]").first()).toBeVisible();
  await expect(result).not.toContainText("Building F");

  // The owner sees the trainee's result.
  await page.reload();
  const attempts = page.getByTestId("quiz-attempts");
  await expect(attempts).toContainText("Trainee Tom");
  await expect(attempts.getByRole("row").filter({ hasText: "Trainee Tom" })).toContainText("6 / 6");
  await expect(attempts.getByRole("row").filter({ hasText: "Trainee Tom" })).toContainText("link");

  // Exports: the answer key (Word) and Moodle GIFT hold the questions in their new order.
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Answer key (.docx)" }).click()]);
  const files = unzipText(readFileSync((await docx.path())!));
  const paragraphs = elementTexts(files["word/document.xml"], "w:p", "w:t");
  expect(paragraphs.some((p) => p.startsWith("1. ") && p.includes(texts[0].trim()))).toBe(true);
  expect(paragraphs.filter((p) => p.startsWith("Answer: "))).toHaveLength(6);
  const [gift] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Moodle GIFT" }).click()]);
  const giftText = readFileSync((await gift.path())!, "utf8");
  expect(giftText).toContain("$CATEGORY: Handbooks");
  expect(giftText.match(/^::Q\d+::/gm)).toHaveLength(6);
  expect(giftText).not.toMatch(/::Q\d+::[^\n]*[^\\]:[^:]/);

  // The document page shows its collections and its Quiz tab.
  await page.goto(libraryUrl);
  await page.getByRole("table", { name: "Documents" }).getByRole("link", { name: "Onboarding handbook" }).click();
  await expect(page.getByTestId("document-collections")).toContainText("Handbooks");
  await page.getByRole("link", { name: "Quiz", exact: true }).click();
  await expect(page.getByTestId("quiz-generator")).toBeVisible();
});
