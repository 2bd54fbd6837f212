/**
 * Child body of the live benchmark (scripts/bench/live.ts). Chromium signs up on a production server
 * of its own, creates a live meeting from the library page and keeps its page open; this process
 * posts 1,000 Chinese segments with the meeting's ingest key in 50 batches of 20, one every
 * BATCH_GAP_MS. The page records when each line appears (a MutationObserver, Date.now() on the same
 * machine's clock), so a batch's latency is from the start of its POST to its last line in the DOM.
 * After every other batch, "刚刚说了什么" is asked through the Ask route with the browser's session.
 */
import { chromium } from "@playwright/test";
import type { BenchRow } from "../../bench";
import { finish } from "./child";
import { startServer } from "./server";
import { prng, summarize } from "./stats";
import { ZH_LINES, ZH_PEOPLE, ZH_TOPICS } from "./transcript";

const PORT = Number(process.env.BENCH_LIVE_PORT ?? 3306);
const SEGMENTS = 1000;
const BATCH = 20;
const BATCH_GAP_MS = 250;
const LINE_MS = 6000;
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function lines() {
  const rand = prng(42);
  return Array.from({ length: SEGMENTS }, (_, i) => ({
    speaker: ZH_PEOPLE[Math.floor(rand() * ZH_PEOPLE.length)],
    text: `${ZH_LINES[Math.floor(rand() * ZH_LINES.length)].replaceAll("{t}", ZH_TOPICS[Math.floor(i / 60) % ZH_TOPICS.length])}（第${i + 1}句）`,
    startMs: i * LINE_MS,
    endMs: i * LINE_MS + LINE_MS - 500,
  }));
}

async function main() {
  const server = await startServer(PORT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
  const rows: BenchRow[] = [];
  try {
    const page = await browser.newPage({ baseURL: server.base });
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Bench");
    await page.getByLabel("Email").fill(`bench-live-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/w\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const workspaceId = page.url().split("/w/")[1];
    await page.getByRole("button", { name: "New live meeting" }).click();
    await page.getByLabel("Meeting title").fill("Bench live meeting");
    await page.locator("#live-lang").selectOption("zh");
    await page.getByRole("button", { name: "Start live meeting" }).click();
    const key = (await page.getByTestId("live-key").textContent())!.trim();
    const endpoint = (await page.getByTestId("live-endpoint").textContent())!.trim();
    const documentId = endpoint.split("/live/")[1].split("/")[0];
    await page.getByRole("link", { name: /Open the meeting/ }).click();
    await page.getByText(/Waiting for the first lines/).waitFor();
    await page.evaluate(() => {
      const seen: Record<number, number> = {};
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver((records) => {
        const now = Date.now();
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof HTMLElement)
              for (const el of [n, ...n.querySelectorAll<HTMLElement>("[data-segment]")]) if (el.dataset.segment) seen[Number(el.dataset.segment)] ??= now;
      }).observe(document.body, { childList: true, subtree: true });
    });

    const all = lines();
    const visible: number[] = [];
    const ingest: number[] = [];
    const recency: number[] = [];
    for (let b = 0; b * BATCH < SEGMENTS; b++) {
      const batch = all.slice(b * BATCH, (b + 1) * BATCH);
      const t0 = Date.now();
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
        body: JSON.stringify({ segments: batch }),
      });
      if (!res.ok) throw new Error(`batch ${b}: ${res.status} ${await res.text()}`);
      ingest.push(Date.now() - t0);
      const last = (b + 1) * BATCH - 1;
      await page.waitForFunction((i) => (window as unknown as { __seen: Record<number, number> }).__seen[i] !== undefined, last, { timeout: 30_000, polling: 20 });
      visible.push((await page.evaluate((i) => (window as unknown as { __seen: Record<number, number> }).__seen[i], last)) - t0);
      if (b % 2 === 1) {
        const q0 = Date.now();
        const r = await page.request.post(`/api/w/${workspaceId}/ask`, { data: { question: "刚刚说了什么", documentId } });
        const body = await r.text();
        recency.push(Date.now() - q0);
        if (!r.ok() || !body.includes("最近 3 分钟")) throw new Error(`ask after batch ${b}: ${r.status()} ${body.slice(0, 300)}`);
      }
      await sleep(BATCH_GAP_MS);
    }
    const c = `${SEGMENTS} segments in ${SEGMENTS / BATCH} batches of ${BATCH} (zh), page open`;
    const v = summarize(visible);
    const q = summarize(recency);
    const p = summarize(ingest);
    rows.push(
      { bench: "live", case: c, metric: "batch posted → last line on the page, p50", value: v.p50, unit: "ms" },
      { bench: "live", case: c, metric: "batch posted → last line on the page, max", value: v.max, unit: "ms", goal: "≤ 1000 ms" },
      { bench: "live", case: c, metric: "ingest POST (20 lines), p50", value: p.p50, unit: "ms" },
      { bench: "live", case: c, metric: "ingest POST (20 lines), max", value: p.max, unit: "ms" },
      { bench: "live", case: `${c}, asked after every 2nd batch (${q.n}×)`, metric: "刚刚说了什么 answered, p50", value: q.p50, unit: "ms" },
      { bench: "live", case: `${c}, asked after every 2nd batch (${q.n}×)`, metric: "刚刚说了什么 answered, max", value: q.max, unit: "ms", goal: "≤ 500 ms" },
    );
  } finally {
    await browser.close();
    await server.stop();
  }
  finish(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
