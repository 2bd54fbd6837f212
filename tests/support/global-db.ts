/**
 * Vitest global setup for integration tests: a fresh database per run, on DATABASE_URL's server when
 * set, else on an embedded Postgres kept in .data/pg-test-<port>. Migrations applied with our runner.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let server: EmbeddedServer | undefined;
let dropFresh: (() => Promise<void>) | undefined;

async function freshOnExistingServer(baseUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  await admin.end();
  dropFresh = async () => {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
    await c.end();
  };
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const name = `jiyao_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  let url: string;
  if (process.env.DATABASE_URL) {
    url = await freshOnExistingServer(process.env.DATABASE_URL, name);
  } else {
    // One data dir per port, so runs on different ports (TEST_PG_PORT) never share a cluster.
    const port = Number(process.env.TEST_PG_PORT ?? 54339);
    server = await startEmbeddedPostgres({ dataDir: path.resolve(`.data/pg-test-${port}`), port });
    await server.createDatabase(name);
    url = server.url(name);
    dropFresh = () => server!.dropDatabase(name);
  }
  await migrate(url);
  process.env.DATABASE_URL = url;
  project.provide("databaseUrl", url);

  return async () => {
    await dropFresh?.();
    await server?.stop();
  };
}
