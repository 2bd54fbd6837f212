import { expect, test, type Page } from "@playwright/test";
import { signUp, uploadFiles } from "./helpers";

/**
 * A meeting's follow-ups in the browser: speakers renamed and merged (the minutes follow), the
 * interview template chosen, a glossary term applied, the minutes emailed to the local SMTP server
 * started by playwright.config.ts (tests/support/smtp-sink.ts), and a mention of the signed-in
 * member in the Mentions view and in Ask.
 */
const TRANSCRIPT = [
  "Alice Chen: Thanks for joining the interview today, please tell me about your background.",
  "Bob: I have five years of experience building payment systems, and I led the migration to cooper netties.",
  "Alice Chen: What was the hardest part of that project?",
  "Bob: Coordinating three teams; I designed the rollout plan and we improved reliability.",
  "Carol: Alice, can you schedule the next round with the team?",
  "Carol: I will send the candidate feedback to HR by Friday.",
  "Alice Chen: Great, we recommend moving to the next round.",
].join("\n");

const smtpMessages = async (page: Page) => {
  const res = await page.request.get(`http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT}/messages`);
  return (await res.json()) as { to: string[]; subject: string; text: string; html: string; replyTo: string }[];
};

test("speakers, template, glossary, emailing the minutes and mentions of me", async ({ page }) => {
  test.setTimeout(180_000);
  const me = await signUp(page, "Alice Chen");
  const workspaceUrl = page.url();
  await uploadFiles(page, [{ name: "interview-bob.txt", mimeType: "text/plain", buffer: Buffer.from(TRANSCRIPT) }]);
  const table = page.getByRole("table", { name: "Documents" });
  await expect(table.getByRole("row").filter({ hasText: "interview-bob.txt" }).getByText("Ready")).toBeVisible({ timeout: 90_000 });
  await table.getByRole("link", { name: "interview-bob" }).click();
  await expect(page).toHaveURL(/\/d\/[0-9a-f-]{36}/);
  const docUrl = page.url().split("?")[0];

  // Speakers: rename Bob to Dana, then merge Carol into Dana.
  await page.getByText(/^Speakers \(3\)$/).click();
  await page.getByLabel("New name for Bob").fill("Dana");
  await page.locator('[data-testid="speaker-row"][data-speaker="Bob"]').getByRole("button", { name: "Rename" }).click();
  await expect(page.locator('[data-testid="speaker-row"][data-speaker="Dana"]')).toBeVisible();
  await page.getByLabel("Merge Carol into…").selectOption("Dana");
  await page.locator('[data-testid="speaker-row"][data-speaker="Carol"]').getByRole("button", { name: "Merge" }).click();
  await expect(page.getByText(/^Speakers \(2\)$/)).toBeVisible();
  const transcript = page.getByTestId("transcript-column");
  await expect(transcript.locator("li", { hasText: "I will send the candidate feedback" })).toContainText("Dana");
  // The minutes follow: the export names the to-do's owner as Dana, nobody as Bob or Carol.
  const md = await (await page.request.get(`${docUrl}/export/minutes.md`)).text();
  expect(md).toContain("Dana");
  expect(md).not.toMatch(/\bCarol\b|\bBob\b/);
  await page.getByRole("navigation", { name: "Document views" }).getByRole("link", { name: "To-dos" }).click();
  await expect(
    page
      .getByRole("region", { name: "To-dos" })
      .getByTestId("todo")
      .filter({ hasText: /feedback/i }),
  ).toContainText("Dana");

  // The interview template: its sections replace the general minutes'.
  await page.getByRole("navigation", { name: "Document views" }).getByRole("link", { name: "Minutes" }).click();
  await page.getByLabel("Meeting type").selectOption({ label: "Interview" });
  await page.getByRole("button", { name: "Apply and regenerate" }).click();
  await expect(page.getByTestId("meeting-type")).toContainText("Interview (chosen)", { timeout: 60_000 });
  for (const section of ["Candidate", "Strengths", "Recommendation"]) await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible();

  // A glossary term: the transcript shows it, marked with what was recorded.
  await page.goto(`${workspaceUrl}/glossary`);
  await page.getByLabel("Term").fill("Kubernetes");
  await page.getByLabel("Misheard or mistyped as").fill("cooper netties");
  await page.getByRole("button", { name: "Add term" }).click();
  await expect(page.getByRole("list", { name: "Glossary" })).toContainText("Kubernetes");
  await page.goto(docUrl);
  const fixed = page.getByTestId("transcript-column").locator('[data-glossary-original="cooper netties"]');
  await expect(fixed).toHaveText("Kubernetes");

  // Email the minutes: I am the attendee named like a speaker; one more address typed.
  await page.getByRole("button", { name: "Email the minutes" }).click();
  const dialog = page.getByRole("dialog", { name: "Email the minutes to attendees" });
  await expect(dialog.getByRole("checkbox", { name: new RegExp(me.email) })).toBeChecked();
  await dialog.getByLabel("More addresses").fill("not-an-address");
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(dialog.getByText("“not-an-address” is not an email address.")).toBeVisible();
  await dialog.getByLabel("More addresses").fill("hr@example.test");
  await dialog.getByLabel("Note (optional)").fill("Feedback due Friday.");
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Sent to 2 addresses.");
  await expect.poll(async () => (await smtpMessages(page)).filter((m) => m.to.includes("hr@example.test")).length, { timeout: 15_000 }).toBe(1);
  const mail = (await smtpMessages(page)).find((m) => m.to.includes("hr@example.test"))!;
  expect(mail.to.sort()).toEqual([me.email, "hr@example.test"].sort());
  expect(mail.subject).toBe("Minutes: interview-bob");
  expect(mail.replyTo).toContain(me.email);
  expect(mail.text).toContain("Feedback due Friday.");
  expect(mail.text).toMatch(/feedback/i);
  expect(mail.text).toContain("Dana");
  expect(mail.html).toContain(`${docUrl}?tab=minutes`);
  await dialog.getByRole("button", { name: "Close" }).click();

  // Mentions: Carol's (now Dana's) "Alice, can you…" names me; my own lines do not count.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mentions" }).click();
  await expect(page.getByTestId("mention-names")).toHaveText("Alice Chen, Alice");
  const lines = page.getByTestId("mention-line");
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText("Alice, can you schedule the next round with the team?");
  await expect(lines.first().locator("mark")).toHaveText("Alice");
  await expect(lines.first()).toContainText("Dana");
  await lines
    .first()
    .getByRole("link", { name: /Alice, can you schedule/ })
    .click();
  await expect(page).toHaveURL(/#seg-4$/);

  // And Ask knows who asks.
  await page.getByRole("navigation", { name: "Document views" }).getByRole("link", { name: "Ask" }).click();
  await page.getByPlaceholder(/Ask about this/).fill("Was I mentioned?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  const answer = page.getByTestId("answer").last();
  await expect(answer).toContainText("You were mentioned in 1 line");
  await expect(answer).toContainText("Alice, can you schedule the next round");
});
