/**
 * Resolves the database for a process: DATABASE_URL when set, else the embedded Postgres in
 * $JIYAO_DATA_DIR/pg. Applies migrations, sets DATABASE_URL and BETTER_AUTH_SECRET for children.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";

export interface Database {
  url: string;
  stop(): Promise<void>;
}

export interface DatabaseOptions {
  /** Use a new, uniquely named database (e2e runs), dropped again on stop. */
  fresh?: boolean;
  /** Use (and keep) the database of this name instead of "jiyao": a benchmark's library reused across runs. */
  name?: string;
  keepRunning?: boolean;
  log?: (m: string) => void;
}

function dataDir(): string {
  const dir = path.resolve(process.env.JIYAO_DATA_DIR ?? ".data");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A stable secret per data dir, so sessions survive restarts without anyone configuring one. */
export function ensureAuthSecret(): void {
  if (process.env.BETTER_AUTH_SECRET) return;
  const file = path.join(dataDir(), "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  process.env.BETTER_AUTH_SECRET = readFileSync(file, "utf8").trim();
}

export async function openDatabase(opts: DatabaseOptions = {}): Promise<Database> {
  const log = opts.log ?? ((m: string) => console.log(`[db] ${m}`));
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    const applied = await migrate(url);
    if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
    return { url, stop: async () => {} };
  }

  const server: EmbeddedServer = await startEmbeddedPostgres({
    dataDir: path.join(dataDir(), "pg"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    log: (m) => {
      if (/ERROR|FATAL|PANIC|initialising|reusing/.test(m)) log(m);
    },
  });
  const name = opts.fresh ? `jiyao_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}` : (opts.name ?? "jiyao");
  await server.createDatabase(name);
  const url = server.url(name);
  const applied = await migrate(url);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
  process.env.DATABASE_URL = url;
  log(`embedded Postgres ready: ${url.replace(/:[^:@/]+@/, ":***@")}`);

  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (opts.fresh) await server.dropDatabase(name).catch(() => {});
      // A terminal Ctrl-C reaches Postgres too; never wait forever for an exit that already happened.
      await Promise.race([server.stop(), new Promise((r) => setTimeout(r, 10_000))]);
    },
  };
}

/** Open, run `fn`, and close unless asked to keep the server up. */
export async function withDatabase(opts: DatabaseOptions, fn: (db: Database) => Promise<void>): Promise<void> {
  const db = await openDatabase(opts);
  try {
    await fn(db);
  } finally {
    if (!opts.keepRunning) await db.stop();
  }
}
