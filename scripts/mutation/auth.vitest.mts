/** Vitest config for mutation testing the authorization wrapper (`npm run mutation -- auth`): its unit tests only. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const alias = { "@": root, "server-only": path.join(root, "tests/support/empty.ts") };

export default defineConfig({
  root,
  resolve: { alias },
  test: { include: ["tests/unit/auth/action-wrapper.test.ts", "tests/unit/auth/download-guard.test.ts"], environment: "node" },
});
