import type { en } from "@/lib/i18n/messages/en";

/** Rule refusals get the reader's language; anything else keeps the server's specific message. */
export function actionErrorText(m: typeof en, error: { code: string; message: string }): string {
  if (error.code === "CONFLICT") return m.members.lastOwner;
  if (error.code === "FORBIDDEN") return m.members.forbidden;
  return error.message;
}
