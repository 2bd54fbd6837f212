import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests against the production build (`next build` runs first, see package.json), served by
 * our own start script on a fresh database in an embedded Postgres of its own, so a dev server on
 * :3000 and its data are never touched. Chromium is Debian's (/usr/bin/chromium): Playwright's own
 * browser download cannot work on our machines.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54349);

/** A port free now, for the fake speech server (the config is read once per process; only the runner starts servers). */
function freePort(): number {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}
const SPEECH_PORT = Number(process.env.E2E_SPEECH_PORT ?? (process.env.E2E_SPEECH_PORT = String(freePort())));
// The local SMTP server the app mails minutes to, and the HTTP port the specs read what arrived from.
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? (process.env.E2E_SMTP_PORT = String(freePort())));
const SMTP_HTTP_PORT = Number(process.env.E2E_SMTP_HTTP_PORT ?? (process.env.E2E_SMTP_HTTP_PORT = String(freePort())));

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: chromium, testIgnore: /big-upload\.spec\.ts/ },
    // Last, so the server's work on a 40 MB file never slows the other specs down.
    { name: "big-upload", use: chromium, testMatch: /big-upload\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: [
    // The fake speech-to-text server the app transcribes recordings with (tests/e2e/recordings.spec.ts).
    { command: `tsx tests/support/fake-speech-server.ts --port ${SPEECH_PORT}`, url: `http://127.0.0.1:${SPEECH_PORT}/health`, timeout: 60_000, reuseExistingServer: false },
    // The local SMTP server minutes are mailed to (tests/e2e/meetings-followups.spec.ts).
    {
      command: `tsx tests/support/smtp-sink.ts --port ${SMTP_PORT} --http-port ${SMTP_HTTP_PORT}`,
      url: `http://127.0.0.1:${SMTP_HTTP_PORT}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
    {
      command: "tsx scripts/start.ts start --fresh-db",
      url: `${baseURL}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        APP_URL: baseURL,
        JIYAO_DATA_DIR: `.data/e2e-${PG_PORT}`,
        // Every test signs up from the same address within seconds; the limiter is tested on its own.
        AUTH_RATE_LIMIT: "off",
        // Live meetings' rolling minutes every 5 s, so the live spec sees them move within its replay.
        LIVE_ROLLING_MINUTES_SECONDS: "5",
        EMBEDDED_PG_PORT: String(PG_PORT),
        // Set DATABASE_URL to run against your own Postgres; otherwise a fresh embedded database per run.
        DATABASE_URL: process.env.DATABASE_URL ?? "",
        SPEECH_BASE_URL: `http://127.0.0.1:${SPEECH_PORT}/v1`,
        SPEECH_MODEL: "fake-whisper",
        // Short parts, so a 12-second recording is sent in four overlapping parts.
        SPEECH_CHUNK_SECONDS: "5",
        // tests/e2e/platform.spec.ts registers a webhook to a receiver on loopback, which is refused otherwise.
        WEBHOOK_ALLOW_HOSTS: "127.0.0.1",
        // …and hands new events to the queue every second, so its delivery is seen quickly.
        WEBHOOK_DISPATCH_SECONDS: "1",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: "Jiyao <minutes@jiyao.test>",
      },
    },
  ],
});
