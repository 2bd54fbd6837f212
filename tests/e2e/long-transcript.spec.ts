import { expect, test } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";

// 700 lines: more than two pages of the transcript (300 lines each). The only commitment is near the end.
const LINES = Array.from({ length: 700 }, (_, i) =>
  i === 650
    ? "Bob: I will send the revised budget by Friday."
    : `${i % 2 ? "Alice" : "Carol"}: Status item ${i + 1} on the ${["roadmap", "hiring plan", "office move", "vendor list"][i % 4]} is unchanged.`,
);

test("a long transcript opens on its first page, loads more on request, and a citation far down loads and highlights its line", async ({ page }) => {
  await signUp(page, "Bob");
  await uploadFiles(page, [{ name: "long-review.txt", mimeType: "text/plain", buffer: Buffer.from(LINES.join("\n")) }]);
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByRole("row").filter({ hasText: "long-review.txt" }).getByText("Ready")).toBeVisible({ timeout: 90_000 });
  await table.getByRole("link", { name: "long-review" }).click();

  const column = page.getByTestId("transcript-column");
  await expect(column.getByText("Lines 1–300 of 700")).toBeVisible();
  await expect(column.locator("[data-segment]")).toHaveCount(300);
  await column.getByRole("button", { name: "Show the next lines" }).click();
  await expect(column.getByText("Lines 1–600 of 700")).toBeVisible();
  await expect(column.locator("#seg-599")).toContainText("Status item 600");

  // The to-do cites line 651, which is not on the page yet: clicking the citation loads the page around it.
  await page.getByRole("navigation", { name: "Document views" }).getByRole("link", { name: "To-dos" }).click();
  const todo = page
    .getByRole("region", { name: "To-dos" })
    .getByTestId("todo")
    .filter({ hasText: /revised budget/i });
  await expect(todo).toHaveCount(1);
  await expect(column.locator("#seg-650")).toHaveCount(0);
  await todo.locator("[data-cite]").first().click();
  await expect(page.locator("[data-segment].cited")).toContainText("I will send the revised budget by Friday.");
  await expect(column.getByText("Lines 611–700 of 700")).toBeVisible();
  await column.getByRole("button", { name: "Show earlier lines" }).click();
  await expect(column.getByText("Lines 311–700 of 700")).toBeVisible();
});
