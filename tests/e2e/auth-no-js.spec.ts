import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

/**
 * With JavaScript off (or before hydration) the sign-in and sign-up forms must still post: they used
 * to have no method, so the browser sent a GET and the password landed in the URL and the server log.
 */
test.use({ javaScriptEnabled: false });

function watchUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(`${r.method()} ${r.url()}`));
  return urls;
}

test("sign up, a wrong password and sign in with JavaScript disabled: posted, never in a URL", async ({ page, browser }) => {
  const email = `nojs-${randomUUID().slice(0, 8)}@example.test`;
  const password = "correct horse battery";
  const urls = watchUrls(page);

  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("No Script");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
  // Signed in: the header names the user (the page body streams in with JavaScript; that is not needed here).
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  const fresh = await browser.newContext({ javaScriptEnabled: false });
  const other = await fresh.newPage();
  const otherUrls = watchUrls(other);
  await other.goto("/sign-in");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill("not the password");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("alert")).toContainText(/invalid email or password/i);
  await expect(other).toHaveURL(/\/sign-in$/);

  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill(password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/w\/[0-9a-f-]{36}$/);

  const all = [...urls, ...otherUrls];
  expect(all.some((u) => u.startsWith("POST ") && /\/sign-(in|up)/.test(u))).toBe(true);
  for (const u of all) {
    expect(u).not.toContain(encodeURIComponent(password));
    expect(u).not.toContain("correct+horse");
    expect(u).not.toMatch(/[?&]password=/);
  }
  await fresh.close();
});
