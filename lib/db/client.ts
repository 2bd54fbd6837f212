import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * One Prisma client per process, created on first use: `next build` imports this module without a
 * database, and dev hot-reload must not open a new pool on every edit.
 */
const globalForPrisma = globalThis as unknown as { jiyaoPrisma?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForPrisma.jiyaoPrisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set (start the app with `npm run dev` or `npm start`).");
    const adapter = new PrismaPg({ connectionString, max: env().DATABASE_POOL_SIZE });
    globalForPrisma.jiyaoPrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.jiyaoPrisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.jiyaoPrisma?.$disconnect();
  globalForPrisma.jiyaoPrisma = undefined;
}

export type { PrismaClient };
