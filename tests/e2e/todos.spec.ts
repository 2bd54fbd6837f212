import { expect, test } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";

const TRANSCRIPT = [
  "Alice: Good morning, let's review the quarterly budget.",
  "Alice: Travel costs are ten percent over the plan.",
  "Bob: I will send the revised budget by Friday.",
  "Alice: Thanks, that settles it.",
].join("\n");

const EDITED = "Send the revised budget to finance";

test("a to-do from a meeting is edited, marked done, listed on the to-dos page, and the meeting is found by search", async ({ page }) => {
  // Signed up as "Bob": the to-do names Bob as its owner, so it is one of "my" to-dos.
  await signUp(page, "Bob");
  await uploadFiles(page, [{ name: "budget-sync.txt", mimeType: "text/plain", buffer: Buffer.from(TRANSCRIPT) }]);
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByRole("row").filter({ hasText: "budget-sync.txt" }).getByText("Ready")).toBeVisible({ timeout: 60_000 });
  await table.getByRole("link", { name: "budget-sync" }).click();

  await page.getByRole("navigation", { name: "Document views" }).getByRole("link", { name: "To-dos" }).click();
  await expect(page).toHaveURL(/tab=todos/);
  const panel = page.getByRole("region", { name: "To-dos" });
  // The engine's wording of the commitment may change; it is the one to-do about the revised budget.
  const original = panel.getByTestId("todo").filter({ hasText: /revised budget/i });
  await expect(original).toHaveCount(1);
  await expect(original).toContainText("Bob");

  // Its citation scrolls to and highlights the transcript line it came from.
  await original.locator("[data-cite]").first().click();
  await expect(page.locator("[data-segment].cited")).toContainText("I will send the revised budget by Friday.");

  await original.getByRole("button", { name: /^Edit/ }).click();
  const text = panel.getByLabel("To-do", { exact: true });
  await text.fill(EDITED);
  await panel.getByRole("button", { name: "Save" }).click();
  const edited = panel.getByTestId("todo").filter({ hasText: EDITED });
  await expect(edited).toHaveCount(1);
  await expect(panel.getByTestId("todo").filter({ hasText: /revised budget/i })).toHaveCount(1);
  await expect(edited.getByTestId("edited-mark")).toBeVisible();

  await edited.getByRole("checkbox", { name: `Mark done: ${EDITED}` }).click();
  await expect(edited.getByRole("checkbox", { name: `Reopen: ${EDITED}` })).toBeChecked();
  await page.reload();
  await expect(page.getByRole("region", { name: "To-dos" }).getByRole("checkbox", { name: `Reopen: ${EDITED}` })).toBeChecked();

  // The workspace to-dos page opens on "My to-dos".
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "To-dos" }).click();
  const views = page.getByRole("navigation", { name: "To-do views" });
  await expect(views.getByRole("link", { name: "My to-dos" })).toHaveAttribute("aria-current", "page");
  const list = page.getByRole("table", { name: "To-dos" });
  const row = list.getByTestId("todo-row").filter({ hasText: EDITED });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("checkbox", { name: `Reopen: ${EDITED}` })).toBeChecked();

  // Done, so not among the open ones…
  await views.getByRole("link", { name: "All open to-dos" }).click();
  await expect(page.getByText("No open to-dos. Well done.")).toBeVisible();
  // …but among all of them, where it can be reopened inline.
  await views.getByRole("link", { name: "All to-dos" }).click();
  await list.getByRole("checkbox", { name: `Reopen: ${EDITED}` }).click();
  await expect(list.getByRole("checkbox", { name: `Mark done: ${EDITED}` })).not.toBeChecked();
  await views.getByRole("link", { name: "All open to-dos" }).click();
  await expect(list.getByTestId("todo-row").filter({ hasText: EDITED })).toHaveCount(1);

  // The row links back to the meeting's to-dos.
  await list.getByRole("link", { name: "budget-sync" }).click();
  await expect(page).toHaveURL(/\/d\/[0-9a-f-]{36}\?tab=todos$/);
  await expect(page.getByRole("region", { name: "To-dos" }).getByTestId("todo").filter({ hasText: EDITED })).toHaveCount(1);

  // Library search: every word must match; the hit opens the line in context.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Search query").fill("revised Friday");
  await page.getByRole("button", { name: "Search" }).click();
  const hit = page.getByTestId("search-hit").first();
  await expect(hit).toContainText("I will send the revised budget by Friday.");
  await expect(hit.locator("mark")).toHaveText(["revised", "Friday"]);
  await hit.click();
  await expect(page).toHaveURL(/\/d\/[0-9a-f-]{36}\?tab=minutes#seg-\d+$/);
  const anchor = new URL(page.url()).hash;
  await expect(page.locator(anchor)).toContainText("I will send the revised budget by Friday.");

  await page.goBack();
  await page.getByLabel("Search query").fill("nonexistentword");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("Nothing found for “nonexistentword”.")).toBeVisible();
});
