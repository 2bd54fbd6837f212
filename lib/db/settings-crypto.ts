import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * Secrets admins save in workspace settings (model and speech API keys) are stored encrypted with
 * AES-256-GCM under a server key (SETTINGS_ENCRYPTION_KEY, else a key generated once into the data
 * dir like the auth secret). The associated data binds each ciphertext to its workspace and field,
 * so a value copied into another row or column does not decrypt.
 */
const VERSION = "v1";

let cachedKey: Buffer | undefined;

function keyFromText(text: string): Buffer {
  const t = text.trim();
  return /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, "hex") : Buffer.from(t, "base64");
}

export function settingsKey(): Buffer {
  if (cachedKey) return cachedKey;
  const configured = env().SETTINGS_ENCRYPTION_KEY;
  if (configured) return (cachedKey = keyFromText(configured));
  const dir = path.resolve(env().JIYAO_DATA_DIR);
  const file = path.join(dir, "settings-key");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // "wx": two processes starting at once must not each write a different key.
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  const key = keyFromText(readFileSync(file, "utf8"));
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte key`);
  return (cachedKey = key);
}

/** Tests switch keys. */
export function resetSettingsKeyCache(): void {
  cachedKey = undefined;
}

const aad = (workspaceId: string, field: string) => Buffer.from(`${workspaceId}:${field}`, "utf8");

export function encryptSecret(plain: string, workspaceId: string, field: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", settingsKey(), iv);
  cipher.setAAD(aad(workspaceId, field));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function decryptSecret(stored: string, workspaceId: string, field: string): string {
  const [version, payload] = stored.split(":", 2);
  if (version !== VERSION || !payload) throw new AppError("INTERNAL", "A saved key is in an unknown format.");
  const raw = Buffer.from(payload, "base64");
  try {
    const decipher = createDecipheriv("aes-256-gcm", settingsKey(), raw.subarray(0, 12));
    decipher.setAAD(aad(workspaceId, field));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    // Never the key or the ciphertext in the message: it reaches logs.
    throw new AppError(
      "MODEL_NOT_CONFIGURED",
      "A saved API key of this workspace cannot be decrypted (SETTINGS_ENCRYPTION_KEY changed?). An admin should enter it again in Settings.",
    );
  }
}
