import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { hasSessionFromAddress } from "@/lib/db/sessions";
import { createWorkspace } from "@/lib/db/workspaces";
import { env } from "@/lib/env";
import { AUTH_CLIENT_HEADER } from "./auth-request";
import { requestOrigin } from "./request-origin";
import { checkSignIn, countFailedSignIn, countSignUp } from "./sign-in-limits";
import { checkUserFields, personalWorkspaceName } from "./user-fields";

function createAuth() {
  const e = env();
  const port = e.PORT;
  const trustProxy = e.TRUST_PROXY === "on";
  const limits = e.NODE_ENV === "production" && e.AUTH_RATE_LIMIT === "on";
  const addressOf = (headers: Headers | undefined) => headers?.get(AUTH_CLIENT_HEADER) ?? null;
  return betterAuth({
    appName: "Jiyao",
    // Unset: better-auth takes the origin from each request, and we trust that request's own origin
    // below, so sign-in works under whatever name the app is opened by (a LAN address, a host name).
    baseURL: e.APP_URL,
    secret: e.BETTER_AUTH_SECRET,
    trustedOrigins: async (request?: Request) => {
      const own = request ? requestOrigin(request.headers, trustProxy) : null;
      return [e.APP_URL, `http://localhost:${port}`, `http://127.0.0.1:${port}`, e.APP_URL ? null : own];
    },
    database: prismaAdapter(db(), { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: limits, window: 60, max: 100, storage: "memory" },
    // Secure cookies only when the public URL is https; on plain http (a LAN, localhost) the browser would drop them.
    advanced: {
      ipAddress: { ipAddressHeaders: [AUTH_CLIENT_HEADER] },
      useSecureCookies: e.APP_URL?.startsWith("https://") ?? false,
      // better-auth turns its Origin/CSRF checks off when NODE_ENV=test; tests must see production's.
      disableOriginCheck: false,
    },
    user: { additionalFields: { locale: { type: "string", required: false, input: true } } },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!limits) return;
        const address = addressOf(ctx.headers);
        if (ctx.path === "/sign-in/email" && typeof ctx.body?.email === "string") {
          const email: string = ctx.body.email;
          await checkSignIn(email, address, () => hasSessionFromAddress(email, address!));
        }
        if (ctx.path === "/sign-up/email") countSignUp(address);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (!limits || ctx.path !== "/sign-in/email" || typeof ctx.body?.email !== "string") return;
        const returned = ctx.context.returned;
        if (isAPIError(returned) && returned.statusCode === 401) countFailedSignIn(ctx.body.email, addressOf(ctx.headers));
      }),
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => ({ data: checkUserFields(user) }),
          // Everyone starts with a workspace of their own, so the first upload needs no setup.
          after: async (user) => {
            await createWorkspace(user.id, personalWorkspaceName(user), { personal: true });
          },
        },
        update: { before: async (user) => ({ data: checkUserFields(user) }) },
      },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { jiyaoAuth?: Auth };

/** Created on first use: the database URL and secret are only known at run time, not at build. */
export function auth(): Auth {
  globalForAuth.jiyaoAuth ??= createAuth();
  return globalForAuth.jiyaoAuth;
}

export { APIError };
