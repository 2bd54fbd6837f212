import { expect, test } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";

const TRANSCRIPT = [
  "Alice: Good morning everyone, let's review the launch plan for the new release.",
  "Bob: The beta build is ready and the testing team started this morning.",
  "Alice: We decided to ship the release on March 15 after the final review.",
  "Bob: I will send the test report to the whole team by Friday.",
  "Alice: Great, thanks everyone, see you next week.",
].join("\n");

test("a read-only share link shows the minutes to a signed-out reader until it is revoked", async ({ page, browser, context }) => {
  await signUp(page, "Share Owner");
  await uploadFiles(page, [{ name: "launch-sync.txt", mimeType: "text/plain", buffer: Buffer.from(TRANSCRIPT) }]);
  const table = page.getByRole("table", { name: "Documents" });
  const row = table.getByRole("row").filter({ hasText: "launch-sync.txt" });
  await expect(row.getByText("Ready")).toBeVisible({ timeout: 60_000 });
  await table.getByRole("link", { name: "launch-sync" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "launch-sync" })).toBeVisible();

  const panel = page.getByRole("region", { name: "Share" });
  await expect(panel.getByText("No links yet.")).toBeVisible();
  await panel.getByLabel("Expires").selectOption({ label: "7 days" });
  await panel.getByRole("button", { name: "Create link" }).click();
  const linkInput = panel.getByLabel("New link");
  await expect(linkInput).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  const url = await linkInput.inputValue();
  await expect(panel.getByText("Copy the link now: for safety it is shown only once.")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Links" }).getByRole("listitem")).toHaveCount(1);
  await expect(panel.getByRole("list", { name: "Links" })).toContainText("active");

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await panel.getByRole("button", { name: "Copy" }).click();
  await expect(panel.getByRole("button", { name: "Copied" }).or(panel.getByText(/Select the link and copy it/))).toBeVisible();

  // A new browser context has no session: the token alone opens the page.
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  const ok = await reader.goto(url);
  expect(ok?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1, name: "launch-sync" })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Summary" })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "To-dos" })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Slides" })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Transcript" })).toHaveCount(0);
  await expect(reader.getByRole("list", { name: "Transcript" })).toHaveCount(0);
  // Nothing on the page leads into the private app.
  await expect(reader.locator('a[href^="/w/"]')).toHaveCount(0);
  await expect(reader.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);

  // The language switch works without an account.
  await reader.getByRole("combobox", { name: "Language" }).selectOption("zh");
  await expect(reader.getByRole("heading", { name: "摘要" })).toBeVisible();
  await reader.getByRole("combobox", { name: "语言" }).selectOption("en");
  await expect(reader.getByRole("heading", { name: "Summary" })).toBeVisible();

  await panel.getByRole("button", { name: "Revoke" }).click();
  await expect(panel.getByRole("list", { name: "Links" })).toContainText("revoked");
  await expect(panel.getByLabel("New link")).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Revoke" })).toHaveCount(0);

  const gone = await reader.reload();
  expect(gone?.status()).toBe(404);
  await expect(reader.getByText("This link is invalid, expired or revoked.")).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Summary" })).toHaveCount(0);

  // An unknown token gets exactly the same answer.
  const unknown = await reader.goto(url.replace(/\/s\/.*$/, `/s/${"x".repeat(43)}`));
  expect(unknown?.status()).toBe(404);
  await expect(reader.getByText("This link is invalid, expired or revoked.")).toBeVisible();
  await anonymous.close();
});
