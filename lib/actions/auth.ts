"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { authHeaders } from "@/lib/auth/auth-request";
import { AppError } from "@/lib/errors";
import { publicFormAction } from "./client";
import { SignInSchema, SignUpSchema } from "./auth.schema";

/**
 * Signing in and up as server actions, so the forms post (never GET: a password must not land in
 * a URL or a server log) and work before the page is hydrated. better-auth does the work through
 * its API, with the hooks and limits of lib/auth/auth.ts; nextCookies() sets the session cookie.
 */
async function viaAuth<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (isAPIError(e)) {
      const status = e.statusCode;
      const code = status === 429 ? "RATE_LIMITED" : status === 401 ? "UNAUTHENTICATED" : status === 403 ? "FORBIDDEN" : "INVALID_INPUT";
      throw new AppError(code, e.message || "Signing in did not work; please try again.");
    }
    throw e;
  }
}

export const signInWithPassword = publicFormAction(SignInSchema, async ({ email, password, next }) => {
  const requestHeaders = authHeaders(await headers());
  await viaAuth(() => auth().api.signInEmail({ body: { email, password }, headers: requestHeaders }));
  redirect(next ?? "/");
});

export const signUpWithPassword = publicFormAction(SignUpSchema, async ({ email, password, name, next }) => {
  const requestHeaders = authHeaders(await headers());
  await viaAuth(() => auth().api.signUpEmail({ body: { email, password, name: name || email.split("@")[0] }, headers: requestHeaders }));
  redirect(next ?? "/");
});
