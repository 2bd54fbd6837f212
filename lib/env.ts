import { availableParallelism } from "node:os";
import { z } from "zod";

/**
 * Every environment variable Jiyao reads, with its default. The README's table mirrors this file.
 * Parsed lazily so the CLI works without the web app's settings.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Postgres to use; when unset, scripts/start.ts starts the embedded server and sets it. */
  DATABASE_URL: z.string().optional(),
  /** Connections in the app's pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  /** Where the embedded Postgres keeps its data (git-ignored). */
  JIYAO_DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().default(54329),
  PORT: z.coerce.number().int().default(3000),
  /**
   * Public URL of the app (share and invite links, auth origin). Unset: each request's own origin
   * (Host, or with TRUST_PROXY=on X-Forwarded-Host/-Proto), so links follow the name the app was opened by.
   */
  APP_URL: z.string().url().optional(),
  /** Session signing secret; generated into the data dir on first start when unset. */
  BETTER_AUTH_SECRET: z.string().min(16).optional(),
  /** Rate limiting of sign-in/sign-up (production only). "off" for automated browser tests. */
  AUTH_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  /**
   * "on" only behind one reverse proxy that appends X-Forwarded-For (and sets X-Forwarded-Host/-Proto):
   * rate limits then key on the address the proxy reports (the last X-Forwarded-For hop). "off": those
   * headers are client-chosen and ignored; limits key on the connection's own address.
   */
  TRUST_PROXY: z.enum(["on", "off"]).default("off"),
  /** For `npm run -s mcp` (the stdio MCP server): the Jiyao to talk to, and the API token to use. */
  JIYAO_URL: z.string().url().default("http://localhost:3000"),
  JIYAO_TOKEN: z.string().optional(),
  /** Requests per minute one API token may make (HTTP API v1 and MCP); past it, 429 with Retry-After. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  /**
   * A running job's lease (lib/jobs/heartbeat.ts): renewed every third of it while its worker lives,
   * so a job whose process died is retried this long after its last renewal, however long a live analysis takes.
   */
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(5).default(60),
  /** Delay before a failed (or expired) job runs again; doubles per retry, with jitter. */
  JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).default(5),
  /** How often workers look for jobs whose lease lapsed: recovery after a worker crash takes the lease + this. */
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  /**
   * Parsing and local analysis run in a child process per document, off the web server's event loop.
   * Its memory cap (heap and resident memory) and time limits; a file past them fails with a clear error.
   */
  PROCESSING_MEMORY_MB: z.coerce.number().int().min(128).default(1536),
  PARSE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(120),
  ANALYZE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(600),
  /** Live meetings: how old the rolling minutes (滚动纪要) may get while lines keep arriving before they are recomputed. */
  LIVE_ROLLING_MINUTES_SECONDS: z.coerce.number().int().min(5).default(120),
  /** Live meetings: transcript batches one meeting accepts per minute (a client posting every second stays far below). */
  LIVE_INGEST_BATCHES_PER_MINUTE: z.coerce.number().int().min(1).default(240),
  /** OCR worker threads per document (tesseract.js); 0 = one per core. */
  OCR_WORKERS: z.coerce.number().int().min(0).max(64).default(0),
  /** Extra parse time allowed per page that needs OCR (scans, photos), on top of PARSE_TIMEOUT_SECONDS. */
  OCR_PAGE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(60),
  /** OpenAI-compatible model endpoint; when MODEL_BASE_URL is unset the local engine is used. */
  MODEL_BASE_URL: z.string().url().optional(),
  MODEL_API_KEY: z.string().optional(),
  MODEL_NAME: z.string().optional(),
  MODEL_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  MODEL_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  MODEL_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  /** First backoff between model retries; doubles per retry up to MODEL_RETRY_MAX_MS (Retry-After wins when longer). */
  MODEL_RETRY_BASE_MS: z.coerce.number().int().min(0).default(1000),
  MODEL_RETRY_MAX_MS: z.coerce.number().int().min(0).default(30_000),
  /** Chunk budget in tokens for map-reduce over long inputs. */
  MODEL_CHUNK_TOKENS: z.coerce.number().int().min(200).default(3000),
  /**
   * OpenAI-compatible speech-to-text endpoint for recordings (`{SPEECH_BASE_URL}/audio/transcriptions`, so
   * include the /v1). Unset: recordings are kept and wait for transcription; Retry once it is set.
   */
  SPEECH_BASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  SPEECH_API_KEY: z.string().optional(),
  SPEECH_MODEL: z.string().default("whisper-1"),
  /** verbose_json (segments with timestamps); diarized_json for endpoints that label speakers that way. */
  SPEECH_RESPONSE_FORMAT: z.string().default("verbose_json"),
  /** ISO-639-1 language of the recordings (zh, en); unset lets the endpoint detect it. */
  SPEECH_LANGUAGE: z.string().optional(),
  /** A fixed vocabulary hint sent as the `prompt` of every part (names, jargon). */
  SPEECH_PROMPT: z.string().optional(),
  /** Parts sent at once. */
  SPEECH_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  /** Longest part in seconds, and the endpoint's upload limit per part (OpenAI's is 25 MB). */
  SPEECH_CHUNK_SECONDS: z.coerce.number().int().min(5).default(600),
  SPEECH_CHUNK_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(100_000)
    .default(25 * 1024 * 1024),
  /** How long consecutive parts overlap, so a word at a cut is heard whole once. */
  SPEECH_CHUNK_OVERLAP_MS: z.coerce.number().int().min(0).max(30_000).default(2000),
  /** Encoding of the parts: wav (16 kHz mono PCM, read by every server) or mp3 (4× smaller uploads). */
  SPEECH_CHUNK_FORMAT: z.enum(["wav", "mp3"]).default("wav"),
  SPEECH_TIMEOUT_MS: z.coerce.number().int().positive().default(300_000),
  /** Retries of a failed part (network, 408/429/5xx), the first backoff doubling per retry. */
  SPEECH_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  SPEECH_RETRY_BASE_MS: z.coerce.number().int().min(0).default(1000),
  /** Time limit of one ffmpeg run (decoding the whole recording is the longest); its memory cap is PROCESSING_MEMORY_MB. */
  SPEECH_DECODE_TIMEOUT_SECONDS: z.coerce.number().int().min(5).default(900),
  /**
   * Key that encrypts the API keys admins save in workspace settings (AES-256-GCM): 32 bytes as 64 hex
   * characters or base64. Unset: generated into $JIYAO_DATA_DIR/settings-key (mode 0600) on first use.
   */
  SETTINGS_ENCRYPTION_KEY: z
    .string()
    .refine((s) => /^[0-9a-fA-F]{64}$/.test(s) || Buffer.from(s, "base64").length === 32, "must be 32 bytes: 64 hex characters or base64")
    .optional(),
  /**
   * Webhook hosts allowed even though they resolve to a private, loopback or link-local address
   * (comma-separated host names or IPs, e.g. "127.0.0.1,hooks.internal"). Empty: only public addresses.
   */
  WEBHOOK_ALLOW_HOSTS: z.string().default(""),
  /** One delivery attempt's time limit. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Attempts per delivery before it is marked failed; the delay before each retry doubles from WEBHOOK_RETRY_DELAY_SECONDS. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).default(10),
  /** How often workers hand new webhook events to the job queue (a local event wakes them at once). */
  WEBHOOK_DISPATCH_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
  /**
   * Outgoing mail (sending minutes to attendees): SMTP_URL (smtp://user:pass@host:587, smtps:// for
   * implicit TLS on 465), or SMTP_HOST with SMTP_PORT, SMTP_USER, SMTP_PASS; SMTP_SECURE=on for implicit
   * TLS (default: on for port 465), otherwise STARTTLS when the server offers it. MAIL_FROM is the sender
   * ("Jiyao <minutes@example.com>"). Unset: the minutes tab says how to configure it.
   */
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  SMTP_HOST: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  SMTP_PORT: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(65535).optional()),
  SMTP_USER: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  SMTP_PASS: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  SMTP_SECURE: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["on", "off"]).optional()),
  MAIL_FROM: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  /** How often workers delete documents past their workspace's retention period. */
  RETENTION_SWEEP_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`Invalid environment:\n${lines}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Tests change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** OCR worker threads: OCR_WORKERS, or one per core when it is 0. */
export function ocrWorkers(): number {
  const n = env().OCR_WORKERS;
  return n > 0 ? n : Math.max(1, availableParallelism());
}
