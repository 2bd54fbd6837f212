import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import mammoth from "mammoth";
import { startFakeOpenAI } from "../support/fake-openai-server";
import { signUp, uploadFiles } from "./helpers";

const MEETING_ZH = [
  "张伟：今天我们讨论新版本的发布计划。",
  "李娜：测试还剩两个模块，我会在周五之前完成测试报告。",
  "张伟：好的，我们决定下周一发布新版本。",
  "王芳：我负责在周三之前准备发布公告。",
].join("\n");

const editor = (page: Page) => page.getByTestId("writing-editor");

async function waitSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
}

test("write with the assistant: type Chinese (IME) and English, proofread, polish a selection, drafts from a meeting, DOCX export", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "Writer");
  const library = page.url();
  await uploadFiles(page, [{ name: "产品周会-2026-11-30.txt", mimeType: "text/plain", buffer: Buffer.from(MEETING_ZH) }]);
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByRole("row").filter({ hasText: "产品周会-2026-11-30.txt" }).getByText("Ready")).toBeVisible({ timeout: 60_000 });

  // A new document.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Writing" }).click();
  await page.getByRole("button", { name: "New document" }).click();
  await expect(editor(page)).toBeVisible();
  await page.getByLabel("Title").fill("发布说明 Release notes");
  await editor(page).click();

  // Chinese through an input method: a composition, then its committed text (nothing intercepts it).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "women", selectionStart: 5, selectionEnd: 5 });
  await cdp.send("Input.insertText", { text: "我们" });
  await page.keyboard.insertText("做为团队,明天布署系统。");
  await page.keyboard.press("Enter");
  await page.keyboard.type("The the plan is ready for review.");
  await expect(editor(page)).toContainText("我们做为团队,明天布署系统。");
  await expect(editor(page)).toContainText("The the plan is ready for review.");
  await waitSaved(page);

  // 校阅: suggestions with kind and reason; accept two, reject one.
  await page.getByRole("button", { name: "校阅 Proofread" }).click();
  const suggestions = page.getByTestId("suggestion");
  await expect(suggestions.filter({ hasText: "做为" })).toBeVisible();
  await expect(suggestions.filter({ hasText: "做为" })).toContainText("typo");
  await expect(suggestions.filter({ hasText: "做为" })).toContainText("作为");
  await expect(suggestions.filter({ hasText: "Half-width comma" })).toContainText("punctuation");
  await expect(suggestions.filter({ hasText: "repeated" })).toContainText("duplicate");
  await suggestions.filter({ hasText: "做为" }).getByRole("button", { name: "Accept" }).click();
  await suggestions.filter({ hasText: "布署" }).getByRole("button", { name: "Accept" }).click();
  await suggestions.filter({ hasText: "Half-width comma" }).getByRole("button", { name: "Reject" }).click();
  await expect(editor(page)).toContainText("我们作为团队,明天部署系统。");
  await expect(suggestions.filter({ hasText: "Half-width comma" })).toHaveCount(0);
  // An accepted change is undone by the editor's undo, and redone.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(editor(page)).toContainText("我们作为团队,明天布署系统。");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(editor(page)).toContainText("我们作为团队,明天部署系统。");

  // Polish a selection: without a model the model actions are disabled and the panel says why.
  await page.getByRole("radio", { name: "On the selection" }).check();
  await editor(page).getByText("The the plan is ready for review.").click({ clickCount: 3 });
  await expect(page.getByTestId("needs-model")).toContainText("need a language model");
  await expect(page.getByRole("button", { name: "润色 Polish" })).toBeDisabled();
  // The basic offline polish works on the selection and shows its changes before applying them.
  await page.getByRole("button", { name: "Basic polish" }).click();
  const proposal = page.getByTestId("proposal");
  await expect(proposal.getByTestId("change").first()).toBeVisible();
  await proposal.getByRole("button", { name: "Apply accepted changes" }).click();
  await expect(editor(page)).toContainText("The plan is ready for review.");
  await expect(editor(page)).not.toContainText("The the");
  await waitSaved(page);

  // Saved: it is all there after a reload, and in the version history.
  await page.reload();
  await expect(editor(page)).toContainText("我们作为团队,明天部署系统。");
  await expect(editor(page)).toContainText("The plan is ready for review.");
  await expect(page.getByRole("region", { name: "Version history" }).getByText("Revision 1")).toBeVisible();

  // DOCX export, opened back: the text and the Chinese are in it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Word (.docx)" }).click()]);
  const { value } = await mammoth.extractRawText({ buffer: await readFile((await download.path())!) });
  expect(value).toContain("我们作为团队,明天部署系统。");
  expect(value).toContain("The plan is ready for review.");

  // A formal 会议纪要 from the uploaded meeting: it opens in the editor with links to its lines.
  await page.goto(`${library}/writings`);
  await page.getByLabel("Template").selectOption("minutes-zh");
  await page.getByRole("checkbox", { name: /产品周会/ }).check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(editor(page)).toBeVisible({ timeout: 30_000 });
  await expect(editor(page).getByRole("heading", { level: 1 })).toContainText("会议纪要");
  for (const h of ["会议名称", "参会人", "决议事项", "待办事项"]) await expect(editor(page).getByRole("heading", { name: h })).toBeVisible();
  await expect(editor(page)).toContainText("李娜");
  const cite = editor(page).locator('a[href*="#seg-"]').first();
  await expect(cite).toBeVisible();
  expect(await cite.getAttribute("href")).toMatch(/^\/w\/[0-9a-f-]{36}\/d\/[0-9a-f-]{36}#seg-\d+$/);

  // A weekly report over a date range.
  await page.goto(`${library}/writings`);
  await page.getByLabel("Template").selectOption("weekly-report");
  await page.getByLabel("From", { exact: true }).fill("2026-11-30");
  await page.getByLabel("To", { exact: true }).fill("2026-12-06");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(editor(page)).toBeVisible({ timeout: 30_000 });
  await expect(editor(page).getByRole("heading", { level: 1 })).toContainText("周报");
  await expect(editor(page).getByRole("heading", { name: "已做决定" })).toBeVisible();
  await expect(editor(page).locator('a[href*="#seg-"]').first()).toBeVisible();

  // Both drafts and the document are listed.
  await page.goto(`${library}/writings`);
  const list = page.getByRole("table", { name: "Writing" });
  await expect(list.getByRole("link", { name: "发布说明 Release notes" })).toBeVisible();
  await expect(list.getByRole("link", { name: /^会议纪要/ })).toBeVisible();
  await expect(list.getByRole("link", { name: /^周报/ })).toBeVisible();
});

test("an uploaded document opens as an editable copy; a second tab's stale save is refused, not written over", async ({ page, context }) => {
  await signUp(page, "Copier");
  await uploadFiles(page, [{ name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from("# Plan\n\nWe ship the beta on Monday.\n\n## Risks\n\nTesting is late.") }]);
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByRole("row").filter({ hasText: "notes.md" }).getByText("Ready")).toBeVisible({ timeout: 60_000 });
  await table.getByRole("link", { name: "Plan" }).click();
  await page.getByRole("button", { name: "Open as editable copy" }).click();
  await expect(editor(page)).toContainText("We ship the beta on Monday.");
  await expect(editor(page).getByRole("heading", { name: "Risks" })).toBeVisible();
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await expect(editor(other)).toContainText("We ship the beta on Monday.");

  await editor(page).getByText("Testing is late.").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" We add a week.");
  await waitSaved(page);

  await editor(other).getByText("We ship the beta on Monday.").click();
  await other.keyboard.press("End");
  await other.keyboard.type(" Or Tuesday.");
  await expect(other.getByRole("alert").filter({ hasText: "Someone else saved this document" })).toBeVisible();
  await other.getByRole("button", { name: "Load their version" }).click();
  await expect(editor(other)).toContainText("Testing is late. We add a week.");
  await expect(editor(other)).not.toContainText("Or Tuesday.");
});

test("with a model set for the workspace, polish streams in and is shown as tracked changes, each accepted or rejected", async ({ page }) => {
  const fake = await startFakeOpenAI(() => ({ stream: ["We ship ", "on Friday and ", "test on Monday."], pieceDelayMs: 150 }));
  try {
    await signUp(page, "Modeller");
    const library = page.url();
    await page.goto(`${library}/settings`);
    const form = page.getByRole("form", { name: "Language model" });
    await form.getByLabel("Endpoint URL").fill(fake.url);
    await form.getByLabel("Model", { exact: true }).fill("fake-model");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("Saved.")).toBeVisible();

    await page.goto(`${library}/writings`);
    await page.getByRole("button", { name: "New document" }).click();
    await editor(page).click();
    await page.keyboard.type("we ship friday and test monday.");
    await expect(page.getByTestId("needs-model")).toHaveCount(0);
    await page.getByRole("radio", { name: "On the selection" }).check();
    await editor(page).getByText("we ship friday and test monday.").click({ clickCount: 3 });
    await page.getByRole("button", { name: "润色 Polish" }).click();
    await expect(page.getByTestId("streaming")).toContainText("We ship");
    const proposal = page.getByTestId("proposal");
    await expect(proposal.getByTestId("change")).toHaveCount(3);
    // Reject the last change (monday → on Monday), keep the others.
    await proposal.getByTestId("change").last().getByRole("button", { name: "Reject" }).click();
    await proposal.getByRole("button", { name: "Apply accepted changes" }).click();
    await expect(editor(page)).toContainText("We ship on Friday and test monday.");
    // The text went to the model as delimited data with the polish instruction.
    const sent = JSON.stringify(fake.requests.at(-1)?.body.messages);
    expect(sent).toContain("we ship friday and test monday.");
    expect(sent).toContain("Polish the text");
    await waitSaved(page);
  } finally {
    await fake.close();
  }
});
