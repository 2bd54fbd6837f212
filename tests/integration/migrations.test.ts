import { createHash } from "node:crypto";
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

  it("runs concurrently from two processes without applying twice", async () => {
    const results = await Promise.all([migrate(url), migrate(url)]);
    expect(results.flat()).toEqual([]);
  });
});
