import { expect, test, type Page } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";

/**
 * Hostile text everywhere a user can put it (file name, speaker name, transcript, question) must
 * come back as text on every page that shows it: nothing runs, no dialog opens, and the Content
 * Security Policy never has to step in (a violation would mean markup got through to the DOM).
 */
const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=1</script>";
const JS_LINK = "[docs](javascript:window.__xss=1)";

const TRANSCRIPT = JSON.stringify([
  { speaker: "Alice", start: 5, text: `Good morning. Today we review the spring budget ${IMG} and the launch date.` },
  { speaker: `Eve ${IMG}`, start: 20, text: `I will send the revised budget ${IMG} to finance by Friday, see ${JS_LINK}.` },
  { speaker: "Bob", start: 40, text: `We decided to ship the launch ${SCRIPT} on the first of next month.` },
  { speaker: "Alice", start: 60, text: `Agreed, the budget stays at forty thousand dollars, javascript:window.__xss=1 is not a plan.` },
]);

interface Watch {
  dialogs: string[];
  violations: string[];
}

function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], violations: [] };
  page.on("dialog", (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) w.violations.push(msg.text());
  });
  return w;
}

async function expectInert(page: Page, w: Watch) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator("img[src='x']")).toHaveCount(0);
  expect(w.dialogs).toEqual([]);
  expect(w.violations).toEqual([]);
}

test("every page sends a nonce-based CSP and the other security headers", async ({ page }) => {
  const w = watch(page);
  const first = await page.goto("/sign-in");
  const second = await page.goto("/sign-in");
  const csp = first!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  for (const d of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
  // A fresh nonce per response, and Next puts it on its own scripts.
  const nonce = (h: string | undefined) => h?.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce(second!.headers()["content-security-policy"])).not.toBe(nonce(csp));
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  const headers = second!.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The page is interactive under the policy: the form's client code ran (the button submits via JS).
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  expect(w.violations).toEqual([]);
});

test("hostile names, transcripts and questions stay text on every page and in the export", async ({ page, context }) => {
  const w = watch(page);
  await signUp(page, "Mallory");
  const workspaceUrl = page.url();
  await expectInert(page, w);

  await uploadFiles(page, [{ name: `${IMG}.json`, mimeType: "application/json", buffer: Buffer.from(TRANSCRIPT) }]);
  const table = page.getByRole("table", { name: "Documents" });
  const row = table.getByRole("row").filter({ hasText: "onerror=window.__xss=1" });
  await expect(row.getByText("Ready")).toBeVisible({ timeout: 60_000 });
  await expect(row).toContainText(IMG);
  await expectInert(page, w);

  await row.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("onerror=window.__xss=1");
  const docUrl = page.url().split("?")[0];
  await expect(page.getByRole("list", { name: "Transcript" })).toContainText(SCRIPT);
  await expect(page.getByRole("list", { name: "Transcript" })).toContainText(`Eve ${IMG}`);
  await expect(page.getByRole("list", { name: "Transcript" })).toContainText(JS_LINK);
  await expectInert(page, w);

  for (const tab of ["minutes", "todos", "slides", "ask"]) {
    await page.goto(`${docUrl}?tab=${tab}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(IMG);
    await expectInert(page, w);
  }

  // A question with markup in it, asked on the document's Ask tab.
  const question = `${SCRIPT} ${IMG} Who sends the budget to finance?`;
  await page.getByPlaceholder(/Ask about this meeting/).fill(question);
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(page.getByTestId("answer").last()).toContainText(/finance/i);
  await expect(page.locator("main")).toContainText(question);
  await page.reload();
  await expect(page.locator("main")).toContainText(question);
  await expectInert(page, w);

  const workspace = new URL(workspaceUrl).pathname;
  await page.goto(`${workspace}/search?q=finance`);
  await expect(page.locator("main")).toContainText(IMG);
  await expectInert(page, w);
  await page.goto(`${workspace}/search?q=${encodeURIComponent(SCRIPT)}`);
  await expect(page.getByRole("searchbox").or(page.getByLabel("Search query")).first()).toHaveValue(SCRIPT);
  await expectInert(page, w);

  await page.goto(`${workspace}/todos?view=all`);
  await expect(page.locator("main")).toContainText("finance");
  await expect(page.locator("main")).toContainText("onerror=window.__xss=1");
  await expectInert(page, w);

  // The Markdown export escapes the markup instead of passing raw HTML to whatever renders it next.
  const md = await (await page.request.get(`${docUrl}/export/minutes.md`)).text();
  expect(md).toContain("\\<img src=x onerror=window.\\_\\_xss=1\\>");
  expect(md).not.toMatch(/(^|[^\\])<(img|script)\b/m);
  // The Markdown link is escaped too, so no renderer turns it into a javascript: anchor.
  expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/im);

  // The public share page, transcript included.
  await page.goto(docUrl);
  const panel = page.getByRole("region", { name: "Share" });
  await panel.getByLabel("Also show the transcript").check();
  await panel.getByRole("button", { name: "Create link" }).click();
  const url = await panel.getByLabel("New link").inputValue();
  const reader = await context.newPage();
  const rw = watch(reader);
  await reader.goto(url);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(IMG);
  await expect(reader.getByRole("list", { name: "Transcript" })).toContainText(SCRIPT);
  await expectInert(reader, rw);
  await expectInert(page, w);
});
