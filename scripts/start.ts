/**
 * `npm run dev` / `npm start`: the database first (embedded unless DATABASE_URL is set, migrations
 * applied), then Next.js as a child. Ctrl-C or SIGTERM stops Next, then Postgres, cleanly.
 *   tsx scripts/start.ts dev|start [--fresh-db]
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret, openDatabase } from "./database";

async function main() {
  const mode = process.argv[2] === "start" ? "start" : "dev";
  const fresh = process.argv.includes("--fresh-db");
  const port = process.env.PORT ?? "3000";
  ensureAuthSecret();
  const database = await openDatabase({ fresh });

  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  // The preload records each connection's address for rate limits (scripts/peer-address.cjs); through
  // NODE_OPTIONS it also reaches the server process `next dev` forks.
  const preload = `--require ${JSON.stringify(path.resolve("scripts/peer-address.cjs"))}`;
  const nodeOptions = [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" ");
  // Node refuses --cpu-prof in NODE_OPTIONS, so profiling the server (START_CPU_PROF=<dir>, e.g. under
  // `npm run bench -- web-load`) passes it on the command line; the profile is written when Next exits.
  const profile = process.env.START_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.START_CPU_PROF)}`] : [];
  const child = spawn(process.execPath, [...profile, nextBin, mode, "-p", port], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: nodeOptions },
  });

  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => {
        child.once("exit", r);
        setTimeout(r, 10_000);
      });
    }
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
