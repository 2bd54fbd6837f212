import "server-only";
import { db } from "./client";

/**
 * Whether the account with this email has (or recently had) a session opened from this address:
 * better-auth records the address of every sign-in. Used to let the owner in while their account is
 * locked by someone else's failed guesses.
 */
export async function hasSessionFromAddress(email: string, ipAddress: string): Promise<boolean> {
  const row = await db().session.findFirst({
    where: { ipAddress, user: { email: email.trim().toLowerCase() } },
    select: { id: true },
  });
  return row !== null;
}
