import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export async function signUp(page: Page, name = "E2E User"): Promise<{ email: string; password: string }> {
  const email = `e2e-${randomUUID().slice(0, 8)}@example.test`;
  const password = "correct horse battery";
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
  return { email, password };
}

export async function uploadFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByTestId("file-input").setInputFiles(files);
}
