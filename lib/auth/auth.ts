import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { createWorkspace } from "@/lib/db/workspaces";
import { env } from "@/lib/env";

function createAuth() {
  const e = env();
  const port = e.PORT;
  return betterAuth({
    appName: "Jiyao",
    baseURL: e.APP_URL,
    secret: e.BETTER_AUTH_SECRET,
    trustedOrigins: [e.APP_URL, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
    database: prismaAdapter(db(), { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: e.NODE_ENV === "production" && e.AUTH_RATE_LIMIT === "on", window: 60, max: 100, storage: "memory" },
    user: { additionalFields: { locale: { type: "string", required: false, input: true } } },
    databaseHooks: {
      user: {
        create: {
          // Everyone starts with a workspace of their own, so the first upload needs no setup.
          after: async (user) => {
            await createWorkspace(user.id, `${user.name || user.email.split("@")[0]}`, { personal: true });
          },
        },
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
