import { mkdtempSync, readFileSync, rmSync, existsSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";

const PORT = 54359;
const dir = mkdtempSync(path.join(tmpdir(), "jiyao-pg-"));
// As root, Postgres runs as the `postgres` user, which must be able to reach the data dir.
chmodSync(dir, 0o755);
const dataDir = path.join(dir, "pg");
let server: EmbeddedServer | undefined;
// These cases play several processes in one (a SIGKILL stands for the starting process dying), so no
// supervisor restarts the server behind their backs; supervision has its own test (pg-supervisor).

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

const postmasterPid = () => Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("embedded Postgres", () => {
  it("initialises, starts, creates a database and keeps data across a clean restart", async () => {
    server = await startEmbeddedPostgres({ dataDir, port: PORT, supervise: false });
    await server.createDatabase("app");
    await query(server.url("app"), "CREATE TABLE t (v text); INSERT INTO t VALUES ('kept')");
    await server.stop();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    server = await startEmbeddedPostgres({ dataDir, port: PORT, supervise: false });
    expect(await query(server.url("app"), "SELECT v FROM t")).toEqual([{ v: "kept" }]);
  });

  it("starts again after the server was SIGKILLed and left a stale postmaster.pid", async () => {
    const pid = postmasterPid();
    process.kill(pid, "SIGKILL");
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);

    server = await startEmbeddedPostgres({ dataDir, port: PORT, supervise: false });
    expect(await query(server.url("app"), "SELECT v FROM t")).toEqual([{ v: "kept" }]);
  });

  it("reuses a server that outlived the process that started it", async () => {
    // A second start while the first server still runs (its parent was killed) must not fail.
    const second = await startEmbeddedPostgres({ dataDir, port: PORT, supervise: false });
    expect(await query(second.url("app"), "SELECT v FROM t")).toEqual([{ v: "kept" }]);
    await second.stop(); // not the owner: leaves the running server alone
    expect(await query(server!.url("app"), "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });
});
