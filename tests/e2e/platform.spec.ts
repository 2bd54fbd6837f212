/**
 * Jiyao as a platform, end to end in the browser: an admin registers a webhook to a receiver this spec
 * runs (loopback is allowed by WEBHOOK_ALLOW_HOSTS in playwright.config.ts), switches the workspace's
 * language model to a fake OpenAI-compatible server this spec runs (test connection, save), regenerates
 * an earlier meeting's minutes with it and sees a new upload's minutes come from it; the signed
 * `document.ready` delivery arrives and verifies with the README's recipe, and is logged; the document
 * is deleted and is gone from the library and search; the audit log shows all of it.
 */
import { expect, test } from "@playwright/test";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-openai-server";
import { goodModel } from "../support/llm-helpers";
import { signUp, uploadFiles } from "./helpers";

type Received = { headers: IncomingHttpHeaders; body: string };

/** The README's verification recipe, verbatim in substance. */
function verifyJiyao(secret: string, headers: IncomingHttpHeaders, rawBody: string, toleranceSeconds = 300): boolean {
  const timestamp = Number(headers["x-jiyao-timestamp"]);
  const signature = String(headers["x-jiyao-signature"] ?? "");
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = `v1=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")}`;
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

let model: FakeOpenAI;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];

test.beforeAll(async () => {
  // The well-behaved model for analyses; "ok" to the settings page's one-token test (it has no system prompt).
  model = await startFakeOpenAI((r) => (r.body.messages.some((m) => m.role === "system") ? goodModel(r) : { content: "ok" }));
  receiver = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (d: Buffer) => parts.push(d));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(parts).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/jiyao`;
});
test.afterAll(async () => {
  await model?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

const meeting = (id: string, topic: string) =>
  [
    `Ivy: Welcome to the ${topic} review ${id}.`,
    `Jon: The ${topic} numbers are in the shared sheet.`,
    `Ivy: We decided to move the ${topic} launch to March.`,
    `Jon: I will send the ${topic} brief to the agency by Friday.`,
  ].join("\n");

test("an admin switches the workspace model, gets minutes from it, receives a signed webhook, deletes a document; the audit log shows it all", async ({ page }) => {
  test.setTimeout(360_000);
  await signUp(page, "Admin Ivy");
  const ws = new URL(page.url()).pathname.split("/")[2];
  const id = randomUUID().slice(0, 8);
  const table = page.getByRole("table", { name: "Documents" });

  // A meeting analyzed by the built-in engine, before any model is configured.
  const early = `early-${id}`;
  await uploadFiles(page, [{ name: `${early}.txt`, mimeType: "text/plain", buffer: Buffer.from(meeting(id, "pricing")) }]);
  await expect(
    table
      .getByRole("row")
      .filter({ hasText: `${early}.txt` })
      .getByText("Ready"),
  ).toBeVisible({ timeout: 120_000 });
  expect(model.requests).toHaveLength(0);

  // Settings → Webhooks: register the receiver; the signing secret is shown once.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }).click();
  await page.getByLabel("Payload URL").fill(receiverUrl);
  await page.getByRole("button", { name: "Add webhook" }).click();
  const secretField = page.getByLabel("Signing secret");
  await expect(secretField).toHaveValue(/^whsec_/);
  const secret = await secretField.inputValue();
  await expect(page.locator("section[data-webhook]").getByText(receiverUrl)).toBeVisible();

  // Settings → General: the workspace's language model is the fake server; test connection, then save.
  const KEY = `sk-e2e-${id}-4321`;
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "General" }).click();
  const form = page.getByRole("form", { name: "Language model" });
  await form.getByLabel("Endpoint URL").fill(model.url);
  await form.getByLabel("Model").fill("e2e-model");
  await form.getByLabel(/^API key/).fill(KEY);
  await form.getByRole("button", { name: "Test connection" }).click();
  await expect(form.getByText(/^Connected in \d+ ms: the model answered a test request\.$/)).toBeVisible();
  expect(model.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Saved.")).toBeVisible();
  await expect(form.getByLabel("API key (set ••••4321)")).toHaveValue("");
  // The key never comes back to the browser.
  await page.reload();
  expect(await page.content()).not.toContain(KEY);

  // The earlier meeting, regenerated with the workspace's model: a new version by e2e-model.
  await page.goto(`/w/${ws}`);
  await table.getByRole("link", { name: early }).click();
  await expect(page.getByText(/^Version 1 · built-in engine/)).toBeVisible();
  const before = model.requests.length;
  await page.getByLabel("Regenerate with").selectOption("llm");
  await page.getByRole("button", { name: "Regenerate", exact: true }).click();
  await expect(page.getByText(/^Version 2 · e2e-model/)).toBeVisible({ timeout: 120_000 });
  expect(model.requests.length).toBeGreaterThan(before);

  // A new upload: its minutes come from the model (the automatic engine picks it), with the saved key.
  const fresh = `fresh-${id}`;
  await page.goto(`/w/${ws}`);
  const sentBefore = model.requests.length;
  await uploadFiles(page, [{ name: `${fresh}.txt`, mimeType: "text/plain", buffer: Buffer.from(meeting(id, "hiring")) }]);
  await expect(
    table
      .getByRole("row")
      .filter({ hasText: `${fresh}.txt` })
      .getByText("Ready"),
  ).toBeVisible({ timeout: 120_000 });
  const sent = model.requests.slice(sentBefore);
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.every((r) => r.body.model === "e2e-model" && r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
  expect(sent.some((r) => JSON.stringify(r.body.messages).includes(`hiring review ${id}`))).toBe(true);
  await table.getByRole("link", { name: fresh }).click();
  // The click returns before the navigation: read the document's id once the URL is its page's.
  await expect(page).toHaveURL(/\/d\/[0-9a-f-]{36}(?:\?|$)/);
  const freshUrl = page.url().split("?")[0];
  const docId = freshUrl.split("/d/")[1];
  await expect(page.getByText(/^Version 1 · e2e-model/)).toBeVisible();
  // goodModel words its summary points "Point: <the line>": the minutes shown are the model's.
  await expect(page.getByTestId("summary-point").first()).toContainText("Point:");

  // The receiver got document.ready for it, signed with the hook's secret.
  await expect
    .poll(() => received.find((r) => r.headers["x-jiyao-event"] === "document.ready" && JSON.parse(r.body).data.document.id === docId), { timeout: 120_000 })
    .toBeTruthy();
  const delivery = received.find((r) => r.headers["x-jiyao-event"] === "document.ready" && JSON.parse(r.body).data.document.id === docId)!;
  expect(verifyJiyao(secret, delivery.headers, delivery.body)).toBe(true);
  expect(verifyJiyao("whsec_wrong", delivery.headers, delivery.body)).toBe(false);
  expect(verifyJiyao(secret, delivery.headers, delivery.body.replace(fresh, "tampered"))).toBe(false);
  expect(JSON.parse(delivery.body)).toMatchObject({ event: "document.ready", workspaceId: ws, data: { document: { id: docId, status: "ready" } } });
  // …and the webhooks page logs it as delivered with the receiver's status code.
  await page.goto(`/w/${ws}/settings/webhooks`);
  const log = page.getByRole("table", { name: "Recent deliveries (last 100)" });
  // The log row is written just after the receiver answered: reload until it is there.
  await expect(async () => {
    await page.reload();
    await expect(log.locator('tr[data-status="delivered"]').filter({ hasText: "document.ready" }).first()).toContainText("204", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // Delete the new document (after confirming): gone from the library and from search.
  await page.goto(freshUrl);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("alertdialog")).toContainText(`Delete “${fresh}”?`);
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}$`));
  await expect(table.getByRole("link", { name: early })).toBeVisible();
  await expect(table.getByRole("link", { name: fresh })).toHaveCount(0);
  await page.goto(`/w/${ws}/search?q=${encodeURIComponent(`hiring review ${id}`)}`);
  await expect(page.getByText(`Nothing found for “hiring review ${id}”.`)).toBeVisible();
  await page.goto(`/w/${ws}/search?q=${encodeURIComponent(`pricing review ${id}`)}`);
  await expect(page.getByTestId("search-hit").first()).toBeVisible();

  // The audit log: the uploads, the settings change, the webhook and the deletion, by this admin.
  await page.goto(`/w/${ws}/settings/audit`);
  const audit = page.getByRole("table", { name: "Audit log" });
  for (const [action, detail] of [
    ["document.uploaded", fresh],
    ["document.uploaded", early],
    ["settings.updated", "modelBaseUrl"],
    ["webhook.created", ""],
    ["document.deleted", fresh],
  ] as const) {
    const row = audit.locator(`tr[data-action="${action}"]`).filter({ hasText: detail });
    await expect(row.first(), `${action} ${detail}`).toContainText("Admin Ivy");
  }
  expect(await page.content()).not.toContain(KEY);
  // Filtered by action, only deletions are listed.
  await page.goto(`/w/${ws}/settings/audit?action=document.deleted`);
  await expect(audit.locator("tbody tr")).toHaveCount(1);
});
