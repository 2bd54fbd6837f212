/**
 * `npx tsx scripts/complete-lockfile.ts` after any dependency change.
 *
 * npm 11 records only the host platform's optional native packages (e.g. @node-rs/jieba-linux-x64-gnu)
 * in package-lock.json, yet `npm ci` insists on an entry for every platform a package lists, and
 * fails with "Missing: …-darwin-arm64@ from lock file" (npm/cli#4828, #8805). This adds the missing
 * entries from the registry's metadata (version, integrity, os/cpu/libc), which is exactly what a
 * lockfile written on each platform would contain. It never changes an existing entry.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { stringifyLikeNpm } from "./lockfile-format";

type Entry = { version?: string; optionalDependencies?: Record<string, string>; [k: string]: unknown };
const lockPath = "package-lock.json";
const lock = JSON.parse(readFileSync(lockPath, "utf8")) as { packages: Record<string, Entry> };

function view(spec: string): Record<string, unknown> | null {
  try {
    const out = execFileSync("npm", ["view", spec, "--json", "version", "dist.integrity", "os", "cpu", "libc", "license", "engines"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const parsed = JSON.parse(out);
    return Array.isArray(parsed) ? parsed.at(-1) : parsed;
  } catch {
    return null;
  }
}

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openbsd", "sunos", "aix"];
const CPU = ["arm64", "arm", "x64", "ia32", "wasm32", "riscv64", "ppc64", "s390x", "loong64"];

/**
 * Registries that mirror only some platforms (ours) have no metadata for the others. Native
 * packages name their platform ("…-linux-arm64-musl", "…-win32-x64-msvc", "…-wasm32-wasi"), which
 * is all npm needs to skip them; they are never downloaded on a machine they do not fit.
 */
function platformFromName(name: string, version: string): Record<string, unknown> | null {
  const parts = name.split("/").pop()!.split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (!cpu) return null;
  const libc = parts.includes("musl") ? ["musl"] : parts.includes("gnu") || parts.includes("gnueabihf") ? ["glibc"] : undefined;
  return { version, ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm resolves a dependency in the nearest node_modules upward; the hoisted location is the root.
    const nested = `${key}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const meta = view(`${name}@${range}`) ?? platformFromName(name, range);
    if (!meta) {
      console.warn(`skipped ${name}@${range}: not in the registry and no platform in its name`);
      continue;
    }
    lock.packages[hoisted] = {
      version: meta.version as string,
      ...(meta["dist.integrity"] ? { integrity: meta["dist.integrity"] } : {}),
      ...(meta.license ? { license: meta.license } : {}),
      optional: true,
      ...(meta.os ? { os: meta.os } : {}),
      ...(meta.cpu ? { cpu: meta.cpu } : {}),
      ...(meta.libc ? { libc: meta.libc } : {}),
      ...(meta.engines ? { engines: meta.engines } : {}),
    };
    added++;
    console.log(`added ${hoisted}@${meta.version}`);
  }
}
// Keep npm's ordering: "" first, then keys sorted.
const { "": root, ...rest } = lock.packages;
lock.packages = { "": root, ...Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b, "en"))) };
writeFileSync(lockPath, stringifyLikeNpm(lock));
console.log(`${added} entries added`);
