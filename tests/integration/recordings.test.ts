import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { startFakeSpeechServer, TONE_SENTENCES, type FakeSpeechServer } from "../support/fake-speech-server";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();

const { uploadDocument, retryDocument } = await import("@/lib/actions/documents");
const { getDocument, getOriginal, listSegments } = await import("@/lib/db/documents");
const { getArtifact } = await import("@/lib/db/artifacts");
const { startWorker } = await import("@/lib/jobs/worker");
const { stopBoss } = await import("@/lib/jobs/boss");
const { resetEnvCache } = await import("@/lib/env");
const { createGlossaryTerm } = await import("@/lib/db/glossary");
const { saveSettings } = await import("@/lib/actions/settings");

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), "tests/fixtures/recordings", name)));

let user: Awaited<ReturnType<typeof makeUser>>;
let worker: Awaited<ReturnType<typeof startWorker>>;
let speech: FakeSpeechServer;

const SPEECH_ENV = {
  SPEECH_MODEL: "whisper-test",
  SPEECH_CHUNK_SECONDS: "5",
  SPEECH_CHUNK_OVERLAP_MS: "2000",
  SPEECH_CONCURRENCY: "2",
  SPEECH_RETRY_BASE_MS: "10",
  SPEECH_MAX_RETRIES: "2",
  SPEECH_PROMPT: "Jiyao, Li Wei, Zhang Min",
};

function configure(on: boolean) {
  for (const [k, v] of Object.entries(SPEECH_ENV)) process.env[k] = v;
  if (on) process.env.SPEECH_BASE_URL = speech.url;
  else delete process.env.SPEECH_BASE_URL;
  resetEnvCache();
}

beforeAll(async () => {
  speech = await startFakeSpeechServer();
  user = await makeUser("recordings");
  await signInAs(user);
  worker = await startWorker({ pollSeconds: 0.5 });
});
afterAll(async () => {
  await worker.stop();
  await stopBoss();
  await speech.close();
  for (const k of [...Object.keys(SPEECH_ENV), "SPEECH_BASE_URL"]) delete process.env[k];
  resetEnvCache();
});
beforeEach(() => {
  speech.reset();
  configure(true);
});

async function settled(id: string, timeoutMs = 45_000, ws = user.personalWorkspaceId) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const doc = await getDocument(ws, id);
    if (doc && (doc.status === "ready" || doc.status === "failed")) return doc;
    if (Date.now() > until) throw new Error(`document ${id} still ${doc?.status} (${doc?.step})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function upload(name: string, bytes: Uint8Array, type = "application/octet-stream", ws = user.personalWorkspaceId) {
  const res = await uploadDocument(fileForm(ws, name, bytes, type));
  if (!res.ok) throw new Error(res.error.message);
  return res.data.id;
}

describe("recordings: upload → transcribe in parts → analyze", () => {
  it("transcribes an mp3 in overlapping parts, each second once and on the recording's clock, and keeps the original", async () => {
    speech.options = { speakers: true, latencyMs: 150 };
    await createGlossaryTerm(user.personalWorkspaceId, "混元", ["浑元", "会员"]);
    await createGlossaryTerm(user.personalWorkspaceId, "DeFi", ["define"]);
    const bytes = fixture("tones.mp3");
    const id = await upload("weekly.mp3", bytes);
    const doc = await settled(id);
    expect(doc.errorMessage).toBeNull();
    expect(doc.status).toBe("ready");
    expect(doc.kind).toBe("meeting");
    expect(doc.mimeType).toBe("audio/mpeg");
    // 12 s in 5 s parts stepping 3 s: 0–5, 3–8, 6–11, 9–12.
    expect(speech.requests.map((r) => r.firstTone).sort((a, b) => a - b)).toEqual([0, 3, 6, 9]);
    expect(speech.maxInFlight).toBeLessThanOrEqual(2);
    expect(speech.requests.every((r) => r.model === "whisper-test" && r.responseFormat === "verbose_json")).toBe(true);
    // WAV parts (the default): 16 kHz mono, each exactly its planned length.
    expect(speech.requests.map((r) => r.durationS).sort()).toEqual([3, 5, 5, 5]);
    // SPEECH_PROMPT, then the workspace glossary's correct spellings (not the misheard variants).
    expect(speech.requests[0].prompt).toBe("Jiyao, Li Wei, Zhang Min. DeFi, 混元");
    const segments = await listSegments(user.personalWorkspaceId, id);
    expect(segments.map((s) => s.text)).toEqual(TONE_SENTENCES);
    expect(segments.map((s) => s.startMs)).toEqual(TONE_SENTENCES.map((_, k) => k * 1000));
    expect(segments[1].endMs).toBe(2000);
    expect(segments.map((s) => s.speaker)).toEqual(TONE_SENTENCES.map((_, k) => (k % 2 ? "SPEAKER_01" : "SPEAKER_00")));
    expect(doc.speakers).toEqual(["SPEAKER_00", "SPEAKER_01"]);
    const original = await getOriginal(user.personalWorkspaceId, id);
    expect(Buffer.compare(Buffer.from(original!.bytes), Buffer.from(bytes))).toBe(0);
    const minutes = await getArtifact(user.personalWorkspaceId, id, "minutes");
    expect(minutes?.content.summary.length).toBeGreaterThan(0);
  });

  it("retries a part the endpoint refused once and still reads every second", async () => {
    speech.options = { fail: (r) => (r.firstTone === 3 && r.attempt === 0 ? 503 : undefined) };
    const id = await upload("retry.m4a", fixture("tones.m4a"));
    const doc = await settled(id);
    expect(doc.status).toBe("ready");
    expect(speech.requests.filter((r) => r.firstTone === 3).map((r) => r.attempt)).toEqual([0, 1]);
    expect((await listSegments(user.personalWorkspaceId, id)).map((s) => s.text)).toEqual(TONE_SENTENCES);
  });

  it("fails the document naming the part that kept failing, never with a silent gap", async () => {
    speech.options = { fail: (r) => (r.firstTone === 6 ? 500 : undefined) };
    const id = await upload("broken.ogg", fixture("tones.ogg"));
    const doc = await settled(id);
    expect(doc.status).toBe("failed");
    expect(doc.errorCode).toBe("TRANSCRIPTION_FAILED");
    expect(doc.errorMessage).toMatch(/^Part 3 of 4 failed: the speech endpoint answered 500/);
    // 1 try + SPEECH_MAX_RETRIES=2 retries of the failing part.
    expect(speech.requests.filter((r) => r.firstTone === 6)).toHaveLength(3);
    expect(await listSegments(user.personalWorkspaceId, id)).toHaveLength(0);
    expect(await getOriginal(user.personalWorkspaceId, id)).not.toBeNull();
  });

  it("does not retry a part the endpoint rejects as a bad request", async () => {
    speech.options = { fail: (r) => (r.firstTone === 0 ? 400 : undefined) };
    const id = await upload("rejected.mov", fixture("tones.mov"));
    const doc = await settled(id);
    expect(doc.errorMessage).toMatch(/^Part 1 of 4 failed: the speech endpoint answered 400/);
    expect(speech.requests.filter((r) => r.firstTone === 0)).toHaveLength(1);
  });

  it("keeps a recording waiting when no endpoint is configured, and Retry transcribes it once one is", async () => {
    configure(false);
    const id = await upload("waiting.webm", fixture("tones.webm"), "video/webm");
    const waiting = await settled(id);
    expect(waiting.status).toBe("failed");
    expect(waiting.errorCode).toBe("SPEECH_NOT_CONFIGURED");
    expect(waiting.errorMessage).toContain("SPEECH_BASE_URL");
    expect(speech.requests).toHaveLength(0);
    expect(await getOriginal(user.personalWorkspaceId, id)).not.toBeNull();

    configure(true);
    const res = await retryDocument({ workspaceId: user.personalWorkspaceId, documentId: id });
    expect(res.ok).toBe(true);
    const doc = await settled(id);
    expect(doc.status).toBe("ready");
    expect((await listSegments(user.personalWorkspaceId, id)).map((s) => s.startMs)).toEqual(TONE_SENTENCES.map((_, k) => k * 1000));
  });

  it("a workspace's own speech endpoint, key and model (Settings) override SPEECH_* from env, with its default language as the hint", async () => {
    // A workspace of its own, so these fixtures are not duplicates of the other tests' uploads.
    const ws = await makeWorkspace(user);
    const own = await startFakeSpeechServer();
    const up = async (name: string) => settled(await upload(name, fixture(name.replace(/^[^.]+/, "tones")), "application/octet-stream", ws), 45_000, ws);
    try {
      // Nothing in env: the workspace's endpoint alone transcribes.
      configure(false);
      const saved = await saveSettings({ workspaceId: ws, section: "speech", baseUrl: own.url, name: "ws-whisper", apiKey: "ws-speech-key-9876" });
      expect(saved.ok).toBe(true);
      expect((await saveSettings({ workspaceId: ws, section: "defaults", defaultEngine: "auto", defaultLanguage: "zh" })).ok).toBe(true);
      const first = await up("own-endpoint.wav");
      expect(first.status).toBe("ready");
      expect(own.requests.length).toBe(4);
      expect(own.requests.every((r) => r.model === "ws-whisper" && r.authorization === "Bearer ws-speech-key-9876" && r.language === "zh")).toBe(true);
      expect((await listSegments(ws, first.id)).map((s) => s.text)).toEqual(TONE_SENTENCES);

      // With SPEECH_BASE_URL set too, the workspace's endpoint still wins: env's server hears nothing.
      configure(true);
      own.reset();
      const second = await up("own-endpoint.ogg");
      expect(second.status).toBe("ready");
      expect(own.requests.length).toBe(4);
      expect(speech.requests).toHaveLength(0);

      // Cleared in Settings: back to SPEECH_* from env (model, no key, SPEECH_LANGUAGE unset → the workspace language).
      expect((await saveSettings({ workspaceId: ws, section: "speech", baseUrl: "", name: "", clearKey: true })).ok).toBe(true);
      own.reset();
      const third = await up("env-endpoint.m4a");
      expect(third.status).toBe("ready");
      expect(own.requests).toHaveLength(0);
      expect(speech.requests.every((r) => r.model === "whisper-test" && r.authorization === null)).toBe(true);
      expect(speech.requests.length).toBe(4);
    } finally {
      await saveSettings({ workspaceId: ws, section: "speech", baseUrl: "", name: "", clearKey: true });
      await saveSettings({ workspaceId: ws, section: "defaults", defaultEngine: "auto", defaultLanguage: "auto" });
      await own.close();
    }
  });

  it("sends mp3 parts when SPEECH_CHUNK_FORMAT=mp3, with the same stitched result", async () => {
    process.env.SPEECH_CHUNK_FORMAT = "mp3";
    resetEnvCache();
    try {
      const id = await upload("mp3-parts.wav", fixture("tones.wav"));
      expect((await settled(id)).status).toBe("ready");
      expect(speech.requests.map((r) => r.fileName)).toEqual(expect.arrayContaining(["part-0001.mp3", "part-0004.mp3"]));
      expect((await listSegments(user.personalWorkspaceId, id)).map((s) => s.startMs)).toEqual(TONE_SENTENCES.map((_, k) => k * 1000));
    } finally {
      delete process.env.SPEECH_CHUNK_FORMAT;
    }
  });

  it("says a video without a sound track has nothing to transcribe", async () => {
    const id = await upload("silent.mp4", fixture("silent-video.mp4"));
    const doc = await settled(id);
    expect(doc.errorCode).toBe("NO_TEXT");
    expect(doc.errorMessage).toMatch(/no audio track/);
    expect(speech.requests).toHaveLength(0);
  });
});

describe("jiyao parse <recording> --json", () => {
  const cli = async (file: string, env: Record<string, string | undefined>) => {
    const { execFile } = await import("node:child_process");
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile("npx", ["tsx", "cli/index.ts", "parse", file, "--json"], { env: { ...process.env, ...env }, encoding: "utf8" }, (err, stdout, stderr) =>
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end();
    });
  };

  it("prints the ParsedDoc with times on the recording's clock when SPEECH_BASE_URL is set", async () => {
    const out = await cli("tests/fixtures/recordings/tones.wav", { SPEECH_BASE_URL: speech.url, SPEECH_CHUNK_SECONDS: "5" });
    expect(out.code).toBe(0);
    const doc = JSON.parse(out.stdout);
    expect(doc).toMatchObject({ kind: "meeting", title: "tones", format: "wav" });
    expect(doc.segments.map((s: { startMs: number; endMs: number }) => [s.startMs, s.endMs])).toEqual(TONE_SENTENCES.map((_, k) => [k * 1000, (k + 1) * 1000]));
  });

  it("exits 2 naming SPEECH_BASE_URL when no endpoint is set", async () => {
    const out = await cli("tests/fixtures/recordings/tones.wav", { SPEECH_BASE_URL: "" });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("SPEECH_BASE_URL");
    expect(out.stdout).toBe("");
  });
});
