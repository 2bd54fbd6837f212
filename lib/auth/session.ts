import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The signed-in user of the current request, or null. Tests replace this module. Memoised per request
 * (React cache): the workspace layout and its page both ask, and each ask was a session lookup.
 */
export const getSessionUser = cache(async function getSessionUser(): Promise<SessionUser | null> {
  // headers() first: during `next build` it marks the page dynamic before anything touches the database.
  const requestHeaders = await headers();
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
});
