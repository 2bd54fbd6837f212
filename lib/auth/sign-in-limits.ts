import { APIError } from "better-auth/api";
import { peekRateLimit, rateLimit } from "./rate-limit";

/**
 * Our limits on guessing passwords, on top of better-auth's (3 attempts per 10 s per address on the
 * HTTP endpoints). They apply to every way in, HTTP and server actions alike, because they run in
 * better-auth's hooks.
 *  - per client address: failed sign-ins and sign-up attempts, so one machine cannot try thousands of
 *    passwords an hour across accounts or fill the user table;
 *  - per account: failed sign-ins from all addresses together, so a botnet cannot spread guesses on one
 *    account. This lock is bounded: it ends with its window (15 minutes at most after the first failure
 *    that opened it), and an address that already holds a session of the account is not held by it.
 */
export const SIGN_IN_LIMITS = {
  addressFailures: { limit: 30, windowMs: 10 * 60 * 1000 },
  accountFailures: { limit: 10, windowMs: 15 * 60 * 1000 },
  addressSignUps: { limit: 20, windowMs: 60 * 60 * 1000 },
} as const;

const accountKey = (email: string) => `signin:account:${email.trim().toLowerCase()}`;
const addressKey = (address: string | null) => `signin:address:${address ?? "unknown"}`;

function tooMany(retryAfterMs: number, what: string): never {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  throw new APIError("TOO_MANY_REQUESTS", {
    message: `Too many failed sign-ins ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    code: "TOO_MANY_ATTEMPTS",
  });
}

/** Before the password is checked: refuse if this address, or this account from a new address, is over its budget. */
export async function checkSignIn(email: string, address: string | null, knownAddress: () => Promise<boolean>): Promise<void> {
  const byAddress = peekRateLimit(addressKey(address), SIGN_IN_LIMITS.addressFailures.limit);
  if (!byAddress.ok) tooMany(byAddress.retryAfterMs, "from your network");
  const byAccount = peekRateLimit(accountKey(email), SIGN_IN_LIMITS.accountFailures.limit);
  if (!byAccount.ok && !(address && (await knownAddress()))) tooMany(byAccount.retryAfterMs, "for this account");
}

export function countFailedSignIn(email: string, address: string | null): void {
  rateLimit(addressKey(address), SIGN_IN_LIMITS.addressFailures.limit, SIGN_IN_LIMITS.addressFailures.windowMs);
  rateLimit(accountKey(email), SIGN_IN_LIMITS.accountFailures.limit, SIGN_IN_LIMITS.accountFailures.windowMs);
}

export function countSignUp(address: string | null): void {
  const r = rateLimit(`signup:address:${address ?? "unknown"}`, SIGN_IN_LIMITS.addressSignUps.limit, SIGN_IN_LIMITS.addressSignUps.windowMs);
  if (!r.ok) {
    const minutes = Math.max(1, Math.ceil(r.retryAfterMs / 60_000));
    throw new APIError("TOO_MANY_REQUESTS", { message: `Too many sign-ups from your network. Try again in ${minutes} minutes.`, code: "TOO_MANY_ATTEMPTS" });
  }
}
