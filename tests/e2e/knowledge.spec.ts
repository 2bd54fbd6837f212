import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { FIXTURE_TEXT } from "../fixtures/ocr/generate";
import { buildEpub } from "../support/epub";
import { signUp, uploadFiles } from "./helpers";

const OCR = path.resolve(__dirname, "../fixtures/ocr");

// OCR on 2 shared cores: each fixture is one short line, but the worker start and recognition take seconds.
test.setTimeout(240_000);

async function ask(page: import("@playwright/test").Page, question: string) {
  await page.getByRole("link", { name: "Ask" }).last().click();
  await page.getByPlaceholder(/Ask about this/).fill(question);
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  return page.getByTestId("answer").last();
}

test("a scanned PDF and a photo are read by OCR and can be asked about", async ({ page }) => {
  await signUp(page);
  await uploadFiles(page, [
    { name: "scan-zh.pdf", mimeType: "application/pdf", buffer: readFileSync(path.join(OCR, "scan-zh.pdf")) },
    { name: "whiteboard.jpg", mimeType: "image/jpeg", buffer: readFileSync(path.join(OCR, "photo.jpg")) },
  ]);
  const table = page.getByRole("table", { name: "Documents" });
  const library = page.url();

  // The library re-renders its rows while uploads progress: open the document by its link's address.
  await page.goto((await table.getByRole("link", { name: "scan-zh" }).getAttribute("href"))!);
  await expect(page.getByText("Ready", { exact: true })).toBeVisible({ timeout: 180_000 });
  const transcript = page.getByRole("list", { name: "Transcript" });
  await expect(transcript).toContainText(FIXTURE_TEXT.zh);
  await expect(transcript).toContainText("p.1");
  const zh = await ask(page, "什么时候发布新版本？");
  await expect(zh).toContainText("下周三");
  await expect(zh.locator("[data-cite]").first()).toBeVisible();

  await page.goto(library);
  await expect(table.getByRole("link", { name: "whiteboard" })).toBeVisible();
  // The library re-renders its rows while uploads progress: open the document by its link's address.
  await page.goto((await table.getByRole("link", { name: "whiteboard" }).getAttribute("href"))!);
  await expect(page.getByText("Ready", { exact: true })).toBeVisible({ timeout: 180_000 });
  await expect(transcript).toContainText(FIXTURE_TEXT.photo);
  const en = await ask(page, "When is the launch?");
  await expect(en).toContainText("Friday");
});

const BOOK = buildEpub({
  title: "Field Guide to Data Teams",
  lang: "en",
  chapters: [
    {
      title: "Chapter 1. Why teams own data",
      part: "Part I. Foundations",
      sections: [
        {
          title: "1.1 The problem",
          paragraphs: ["Customer records live in forty different systems across the company.", "Every system gives the same customer a different number."],
        },
        { title: "1.2 The goal", paragraphs: ["Governance makes data trusted, findable and usable by every team."] },
      ],
      footnotes: ["Systems here include the ERP and the CRM."],
    },
    {
      title: "Chapter 2. Tools",
      part: "Part II. Practice",
      sections: [{ title: "2.1 The catalogue", paragraphs: ["A metadata catalogue records the source and the definition of every table."] }],
    },
  ],
});

test("an EPUB book opens with its chapters, and its outline is collapsible, cited and exportable", async ({ page }) => {
  await signUp(page);
  await uploadFiles(page, [{ name: "guide.epub", mimeType: "application/epub+zip", buffer: Buffer.from(BOOK) }]);
  await page.getByRole("table", { name: "Documents" }).getByRole("link", { name: "Field Guide to Data Teams" }).click();
  await expect(page.getByText("Ready", { exact: true })).toBeVisible({ timeout: 60_000 });
  const transcript = page.getByRole("list", { name: "Transcript" });
  await expect(transcript).toContainText("Part I. Foundations › Chapter 1. Why teams own data › 1.1 The problem");
  await expect(transcript).toContainText("Systems here include the ERP and the CRM.");

  await page.getByRole("link", { name: "Outline" }).click();
  const outline = page.getByRole("region", { name: "Outline" });
  await expect(outline.getByText("Part I. Foundations")).toBeVisible();
  await expect(outline.getByText("Chapter 2. Tools")).toBeVisible();
  // Collapse all hides the key points; expand all shows them again.
  const point = outline.locator("[data-outline-point]").first();
  await outline.getByRole("button", { name: "Collapse all" }).click();
  await expect(point).toBeHidden();
  await outline.getByRole("button", { name: "Expand all" }).click();
  await expect(point).toBeVisible();
  // A key point's citation highlights its line in the text.
  const cite = point.locator("[data-cite]").first();
  const line = await cite.getAttribute("data-cite");
  await cite.click();
  await expect(page.locator(`#seg-${line}`)).toHaveClass(/cited/);

  const md = page.waitForEvent("download");
  await outline.getByRole("link", { name: "Markdown" }).click();
  const mdFile = await md;
  expect(mdFile.suggestedFilename()).toBe("Field Guide to Data Teams.outline.md");
  expect(readFileSync((await mdFile.path())!, "utf8")).toContain("## Part I. Foundations");
  const opml = page.waitForEvent("download");
  await outline.getByRole("link", { name: "OPML (mind map)" }).click();
  expect(readFileSync((await (await opml).path())!, "utf8")).toContain('<outline text="Chapter 2. Tools"');
});
