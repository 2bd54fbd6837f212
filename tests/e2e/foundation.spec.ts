import { expect, test } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";

test("sign up, create a workspace, upload files and see them listed", async ({ page }) => {
  const { email, password } = await signUp(page, "Lin 林");
  // A personal workspace exists from sign-up.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lin 林");

  await page.getByLabel("Workspace").selectOption("__new");
  await expect(page).toHaveURL(/\/workspaces\/new$/);
  await page.getByLabel("Workspace name").fill("产品组 Product team");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("产品组 Product team");
  await expect(page.getByText("No documents yet")).toBeVisible();

  await uploadFiles(page, [
    { name: "weekly-sync.txt", mimeType: "text/plain", buffer: Buffer.from("Alice: Let's start.\nBob: I will send the report by Friday.\n") },
    { name: "周会.txt", mimeType: "text/plain", buffer: Buffer.from("张三：大家好，我们开始。\n李四：我明天提交报告。\n") },
  ]);
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByText("weekly-sync.txt")).toBeVisible();
  await expect(table.getByText("周会.txt")).toBeVisible();
  // The table lists a file as soon as it is picked; the upload itself must have landed before the copy is sent.
  await expect(page.getByRole("listitem").filter({ hasText: "weekly-sync.txt" }).getByText("uploaded", { exact: true })).toBeVisible();

  // The same bytes again are detected, with a message naming the earlier upload.
  await uploadFiles(page, [{ name: "again.txt", mimeType: "text/plain", buffer: Buffer.from("Alice: Let's start.\nBob: I will send the report by Friday.\n") }]);
  await expect(page.getByText(/already uploaded to this workspace as “weekly-sync.txt”/)).toBeVisible();

  // An empty file gets a clear message and nothing is stored.
  await uploadFiles(page, [{ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) }]);
  await expect(page.getByText("This file is empty.")).toBeVisible();
  await expect(table.getByText("empty.txt")).toHaveCount(0);

  // Sign out and back in: the workspace and its files are still there.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Workspace").selectOption({ label: "产品组 Product team" });
  await expect(page.getByRole("table", { name: "Documents" }).getByText("周会.txt")).toBeVisible();
});

test("a file picked before the page's scripts ran is uploaded once they do", async ({ page }) => {
  await signUp(page, "Slow Sol");
  const home = page.url();
  // Hold the page's scripts back (not its stylesheets: the parser waits for those before any inline
  // script, so the input would never be parsed), so the file input is the browser's own when picked.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(home, { waitUntil: "commit" });
  // The server-rendered input, present before any script runs (it may still sit in the streamed,
  // not yet revealed part of the page, which is why this waits for it attached, not visible).
  const input = page.getByTestId("file-input");
  await input.waitFor({ state: "attached" });
  expect(await input.getAttribute("data-ready")).toBeNull();
  await input.setInputFiles([{ name: "early-pick.txt", mimeType: "text/plain", buffer: Buffer.from("Sol: I will send the deck by Monday.\n") }]);
  release();
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByText("early-pick.txt")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "early-pick.txt" }).getByText("uploaded", { exact: true })).toBeVisible();
});

test("a wrong password is refused with a message", async ({ page }) => {
  const { email } = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /invalid email or password/i })).toBeVisible();
});

test("pages need a session", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/w/00000000-0000-4000-8000-000000000000");
  await expect(page).toHaveURL(/\/sign-in$/);
});
