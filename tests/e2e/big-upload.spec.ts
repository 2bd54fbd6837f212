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
 * proxy's 10 MB body limit that server actions hit) and processed to Ready.
 */
test("a 40 MB transcript uploads from the browser and reaches Ready", async ({ page }) => {
  // Minutes on a quiet 2-core machine (the local engine reads all ~420,000 lines); far longer on a busy one.
  test.setTimeout(30 * 60_000);
  const dir = mkdtempSync(path.join(tmpdir(), "jiyao-e2e-big-"));
  const file = path.join(dir, "all-hands-archive.txt");
  try {
    writeFileSync(file, bigTranscript(40 * 1024 * 1024));
    expect(statSync(file).size).toBeGreaterThan(40 * 1024 * 1024);
    await signUp(page);
    await page.waitForLoadState("networkidle");
    await page.getByTestId("file-input").setInputFiles(file);
    await expect(page.getByTestId("upload-results").getByText("uploaded", { exact: true })).toBeVisible({ timeout: 120_000 });
    const row = page.getByRole("table", { name: "Documents" }).getByRole("row").filter({ hasText: "all-hands-archive.txt" });
    await expect(row).toBeVisible();
    await expect(row.getByText("Ready")).toBeVisible({ timeout: 28 * 60_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
