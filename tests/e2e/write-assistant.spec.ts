import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { messageText, startFakeOpenAI, type FakeOpenAI, type RecordedRequest } from "../support/fake-openai-server";
import { goodModel, system, userText } from "../support/llm-helpers";
import { signUp, uploadFiles } from "./helpers";

/**
 * The document assistant's remaining pieces (issue 11): accepted words, a workspace's own draft
 * template, proofreading with the model, a deck from a writing, and a deck about a topic from
 * documents, with the fake model server where a model is needed.
 */

const MEETING_ZH = [
  "张伟：今天我们讨论新版本的发布计划。",
  "李娜：测试还剩两个模块，我会在周五之前完成测试报告。",
  "张伟：好的，我们决定下周一发布新版本。",
  "王芳：我负责在周三之前准备发布公告。",
].join("\n");

const PLAN = [
  "# Marketing plan",
  "We move forty percent of the marketing budget from video ads to search ads.",
  "The budget for the spring campaign is capped at two hundred thousand euros.",
  "The design team hires two people in March.",
].join("\n\n");
const REVIEW = ["Sales grew twelve percent in the third quarter.", "Next year's sales budget follows the marketing budget."].join("\n");

const editor = (page: Page) => page.getByTestId("writing-editor");
const waitSaved = (page: Page) => expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });

async function uploadReady(page: Page, files: { name: string; mimeType: string; text: string }[]) {
  await uploadFiles(
    page,
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.text) })),
  );
  const table = page.getByRole("table", { name: "Documents" });
  for (const f of files) await expect(table.getByRole("row").filter({ hasText: f.name }).getByText("Ready")).toBeVisible({ timeout: 90_000 });
}

async function newDocument(page: Page, library: string, title?: string) {
  await page.goto(`${library}/writings`);
  await page.getByRole("button", { name: "New document" }).click();
  await expect(editor(page)).toBeVisible();
  if (title) await page.getByLabel("Title").fill(title);
  await editor(page).click();
}

/** The deck document's Slides tab once its outline is there, and its PPTX. */
async function slidesAndPptx(page: Page): Promise<Record<string, string>> {
  await expect(page).toHaveURL(/tab=slides/, { timeout: 30_000 });
  await expect(page.getByText("Ready", { exact: true })).toBeVisible({ timeout: 120_000 });
  const preview = page.getByTestId("slides-preview");
  // The page shows the outline once processing ends; a reload picks it up if the tab rendered before.
  if (!(await preview.isVisible())) await page.reload();
  await expect(preview).toBeVisible();
  await page.locator("summary", { hasText: "Export" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PowerPoint (.pptx)", exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pptx$/);
  return slideTexts(download);
}

async function slideTexts(download: Download): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([p]) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .map(([p, data]) => [p, strFromU8(data).replace(/<[^>]+>/g, " ")]),
  );
}

test("accepted words stop a spelling flag; a writing becomes a deck with PPTX; without a model the topic deck says it needs one", async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page, "Speller");
  const library = page.url();

  await newDocument(page, library, "Dashboards");
  await page.keyboard.type("## Tools");
  await page.keyboard.press("Enter");
  await page.keyboard.type("We use grafna for the team dashboards every morning.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("## Schedule");
  await page.keyboard.press("Enter");
  await page.keyboard.type("The new dashboards go live in March for every team.");
  await waitSaved(page);
  const writingUrl = page.url();

  await page.getByRole("button", { name: "校阅 Proofread" }).click();
  await expect(page.getByTestId("suggestion").filter({ hasText: "grafna" })).toContainText("spelling");

  // The accepted-words page: add the word; proofreading no longer flags it.
  await page.goto(`${library}/writings/words`);
  await page.getByLabel("Word", { exact: true }).fill("grafna");
  await page.getByRole("button", { name: "Add word" }).click();
  await expect(page.getByRole("button", { name: "Remove grafna" })).toBeVisible();
  await page.goto(writingUrl);
  await page.getByRole("button", { name: "校阅 Proofread" }).click();
  await expect(page.getByTestId("suggestions")).toBeVisible();
  await expect(page.getByTestId("suggestion").filter({ hasText: "grafna" })).toHaveCount(0);

  // A deck from this writing: its outline follows the sections, and the PPTX downloads.
  await page.getByRole("button", { name: "Make a deck" }).click();
  const slides = await slidesAndPptx(page);
  await expect(page.getByTestId("slides-preview")).toContainText("Tools");
  expect(Object.values(slides).join(" ")).toContain("Schedule");

  // Without a model, the deck about a topic is not offered as if it worked.
  await page.goto(`${library}/writings`);
  const form = page.getByRole("form", { name: "Deck about a topic (PPT 生成)" });
  await expect(form.getByTestId("topic-deck-needs-model")).toContainText("needs a language model");
  await expect(form.getByLabel("Deck topic")).toBeDisabled();
  await expect(form.getByRole("button", { name: "Make deck outline" })).toBeDisabled();
});

test("an admin's own draft template drafts from a meeting", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "Template admin");
  const library = page.url();
  await uploadReady(page, [{ name: "发布评审-2026-11-30.txt", mimeType: "text/plain", text: MEETING_ZH }]);

  await page.goto(`${library}/writings/templates`);
  const create = page.getByRole("form", { name: "New draft template" });
  await create.getByLabel("Name").fill("项目简报");
  await create.getByLabel("Section 1 heading").fill("结论");
  await create.getByLabel("Section 1 is filled with").selectOption("decisions");
  await create.getByRole("button", { name: "Add section" }).click();
  await create.getByLabel("Section 2 heading").fill("下一步");
  await create.getByLabel("Section 2 is filled with").selectOption("todos");
  await create.getByRole("button", { name: "Create template" }).click();
  await expect(page.getByTestId("draft-template").filter({ hasText: "项目简报" })).toBeVisible();

  await page.goto(`${library}/writings`);
  await page.getByLabel("Template").selectOption({ label: "项目简报" });
  await page.getByRole("checkbox", { name: /发布评审/ }).check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(editor(page)).toBeVisible({ timeout: 30_000 });
  await expect(editor(page).getByRole("heading", { name: "结论" })).toBeVisible();
  await expect(editor(page).getByRole("heading", { name: "下一步" })).toBeVisible();
  await expect(editor(page)).toContainText("下周一发布新版本");
  await expect(editor(page).locator('a[href*="#seg-"]').first()).toBeVisible();
});

/** The fake model: proofreading, decks about a topic (from the lines it was sent), and the analyses of new documents. */
function model(r: RecordedRequest) {
  if (!r.body.messages.some((m) => m.role === "system")) return { content: "ok" };
  if (system(r).startsWith("You are a careful proofreader")) {
    const found = userText(r).includes("做为") ? [{ original: "做为", replacement: "作为", kind: "typo", reason: "Flagged by the model", before: "我们" }] : [];
    return { content: JSON.stringify({ suggestions: found }) };
  }
  if (system(r).startsWith("You make slide decks")) {
    const inside = userText(r).split("<sources>")[1]?.split("</sources>")[0] ?? "";
    const bullets: unknown[] = [];
    let source = "";
    for (const line of inside.split("\n")) {
      source = /^## source (S\d+):/.exec(line)?.[1] ?? source;
      const m = /^(\d+) (.*)$/.exec(line);
      if (m?.[2].includes("budget")) bullets.push({ text: m[2], source, lines: [Number(m[1])], quote: m[2].split(" ").slice(0, 5).join(" ") });
    }
    const slides = bullets.length ? [{ title: "Where the budget goes", bullets }] : [];
    return { content: JSON.stringify({ found: bullets.length > 0, title: bullets.length ? "Budget 2027" : "", slides }) };
  }
  return goodModel(r);
}

test.describe("with the fake model set for the workspace", () => {
  let fake: FakeOpenAI;
  test.beforeAll(async () => {
    fake = await startFakeOpenAI(model);
  });
  test.afterAll(async () => {
    await fake?.close();
  });

  test("proofreading with the model in the editor; a deck about a topic from chosen documents, then its slides and PPTX; a topic not in them is not found", async ({ page }) => {
    test.setTimeout(300_000);
    await signUp(page, "Deck maker");
    const library = page.url();
    // Uploaded before the model is set, so their analyses run offline.
    await uploadReady(page, [
      { name: "marketing-plan.md", mimeType: "text/markdown", text: PLAN },
      { name: "sales-review.txt", mimeType: "text/plain", text: REVIEW },
    ]);
    await page.goto(`${library}/settings`);
    const settings = page.getByRole("form", { name: "Language model" });
    await settings.getByLabel("Endpoint URL").fill(fake.url);
    await settings.getByLabel("Model", { exact: true }).fill("fake-model");
    await settings.getByRole("button", { name: "Save" }).click();
    await expect(settings.getByText("Saved.")).toBeVisible();

    // 校阅 with the model: its suggestion is shown with its reason, and accepted.
    await newDocument(page, library);
    await page.keyboard.type("我们做为团队，明天发布。");
    await waitSaved(page);
    await page.getByRole("button", { name: "校阅 with the model" }).click();
    const suggestion = page.getByTestId("suggestion").filter({ hasText: "Flagged by the model" });
    await expect(suggestion).toContainText("作为");
    await expect(page.getByTestId("suggestions")).toContainText("checked by the model");
    await suggestion.getByRole("button", { name: "Accept" }).click();
    await expect(editor(page)).toContainText("我们作为团队，明天发布。");
    const proofread = fake.requests.filter((r) => system(r).startsWith("You are a careful proofreader")).at(-1)!;
    expect(userText(proofread)).toContain("<text>\n我们做为团队，明天发布。");

    // A deck about "budget" from the two documents: a cited outline opens in the editor.
    await page.goto(`${library}/writings`);
    const form = page.getByRole("form", { name: "Deck about a topic (PPT 生成)" });
    await expect(form.getByTestId("topic-deck-needs-model")).toHaveCount(0);
    await form.getByLabel("Deck topic").fill("budget");
    await form.getByRole("radio", { name: "Documents I choose" }).check();
    await form.getByRole("checkbox", { name: "Marketing plan" }).check();
    await form.getByRole("checkbox", { name: "sales-review" }).check();
    await form.getByRole("button", { name: "Make deck outline" }).click();
    await expect(editor(page)).toBeVisible({ timeout: 30_000 });
    await expect(editor(page).getByRole("heading", { level: 1 })).toHaveText("Budget 2027");
    await expect(editor(page).getByRole("heading", { name: "Where the budget goes" })).toBeVisible();
    await expect(editor(page)).toContainText("forty percent of the marketing budget");
    await expect(editor(page).locator('a[href*="#seg-"]').first()).toBeVisible();
    const deckCall = fake.requests.filter((r) => system(r).startsWith("You make slide decks")).at(-1)!;
    const sent = messageText(deckCall.body.messages.find((m) => m.role === "user")!);
    expect(sent).toMatch(/<sources>\n## source S1: /);
    expect(sent).not.toContain("hires two people");
    await waitSaved(page);

    // …and its slides, through the deck-from-writing path, with PPTX export.
    await page.getByRole("button", { name: "Make a deck" }).click();
    const slides = await slidesAndPptx(page);
    expect(Object.keys(slides).length).toBeGreaterThan(0);

    // A topic the documents do not mention: "not found", no deck.
    await page.goto(`${library}/writings`);
    await form.getByLabel("Deck topic").fill("quantum entanglement");
    await form.getByRole("button", { name: "Make deck outline" }).click();
    await expect(form.getByTestId("topic-not-found")).toContainText("Not found");
    await expect(page.getByRole("table", { name: "Writing" }).getByRole("link", { name: "Budget 2027" })).toHaveCount(1);
  });
});
