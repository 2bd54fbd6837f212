import { expect, test, type Page } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";
import { BUDGET_MEETING_EN } from "./sample-meetings";

const txt = (name: string, text: string) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) });

async function openReady(page: Page, fileName: string, title: string) {
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByRole("row").filter({ hasText: fileName }).getByText("Ready")).toBeVisible({ timeout: 60_000 });
  await table.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("people correct the minutes in place: each save is a new version, edited items are marked, the earlier version stays", async ({ page }) => {
  await signUp(page, "Alice");
  await uploadFiles(page, [txt("spring-budget.txt", BUDGET_MEETING_EN)]);
  await openReady(page, "spring-budget.txt", "spring-budget");
  await expect(page.getByText(/^Version 1 ·/)).toBeVisible();

  // A summary point: new wording, its citations kept.
  const point = page.getByTestId("summary-point").first();
  const cites = await point.locator("[data-cite]").count();
  expect(cites).toBeGreaterThan(0);
  await point.getByTestId("edit-item").click();
  await point.getByLabel("Text").fill("The team reviewed the spring campaign budget and the launch date.");
  await point.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/^Version 2 ·/)).toBeVisible();
  const edited = page.getByTestId("summary-point").first();
  await expect(edited).toContainText("The team reviewed the spring campaign budget and the launch date.");
  await expect(edited.getByTestId("edited-mark")).toHaveText("edited");
  await expect(edited.locator("[data-cite]")).toHaveCount(cites);

  // A decision: reworded, and one of its citations removed if it has several.
  const decision = page.getByTestId("decision").first();
  await decision.getByTestId("edit-item").click();
  await decision.getByLabel("Text").fill("Cut the video ads; the money goes to search ads.");
  await decision.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/^Version 3 ·/)).toBeVisible();
  await expect(page.getByTestId("decision").first()).toContainText("Cut the video ads; the money goes to search ads.");
  await expect(page.getByTestId("decision").first().getByTestId("edited-mark")).toBeVisible();

  // Add a decision, then delete the first one (after confirming).
  const count = await page.getByTestId("decision").count();
  await page.getByLabel("New decision").fill("Hold the launch party in the Shanghai office.");
  await page.getByRole("button", { name: "Add decision" }).click();
  await expect(page.getByText(/^Version 4 ·/)).toBeVisible();
  const added = page.getByTestId("decision").filter({ hasText: "Hold the launch party in the Shanghai office." });
  await expect(added.getByTestId("edited-mark")).toHaveText("added by hand");
  await expect(page.getByTestId("decision")).toHaveCount(count + 1);

  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("decision").first().getByTestId("edit-item").click();
  await page.getByRole("button", { name: "Delete decision" }).click();
  await expect(page.getByText(/^Version 5 ·/)).toBeVisible();
  await expect(page.getByTestId("decision")).toHaveCount(count);
  await expect(page.getByText("Cut the video ads; the money goes to search ads.")).toHaveCount(0);

  // After a reload: the latest version with its marks; version 1 still shows the engine's own words.
  await page.reload();
  await expect(page.getByText(/^Version 5 ·/)).toBeVisible();
  await expect(page.getByTestId("summary-point").first().getByTestId("edited-mark")).toBeVisible();
  await expect(page.getByTestId("decision").filter({ hasText: "Hold the launch party in the Shanghai office." })).toHaveCount(1);
  await page.getByRole("link", { name: "v1", exact: true }).click();
  await expect(page.getByText(/^Version 1 ·/)).toBeVisible();
  await expect(page.getByTestId("edited-mark")).toHaveCount(0);
  await expect(page.getByText("The team reviewed the spring campaign budget and the launch date.")).toHaveCount(0);
  // An old version is read-only: editing starts from the latest.
  await expect(page.getByTestId("edit-item")).toHaveCount(0);
});

test("a batch uploads three at a time, every file listed at once; a document is renamed, then deleted with everything derived from it", async ({ page }) => {
  await signUp(page, "Bea");
  // Hold every upload on the way so the in-between state can be seen.
  const uploadRoute = "**/api/w/*/documents";
  await page.route(uploadRoute, async (route) => {
    if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 2_000));
    await route.continue();
  });
  const files = ["alpha", "bravo", "charlie", "delta"].map((n) => txt(`${n}.txt`, `Ann: The ${n} plan starts Monday.\nBen: I will write the ${n} notes by Friday.`));
  await uploadFiles(page, files);
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByTestId("pending-upload")).toHaveCount(4);
  await expect(page.getByText(/^No documents yet/)).toHaveCount(0);
  await expect(table.getByTestId("pending-upload").filter({ hasText: "uploading…" })).toHaveCount(3);
  await expect(table.getByTestId("pending-upload").filter({ hasText: "waiting…" })).toHaveCount(1);
  for (const f of files) await expect(table.getByRole("row").filter({ hasText: f.name }).getByText("Ready")).toBeVisible({ timeout: 60_000 });
  await page.unroute(uploadRoute);

  await table.getByRole("link", { name: "delta" }).click();
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("Document title").fill("Delta kickoff");
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delta kickoff" })).toBeVisible();

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Delete “Delta kickoff”?");
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
  await expect(table.getByRole("link", { name: "Delta kickoff" })).toHaveCount(0);
  await expect(table.getByRole("link", { name: "alpha" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await page.getByRole("searchbox").fill("delta");
  await page.getByRole("searchbox").press("Enter");
  await expect(page.getByText("Nothing found for “delta”.")).toBeVisible();
});

test("the transcript stays beside the tabs with its own scroll; a search hit opens and highlights its line; favicon and labels", async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await signUp(page, "Cai");
  const lines = Array.from({ length: 40 }, (_, i) => `${i % 2 ? "Bob" : "Alice"}: Item ${i + 1} of the review, about the budget line number ${i + 1}.`);
  lines[30] = "Bob: The zeppelin hangar lease ends in June.";
  await uploadFiles(page, [txt("long-review.txt", lines.join("\n"))]);
  await openReady(page, "long-review.txt", "long-review");

  // Several answers make the right column much taller than the window.
  await page.getByRole("navigation", { name: "Document views" }).getByRole("link", { name: "Ask" }).click();
  const questions = ["What about the budget?", "What is item 3?", "What about the lease?", "Who spoke about item 10?"];
  for (const [i, q] of questions.entries()) {
    await page.locator("#ask-input").fill(q);
    await page.locator("#ask-input").press("Enter");
    await expect(page.getByTestId("answer")).toHaveCount(i + 1);
    await expect(page.getByTestId("answer").last()).not.toContainText("Looking through the transcript…");
  }
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const column = page.getByTestId("transcript-column");
  const tabs = page.getByRole("navigation", { name: "Document views" });
  const [c, t] = [await column.boundingBox(), await tabs.boundingBox()];
  expect(c && t).toBeTruthy();
  expect(c!.x + c!.width).toBeLessThanOrEqual(t!.x);
  expect(c!.y).toBeGreaterThanOrEqual(0);
  expect(c!.y).toBeLessThan(100);
  expect(await column.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);

  // A search hit opens the document at its line, highlighted.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await page.getByRole("searchbox").fill("zeppelin");
  await page.getByRole("searchbox").press("Enter");
  await page.getByTestId("search-hit").first().click();
  await expect(page).toHaveURL(/#seg-30$/);
  const line = page.locator("#seg-30");
  await expect(line).toHaveClass(/\bcited\b/);
  await expect(line).toBeInViewport();

  // A favicon, served as SVG.
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");

  // Chinese: processing "Ready" is not the to-dos' "done", and screen-reader names are Chinese too.
  await page.getByLabel("Language").selectOption("zh");
  await page.goto("/");
  await expect(page.getByRole("table", { name: "文档列表" }).getByText("已就绪", { exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.getByRole("table", { name: "文档列表" }).getByRole("link", { name: "long-review" }).click();
  await expect(page.getByRole("navigation", { name: "文档视图" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Document views" })).toHaveCount(0);
});
