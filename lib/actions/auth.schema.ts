import { z } from "zod";
import { userText } from "./common.schema";

/** Where to go after signing in: only a path on this site, so a crafted link cannot send people elsewhere. */
export function safeNext(raw: unknown): string | null {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f]/.test(raw) || raw.length > 2000) return null;
  return raw;
}

const email = z.string().trim().max(254, "Keep the email under 254 characters").pipe(z.email("Enter a valid email"));
const password = z.string().min(1, "Enter your password").max(128, "A password can be at most 128 characters");
const next = z.unknown().optional().transform(safeNext);

export const SignInSchema = z.object({ email, password, next });

export const SignUpSchema = z.object({
  email,
  password,
  next,
  name: userText("The name", { max: 80, min: 0 }).optional(),
});
