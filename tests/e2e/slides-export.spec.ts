import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { signUp, uploadFiles } from "./helpers";

const TRANSCRIPT = [
  "Alice: Good morning everyone, let us review the launch plan for the new version.",
  "Bob: Testing is almost finished. I will send the test report by Friday.",
  "Alice: Good. We decided to release the new version at the start of next month.",
  "Carol: I will update the user documentation before the release.",
  "Bob: The budget for the launch event is still open; finance needs the numbers.",
].join("\n");

const EDITED = "Launch plan edited in E2E";

/** The visible text of each XML part of an Office file, by part name. */
async function officeTexts(download: Download): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const decode = (xml: string) =>
    xml
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return Object.fromEntries(
    Object.entries(files)
      .filter(([p]) => p.endsWith(".xml"))
      .map(([p, data]) => [p, decode(strFromU8(data))]),
  );
}

async function downloadFrom(page: Page, linkName: string): Promise<Download> {
  await page.locator("summary", { hasText: "Export" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName, exact: true }).click()]);
  return download;
}

test("edit, reorder and save slides, then download the deck and the minutes", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  await uploadFiles(page, [{ name: "weekly-launch.txt", mimeType: "text/plain", buffer: Buffer.from(TRANSCRIPT) }]);
  await page.getByRole("table", { name: "Documents" }).getByRole("link", { name: "weekly-launch" }).click();
  await expect(page.getByText("Ready", { exact: true })).toBeVisible({ timeout: 60_000 });

  await page.getByRole("navigation", { name: "Document views" }).getByRole("link", { name: "Slides" }).click();
  await expect(page).toHaveURL(/tab=slides/);
  const panel = page.getByTestId("slides-panel");
  const preview = panel.getByTestId("slides-preview");
  await expect(preview).toBeVisible();
  await expect(panel.getByText(/^Version 1 · built-in engine$/)).toBeVisible();

  await panel.getByRole("button", { name: "Edit slides" }).click();
  const titles = panel.getByRole("textbox", { name: "Slide title" });
  expect(await titles.count()).toBeGreaterThanOrEqual(2);
  const secondTitle = await titles.nth(1).inputValue();
  await titles.nth(0).fill(EDITED);

  // Reorder with the keyboard: focus stays on the moved slide's controls.
  await page.getByRole("button", { name: "Move slide 1 down" }).focus();
  await page.keyboard.press("Enter");
  await expect(titles.nth(0)).toHaveValue(secondTitle);
  await expect(titles.nth(1)).toHaveValue(EDITED);
  await expect(page.getByRole("button", { name: "Move slide 2 up" })).toBeFocused();
  await expect(page.getByText("Slide moved to position 2.")).toBeAttached();

  await page.getByRole("button", { name: "Save slides" }).click();
  await expect(panel.getByText("Saved as version 2.")).toBeVisible();
  const headings = preview.getByRole("heading", { level: 3 });
  await expect(headings.nth(0)).toContainText(secondTitle);
  await expect(headings.nth(1)).toContainText(EDITED);
  await expect(panel.getByText(/^Version 2 · .* · edited by hand$/)).toBeVisible();
  // The first version stays one click away.
  await expect(panel.getByRole("link", { name: "v1", exact: true })).toHaveAttribute("href", /tab=slides&v=1$/);

  const pptx = await downloadFrom(page, "PowerPoint (.pptx)");
  expect(pptx.suggestedFilename()).toBe("weekly-launch.pptx");
  const deck = await officeTexts(pptx);
  expect(deck["ppt/slides/slide2.xml"]).toContain(secondTitle);
  expect(deck["ppt/slides/slide3.xml"]).toContain(EDITED);

  await page.getByRole("navigation", { name: "Document views" }).getByRole("link", { name: "Minutes" }).click();
  const firstPoint = page.getByTestId("summary").locator("li").first();
  await expect(firstPoint).toBeVisible();
  // The point's own text, without the citation buttons and edit controls that follow it.
  const pointText = (await firstPoint.getByTestId("item-text").textContent())?.trim() ?? "";
  expect(pointText.length).toBeGreaterThan(10);

  const docx = await downloadFrom(page, "Word (.docx)");
  expect(docx.suggestedFilename()).toBe("weekly-launch.docx");
  const minutes = (await officeTexts(docx))["word/document.xml"];
  expect(minutes).toContain("weekly-launch");
  expect(minutes).toContain(pointText);
});
