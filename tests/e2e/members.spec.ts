import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { signUp } from "./helpers";

test("invite a viewer by link, who joins read-only and can upload once promoted to member", async ({ browser, page }) => {
  await signUp(page, "Owner Olga");
  const workspaceId = new URL(page.url()).pathname.split("/")[2];

  await page.getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const linkField = page.getByLabel("Invite link");
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{32,}$/);
  const link = await linkField.inputValue();
  const origin = new URL(link).origin;
  await expect(page.getByText("Anyone with the link")).toBeVisible();

  // A second person, in a browser of their own, opens the link signed out.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { name: "Join Owner Olga" })).toBeVisible();
  await expect(guest.getByText("You have been invited as viewer.")).toBeVisible();
  await guest.getByRole("link", { name: "Create an account" }).click();
  await expect(guest).toHaveURL(/\/sign-up\?next=/);
  await guest.getByLabel("Name").fill("Guest Gao");
  await guest.getByLabel("Email").fill(`e2e-guest-${randomUUID().slice(0, 8)}@example.test`);
  await guest.getByLabel("Password").fill("correct horse battery");
  await guest.getByRole("button", { name: "Create account" }).click();

  // Back on the invite, now signed in.
  await expect(guest).toHaveURL(/\/invite\//);
  await guest.getByRole("button", { name: "Join workspace" }).click();
  await expect(guest).toHaveURL(new RegExp(`/w/${workspaceId}$`));
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Owner Olga");
  await expect(guest.getByText("You can read this workspace; ask an admin for the member role to upload.")).toBeVisible();
  await expect(guest.getByRole("region", { name: "Upload files" })).toHaveCount(0);

  // The link was single use.
  await guest.goto(link);
  await expect(guest.getByText("This invite is invalid, expired, revoked or already used.")).toBeVisible();

  // A viewer sees the member list but cannot change anyone's role.
  await guest.goto(`${origin}/w/${workspaceId}/members`);
  await expect(guest.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expect(guest.getByRole("row", { name: /Owner Olga/ })).toBeVisible();
  await expect(guest.getByText("Only admins can invite people and change roles.")).toBeVisible();
  await expect(guest.getByRole("button", { name: "Change role" })).toHaveCount(0);
  await expect(guest.getByRole("button", { name: "Create invite link" })).toHaveCount(0);

  // The owner promotes them to member.
  await page.reload();
  await expect(page.getByText("No pending invites.")).toBeVisible();
  const row = page.getByRole("row", { name: /Guest Gao/ });
  await row.getByLabel("Role for Guest Gao").selectOption("member");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByText("Role updated.")).toBeVisible();

  // Now the upload zone is there for them.
  await guest.goto(`${origin}/w/${workspaceId}`);
  await expect(guest.getByRole("region", { name: "Upload files" })).toBeVisible();
  await expect(guest.getByText("You can read this workspace; ask an admin for the member role to upload.")).toHaveCount(0);
  await guestContext.close();
});

test("a bad invite link says so", async ({ page }) => {
  await page.goto("/invite/not-a-real-invite-token-at-all-xyz");
  await expect(page.getByRole("heading", { name: "Invite not valid" })).toBeVisible();
  await expect(page.getByText("This invite is invalid, expired, revoked or already used.")).toBeVisible();
});
