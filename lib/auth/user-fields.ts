import { APIError } from "better-auth/api";
import { textProblem, textProblemMessage, WORKSPACE_NAME_MAX } from "@/lib/text/user-text";
import { isLocale } from "@/lib/i18n/locales";

/**
 * better-auth stores the user's name, email and image as it receives them; these are our limits,
 * applied in its database hooks so that sign-up, update-user and any future endpoint obey them.
 */
export const USER_FIELD_LIMITS = { name: 80, email: 254, image: 2048 } as const;

interface UserFields {
  name?: unknown;
  email?: unknown;
  image?: unknown;
  locale?: unknown;
}

function refuse(message: string): never {
  throw new APIError("BAD_REQUEST", { message, code: "INVALID_USER_FIELD" });
}

function checkText(what: string, value: unknown, max: number): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "string") refuse(`${what} must be text`);
  if (value.length > max) refuse(`${what} can be at most ${max} characters`);
  const problem = textProblem(value);
  if (problem) refuse(textProblemMessage(what, problem));
}

/** Throws a 400 naming the first field over its limit; returns the fields with the name tidied. */
export function checkUserFields<T extends UserFields>(data: T): T {
  checkText("The name", data.name, USER_FIELD_LIMITS.name);
  checkText("The email", data.email, USER_FIELD_LIMITS.email);
  checkText("The image URL", data.image, USER_FIELD_LIMITS.image);
  if (data.locale !== undefined && data.locale !== null && !isLocale(data.locale)) refuse("The language must be en or zh");
  return typeof data.name === "string" ? { ...data, name: data.name.replace(/\s+/g, " ").trim() } : data;
}

/** The personal workspace's name: the user's name (or the email's local part), within the workspace rule. */
export function personalWorkspaceName(user: { name?: string | null; email: string }): string {
  const base = (user.name || user.email.split("@")[0] || "My workspace").replace(/\s+/g, " ").trim();
  return Array.from(base).slice(0, WORKSPACE_NAME_MAX).join("").trim() || "My workspace";
}
