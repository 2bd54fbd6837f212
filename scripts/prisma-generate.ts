/**
 * postinstall: `prisma generate` without network. Prisma's CLI insists on a schema-engine binary
 * even for generate, and downloading it is impossible on our machines, so we point it at a stub
 * unless the caller already provides a real one. Migrations never need it (lib/db/migrate.ts).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "scripts/schema-engine-stub.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], { cwd: root, env, stdio: "inherit" });
