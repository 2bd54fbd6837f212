/** Vitest config for mutation testing the citation verifier (`npm run mutation -- verify`): its unit tests only. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const alias = { "@": root, "server-only": path.join(root, "tests/support/empty.ts") };

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    include: [
      "tests/unit/engine-local/verify.test.ts",
      "tests/unit/engine-llm/verify.test.ts",
      "tests/unit/engine-local/edge.test.ts",
      "tests/unit/engine-local/verify-window.test.ts",
    ],
    environment: "node",
  },
});
