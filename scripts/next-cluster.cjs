/**
 * `npm start`'s web server: WEB_CONCURRENCY `next start` processes sharing one port (Node's cluster
 * module hands connections round-robin). One Node process runs JavaScript on one core; under load the
 * server is CPU-bound (docs/BENCHMARKS.md "Web load, session 8"), so a machine with more cores needs
 * more processes. Default: the cores Node may use, at most 4; WEB_CONCURRENCY=1 runs Next directly.
 *   node scripts/next-cluster.cjs -p <port>
 * Processes share no memory: what must agree between them (live-meeting wake-ups, rate-limit counts)
 * is relayed by the primary (lib/runtime/cluster-relay.ts).
 */
const cluster = require("node:cluster");
const os = require("node:os");
const path = require("node:path");

const nextBin = path.resolve("node_modules/next/dist/bin/next");
const args = ["start", ...process.argv.slice(2)];
const requested = Number(process.env.WEB_CONCURRENCY);
const count = Number.isInteger(requested) && requested > 0 ? requested : Math.min(os.availableParallelism(), 4);

function runNext() {
  process.argv = [process.execPath, nextBin, ...args];
  require(nextBin);
}

const workers = () => Object.values(cluster.workers ?? {});
let stopping = false;
let exitCode = 0;

function stop(code = 0) {
  stopping = true;
  exitCode = code;
  if (workers().length === 0) process.exit(code);
  for (const w of workers()) w.process.kill("SIGTERM");
}

function runPrimary() {
  for (let i = 0; i < count; i++) cluster.fork();
  // What one process tells the others (lib/runtime/cluster-relay.ts): live wake-ups, rate-limit hits.
  cluster.on("message", (from, msg) => {
    if (!msg || typeof msg.jiyaoRelay !== "string") return;
    for (const w of workers()) if (w !== from && w.isConnected()) w.send(msg);
  });
  // A process that dies is replaced, so one crash does not halve the server for good; one that
  // cannot start (five deaths within a minute) stops the server with an error instead of looping.
  const deaths = [];
  cluster.on("exit", (w, code, signal) => {
    if (stopping) {
      if (workers().length === 0) process.exit(exitCode);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths[0] < now - 60_000) deaths.shift();
    if (deaths.length >= 5) {
      console.error("[web] server processes keep exiting; stopping");
      stop(1);
      return;
    }
    console.error(`[web] process ${w.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  process.on("SIGTERM", () => stop());
  process.on("SIGINT", () => stop());
}

if (count === 1 || !cluster.isPrimary) runNext();
else runPrimary();
