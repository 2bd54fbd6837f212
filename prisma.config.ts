import { defineConfig } from "prisma/config";

// The CLI reads this; the app itself connects through @prisma/adapter-pg (lib/db/client.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:54329/jiyao" },
});
