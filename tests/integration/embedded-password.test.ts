import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedPasswordFile, startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";

/** The embedded server no longer uses the fixed jiyao/jiyao: a generated password, kept 0600 beside the data dir. */
const PORT = Number(process.env.TEST_PG_PORT ?? 54339) + 1;
const dir = mkdtempSync(path.join(tmpdir(), "jiyao-pgpw-"));
chmodSync(dir, 0o755);
let server: EmbeddedServer | undefined;

async function login(password: string): Promise<boolean> {
  const c = new pg.Client({ host: "127.0.0.1", port: PORT, user: "jiyao", password, database: "postgres" });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("embedded Postgres password", () => {
  it("is generated at first start, stored with mode 0600, and the fixed one is refused", async () => {
    const dataDir = path.join(dir, "fresh");
    server = await startEmbeddedPostgres({ dataDir, port: PORT });
    const file = embeddedPasswordFile(dataDir);
    const password = readFileSync(file, "utf8").trim();
    expect(password).toMatch(/^[0-9a-f]{48}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(server.url("x")).toContain(`:${password}@`);
    expect(await login(password)).toBe(true);
    expect(await login("jiyao")).toBe(false);
    await server.stop();
    server = undefined;
  });

  it("moves a data dir made with the old fixed password to a generated one, keeping its data", async () => {
    const dataDir = path.join(dir, "legacy");
    const file = embeddedPasswordFile(dataDir);
    // A data dir as older versions made it: initialised with jiyao/jiyao, no password file.
    writeFileSync(file, "jiyao", { mode: 0o600 });
    server = await startEmbeddedPostgres({ dataDir, port: PORT });
    await server.createDatabase("app");
    const c = new pg.Client({ connectionString: server.url("app") });
    await c.connect();
    await c.query("CREATE TABLE t (v text); INSERT INTO t VALUES ('kept')");
    await c.end();
    await server.stop();
    unlinkSync(file);

    server = await startEmbeddedPostgres({ dataDir, port: PORT });
    const password = readFileSync(file, "utf8").trim();
    expect(password).not.toBe("jiyao");
    expect(await login(password)).toBe(true);
    expect(await login("jiyao")).toBe(false);
    const d = new pg.Client({ connectionString: server.url("app") });
    await d.connect();
    expect((await d.query("SELECT v FROM t")).rows).toEqual([{ v: "kept" }]);
    await d.end();
  });
});
