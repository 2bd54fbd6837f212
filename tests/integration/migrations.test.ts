import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";

const url = inject("databaseUrl");

describe("migration runner", () => {
  it("records every migration the way prisma migrate deploy does", async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const rows = await c.query(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
      const files = readMigrations();
      expect(rows.rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
      for (const [i, f] of files.entries()) {
        const onDisk = readFileSync(path.join("prisma/migrations", f.name, "migration.sql"));
        expect(rows.rows[i].checksum).toBe(createHash("sha256").update(onDisk).digest("hex"));
        expect(rows.rows[i].finished_at).toBeInstanceOf(Date);
        expect(rows.rows[i].applied_steps_count).toBe(1);
      }
    } finally {
      await c.end();
    }
  });

  it("is idempotent: a second run applies nothing", async () => {
    expect(await migrate(url)).toEqual([]);
  });

  it("runs concurrently from two processes on a fresh database, applying each migration exactly once", async () => {
    // A database of its own, empty: both processes race to apply every migration; the advisory lock
    // must make one apply them all and the other find nothing left (an already-migrated database
    // could not tell a broken lock from a working one).
    const name = `mig_race_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const fresh = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
    const runner = `import("./lib/db/migrate.ts").then((m) => (m.migrate ?? m.default.migrate)(process.env.MIGRATE_URL)).then((r) => console.log(JSON.stringify(r)))`;
    const run = () =>
      new Promise<string[]>((resolve, reject) => {
        execFile(process.execPath, ["--import", "tsx", "-e", runner], { env: { ...process.env, MIGRATE_URL: fresh } }, (err, stdout, stderr) =>
          err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!)),
        );
      });
    try {
      const [a, b] = await Promise.all([run(), run()]);
      const all = readMigrations().map((f) => f.name);
      expect([...a, ...b].sort()).toEqual(all);
      expect(a.length === 0 || b.length === 0).toBe(true);
      const c = new pg.Client({ connectionString: fresh });
      await c.connect();
      try {
        const rows = await c.query(`SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name ORDER BY migration_name`);
        expect(rows.rows).toEqual(all.map((migration_name) => ({ migration_name, n: 1 })));
      } finally {
        await c.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
