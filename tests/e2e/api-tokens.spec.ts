import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { signUp } from "./helpers";

const MEETING = (id: string) =>
  [
    `Lena: Thanks for joining the launch review ${id}.`,
    "Omar: The landing page copy is finished.",
    "Lena: We decided to launch on the first of June.",
    "Omar: I will send the press kit to the agency by Friday.",
  ].join("\n");

test("create an API token in the UI, then upload, list and read minutes with it; a read token cannot write; a revoked token stops working", async ({ page, request }) => {
  await signUp(page, "Api Ada");
  const workspaceId = new URL(page.url()).pathname.split("/")[2];

  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await page.getByLabel("Token name").fill("Meeting bot");
  await page.getByLabel("Access").selectOption("write");
  await page.getByRole("button", { name: "Create token" }).click();
  const field = page.getByLabel("Your new token");
  await expect(field).toHaveValue(/^jy_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  const token = await field.inputValue();
  const row = page.locator('tr[data-token-name="Meeting bot"]');
  await expect(row.getByTestId("last-used")).toHaveText("never");
  const auth = { authorization: `Bearer ${token}` };

  const me = await request.get("/api/v1/me", { headers: auth });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ workspace: { id: workspaceId }, token: { name: "Meeting bot", scope: "write" }, role: "owner" });

  const id = randomUUID().slice(0, 8);
  const up = await request.post("/api/v1/documents", {
    headers: auth,
    multipart: { file: { name: `launch-${id}.txt`, mimeType: "text/plain", buffer: Buffer.from(MEETING(id)) } },
  });
  expect(up.status(), await up.text()).toBe(201);
  const doc = await up.json();
  expect(doc).toMatchObject({ fileName: `launch-${id}.txt`, status: "uploaded" });

  await expect
    .poll(async () => (await (await request.get(`/api/v1/documents/${doc.id}`, { headers: auth })).json()).status, { timeout: 60_000, intervals: [500, 1000] })
    .toBe("ready");
  const list = await (await request.get("/api/v1/documents", { headers: auth })).json();
  expect(list.documents.map((d: { id: string }) => d.id)).toContain(doc.id);
  const minutes = await request.get(`/api/v1/documents/${doc.id}/minutes`, { headers: auth });
  expect(minutes.status()).toBe(200);
  expect(JSON.stringify((await minutes.json()).content.decisions)).toMatch(/launch on the first of June/);
  const todos = await (await request.get(`/api/v1/documents/${doc.id}/todos`, { headers: auth })).json();
  expect(todos.todos.map((t: { text: string }) => t.text).join(" ")).toMatch(/press kit/);

  // The uploaded meeting is in the web app too, and the page now shows when the token was used.
  await page.goto(`/w/${workspaceId}`);
  await expect(page.getByText(`launch-${id}`).first()).toBeVisible();
  await page.goto(`/w/${workspaceId}/tokens`);
  await expect(row.getByTestId("last-used")).not.toHaveText("never");

  // A read-only token reads but cannot upload.
  await page.getByLabel("Token name").fill("Reader");
  await page.getByLabel("Access").selectOption("read");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(field).toHaveValue(/^jy_/);
  const readToken = await field.inputValue();
  const denied = await request.post("/api/v1/documents", {
    headers: { authorization: `Bearer ${readToken}` },
    multipart: { file: { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("Ann: hello there") } },
  });
  expect(denied.status()).toBe(403);
  expect((await denied.json()).error.code).toBe("FORBIDDEN");
  expect((await request.get("/api/v1/documents", { headers: { authorization: `Bearer ${readToken}` } })).status()).toBe(200);

  // Revoking takes effect at once.
  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: "Revoke Meeting bot" }).click();
  await expect(row.getByText("revoked")).toBeVisible();
  const after = await request.get("/api/v1/me", { headers: auth });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("UNAUTHENTICATED");
});

test("the API reference page renders the OpenAPI document", async ({ page, request }) => {
  const spec = await (await request.get("/api/v1/openapi.json")).json();
  expect(spec.openapi).toBe("3.1.0");
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "Jiyao (纪要) HTTP API" })).toBeVisible();
  await expect(page.locator("#uploadDocument")).toContainText("/api/v1/documents");
  await expect(page.locator("#schema-Document")).toContainText("status");
});
