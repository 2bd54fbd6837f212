import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { bigTranscript } from "../support/big-docs";
import { signUp } from "./helpers";

// Minutes long even when it passes: a failure is not worth a second run in CI's time budget.
test.describe.configure({ retries: 0 });

/**
 * A 40 MB transcript picked in the browser is uploaded (streamed to the upload route, past the
 * proxy's 10 MB body limit that server actions hit), stored and taken up for processing. How long
 * processing takes to Ready is `npm run bench -- bigfiles`' measure, not a test's: on 2 cores the
 * local engine reads ~420,000 lines for minutes.
 */
test("a 40 MB transcript uploads from the browser and is taken up for processing", async ({ page }) => {
  test.setTimeout(5 * 60_000);
  const dir = mkdtempSync(path.join(tmpdir(), "jiyao-e2e-big-"));
  const file = path.join(dir, "all-hands-archive.txt");
  try {
    writeFileSync(file, bigTranscript(40 * 1024 * 1024));
    expect(statSync(file).size).toBeGreaterThan(40 * 1024 * 1024);
    await signUp(page);
    await page.waitForLoadState("networkidle");
    await page.getByTestId("file-input").setInputFiles(file);
    await expect(page.getByTestId("upload-results").getByText("uploaded", { exact: true })).toBeVisible({ timeout: 180_000 });
    const row = page.getByRole("table", { name: "Documents" }).getByRole("row").filter({ hasText: "all-hands-archive.txt" });
    await expect(row).toBeVisible();
    await expect(row.getByText(/^(?:Queued|Reading|Read|Analyzing|Ready)$/)).toBeVisible();
    await expect(row.getByText("Failed")).toHaveCount(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
