import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";

/**
 * A recording through the browser: uploaded like any file, transcribed by the fake speech server
 * (playwright.config.ts starts it; each second k of the fixture is heard as sentence k), played on the
 * document page, and clicking a transcript line or a citation moves the player to that line.
 */
const recording = readFileSync(path.join(process.cwd(), "tests/fixtures/recordings/tones.ogg"));

const playerTime = (page: Page) => page.getByTestId("recording-player").evaluate((el) => (el as HTMLMediaElement).currentTime);

test("upload a recording, read its transcript, and play from a line and from a citation", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  await uploadFiles(page, [{ name: "weekly-sync.ogg", mimeType: "audio/ogg", buffer: recording }]);
  await page.getByRole("table", { name: "Documents" }).getByRole("link", { name: "weekly-sync" }).click();

  const transcript = page.getByRole("list", { name: "Transcript" });
  await expect(transcript).toContainText("We decided to ship the beta on Friday.", { timeout: 60_000 });
  // Four overlapping parts, stitched: every sentence once, at its second of the recording.
  await expect(transcript.locator("li")).toHaveCount(12);
  await expect(transcript.locator("li", { hasText: "Customers asked for an offline mode." })).toContainText("00:04");
  await expect(page.getByTestId("recording-player")).toBeVisible();

  // The original streams with Range support, so the player can seek.
  const src = await page.getByTestId("recording-player").getAttribute("src");
  const partial = await page.request.get(src!, { headers: { Range: "bytes=0-99" } });
  expect(partial.status()).toBe(206);
  expect(partial.headers()["content-range"]).toBe(`bytes 0-99/${recording.length}`);
  expect(partial.headers()["content-type"]).toBe("audio/ogg");
  expect((await partial.body()).equals(recording.subarray(0, 100))).toBe(true);

  await transcript.locator("li", { hasText: "Customers asked for an offline mode." }).click();
  await expect.poll(() => playerTime(page)).toBeCloseTo(4, 0);

  // A citation in the minutes plays from the line it cites.
  const cite = page.locator("[data-cite]").first();
  await expect(cite).toBeVisible({ timeout: 30_000 });
  const cited = Number(await cite.getAttribute("data-cite"));
  const startMs = Number(await page.locator(`#seg-${cited}`).getAttribute("data-start-ms"));
  if (startMs === 4000) {
    // Move away first, so the check below proves the citation moved the player.
    await transcript.locator("li", { hasText: "Thanks everyone, see you next week." }).click();
    await expect.poll(() => playerTime(page)).toBeCloseTo(11, 0);
  }
  await cite.click();
  await expect.poll(() => playerTime(page)).toBeCloseTo(startMs / 1000, 0);
  await expect(page.locator(`#seg-${cited}`)).toHaveClass(/cited/);
});
