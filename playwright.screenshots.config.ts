import base from "./playwright.config";
import { defineConfig } from "@playwright/test";

/** `npm run screenshots`: the main pages in English and Chinese, written to docs/screenshots/. */
export default defineConfig({ ...base, testDir: "scripts/screenshots", retries: 0 });
