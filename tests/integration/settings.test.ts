/**
 * Workspace settings: the model key encrypted at rest and never in a result or a log, the engine
 * registry taking the workspace's endpoint and default engine over env, test connection, retention
 * and the whole-workspace export.
 */
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fileForm, makeUser, makeWorkspace, signInAs, setUpTestDatabase } from "../support/db";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-openai-server";
import { goodModel } from "../support/llm-helpers";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

setUpTestDatabase();
delete process.env.MODEL_BASE_URL;
delete process.env.MODEL_NAME;
process.env.MODEL_RETRY_BASE_MS = "5";
process.env.MODEL_RETRY_MAX_MS = "20";

const { saveSettings, testConnection } = await import("@/lib/actions/settings");
const { uploadDocument } = await import("@/lib/actions/documents");
const { regenerate } = await import("@/lib/actions/artifacts");
const { db } = await import("@/lib/db/client");
const { getArtifact } = await import("@/lib/db/artifacts");
const { listAuditEvents } = await import("@/lib/db/audit");
const { purgeExpiredDocuments } = await import("@/lib/db/retention");
const { searchWorkspace } = await import("@/lib/db/search");
const { effectiveSpeechConfig, getSettingsView, workspaceEngineSettings } = await import("@/lib/db/workspace-settings");
const { decryptSecret } = await import("@/lib/db/settings-crypto");
const { processQueued } = await import("../support/process-queued");
const { regenerateArtifact } = await import("@/lib/pipelines/analyze-document");
const { stopBoss } = await import("@/lib/jobs/boss");
const { resetEnvCache } = await import("@/lib/env");
const { GET: exportZip } = await import("@/app/w/[workspaceId]/settings/export.zip/route");

const KEY = "sk-live-VERY-SECRET-key-98765-abcd";
type U = Awaited<ReturnType<typeof makeUser>>;
let owner: U, admin: U, outsider: U;
let ws: string, otherWs: string;
let server: FakeOpenAI;

// Everything the code under test prints, to check the key never reaches a log.
const logged: string[] = [];
for (const level of ["log", "info", "warn", "error", "debug"] as const) {
  const original = console[level].bind(console);
  vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
    logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    original(...args);
  });
}

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
};

async function readyDoc(workspaceId: string, name: string, text: string): Promise<string> {
  const up = ok(await uploadDocument(fileForm(workspaceId, name, text)));
  await processQueued(up.id);
  return up.id;
}

const MEETING = "Alice: We decided to move the launch to May.\nBob: I will update the roadmap by Friday.\nAlice: Good, thanks.";

beforeAll(async () => {
  [owner, admin, outsider] = await Promise.all(["owner", "admin", "outsider"].map((l) => makeUser(l)));
  ws = await makeWorkspace(owner, [[admin, "admin"]]);
  otherWs = await makeWorkspace(outsider);
  server = await startFakeOpenAI(goodModel);
}, 60_000);
afterAll(async () => {
  await server.close();
  await stopBoss();
});
afterEach(() => resetEnvCache());

describe("the model endpoint and its key", () => {
  it("saves the key encrypted, shows only its last four characters, and never returns it", async () => {
    await signInAs(admin);
    const res = await saveSettings({ workspaceId: ws, section: "model", baseUrl: `${server.url}/`, name: "ws-model", apiKey: KEY });
    const view = ok(res);
    expect(view.model).toEqual({ baseUrl: server.url, name: "ws-model", keyHint: "abcd" });
    expect(JSON.stringify(res)).not.toContain(KEY);
    expect(JSON.stringify(await getSettingsView(ws))).not.toContain(KEY);

    const row = await db().workspaceSettings.findUniqueOrThrow({ where: { workspaceId: ws } });
    expect(JSON.stringify(row)).not.toContain(KEY);
    expect(row.modelApiKeyEnc).toMatch(/^v1:/);
    expect(decryptSecret(row.modelApiKeyEnc!, ws, "modelApiKey")).toBe(KEY);
    // Bound to its workspace and field: the same ciphertext does not open elsewhere.
    expect(() => decryptSecret(row.modelApiKeyEnc!, otherWs, "modelApiKey")).toThrow(expect.objectContaining({ code: "MODEL_NOT_CONFIGURED" }));
    expect(() => decryptSecret(row.modelApiKeyEnc!, ws, "speechApiKey")).toThrow();

    // Saving again with a blank key keeps it; the audit line names the fields, never the key.
    ok(await saveSettings({ workspaceId: ws, section: "model", baseUrl: server.url, name: "ws-model", apiKey: "" }));
    expect((await workspaceEngineSettings(ws)).model).toEqual({ baseURL: server.url, modelName: "ws-model", apiKey: KEY });
    const audit = await listAuditEvents(ws, { action: "settings.updated" });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0].detail).toEqual({ changed: ["modelBaseUrl", "modelName", "modelApiKey"] });
    expect(JSON.stringify(audit)).not.toContain(KEY);
  });

  it("analysis and regeneration use the workspace's model with its key; another workspace stays local", async () => {
    await signInAs(admin);
    const before = server.requests.length;
    const id = await readyDoc(ws, "launch.txt", MEETING);
    const minutes = await getArtifact(ws, id, "minutes");
    expect(minutes).toMatchObject({ engine: "llm", model: "ws-model" });
    const sent = server.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.body.model === "ws-model" && r.headers.authorization === `Bearer ${KEY}`)).toBe(true);

    ok(await regenerate({ workspaceId: ws, documentId: id, kind: "minutes", engine: "llm" }));
    await regenerateArtifact({ workspaceId: ws, documentId: id, kind: "minutes", engine: "llm", userId: admin.id });
    expect(await getArtifact(ws, id, "minutes")).toMatchObject({ version: 2, engine: "llm", model: "ws-model" });

    await signInAs(outsider);
    const elsewhere = await readyDoc(otherWs, "launch.txt", MEETING);
    expect(await getArtifact(otherWs, elsewhere, "minutes")).toMatchObject({ engine: "local" });
    // With no model anywhere, asking for the model is refused before anything is queued.
    expect(await regenerate({ workspaceId: otherWs, documentId: elsewhere, kind: "minutes", engine: "llm" })).toMatchObject({ ok: false, error: { code: "MODEL_NOT_CONFIGURED" } });
  });

  it("the default engine wins over a configured model; llm as default needs a model", async () => {
    await signInAs(admin);
    ok(await saveSettings({ workspaceId: ws, section: "defaults", defaultEngine: "local", defaultLanguage: "zh" }));
    const id = await readyDoc(ws, "local.txt", `${MEETING}\nCarol: One more line.`);
    expect(await getArtifact(ws, id, "minutes")).toMatchObject({ engine: "local" });
    ok(await saveSettings({ workspaceId: ws, section: "defaults", defaultEngine: "auto", defaultLanguage: "auto" }));

    await signInAs(outsider);
    expect(await saveSettings({ workspaceId: otherWs, section: "defaults", defaultEngine: "llm", defaultLanguage: "auto" })).toMatchObject({
      ok: false,
      error: { code: "MODEL_NOT_CONFIGURED" },
    });
  });

  it("refuses bad input with a specific message", async () => {
    await signInAs(admin);
    expect(await saveSettings({ workspaceId: ws, section: "model", baseUrl: "ftp://example.com", name: "x" })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT", message: expect.stringContaining("http") },
    });
    expect(await saveSettings({ workspaceId: ws, section: "model", baseUrl: "https://user:pw@example.com/v1", name: "x" })).toMatchObject({
      ok: false,
      error: { code: "INVALID_INPUT" },
    });
    expect(await saveSettings({ workspaceId: ws, section: "model", baseUrl: "https://example.com/v1", name: "" })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("model name") },
    });
    expect(await saveSettings({ workspaceId: ws, section: "retention", days: 0 })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await saveSettings({ workspaceId: ws, section: "retention" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await saveSettings({ workspaceId: ws, section: "nope" })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });
});

describe("test connection", () => {
  it("reports the outcome only, and sends the saved key only to the saved endpoint", async () => {
    await signInAs(admin);
    server.setHandler(() => ({ content: "ok" }));
    const before = server.requests.length;
    const res = ok(await testConnection({ workspaceId: ws, target: "model", baseUrl: server.url, name: "ws-model" }));
    // The fake has no model list, so the probe falls back to a one-token completion.
    expect(res, JSON.stringify(res)).toMatchObject({ ok: true, via: "completion" });
    expect(server.requests[before].headers.authorization).toBe(`Bearer ${KEY}`);

    const other = await startFakeOpenAI();
    try {
      expect(ok(await testConnection({ workspaceId: ws, target: "model", baseUrl: other.url, name: "ws-model" }))).toMatchObject({ ok: true });
      expect(other.requests[0].headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
    const down = ok(await testConnection({ workspaceId: ws, target: "model", baseUrl: "http://127.0.0.1:9/v1", name: "m" }));
    expect(down).toMatchObject({ ok: false, reason: "network" });
    server.setHandler(() => ({ status: 401, message: "bad key" }));
    try {
      expect(ok(await testConnection({ workspaceId: ws, target: "model", baseUrl: server.url, name: "ws-model" }))).toMatchObject({ ok: false, reason: "http", status: 401 });
    } finally {
      server.setHandler(goodModel);
    }
  });
});

describe("the speech endpoint", () => {
  it("a workspace's own endpoint and key override SPEECH_* from env, which is the fallback", async () => {
    await signInAs(admin);
    process.env.SPEECH_BASE_URL = "http://127.0.0.1:9/env-speech/v1";
    process.env.SPEECH_MODEL = "env-whisper";
    resetEnvCache();
    expect(await effectiveSpeechConfig(otherWs)).toMatchObject({ baseUrl: "http://127.0.0.1:9/env-speech/v1", model: "env-whisper", source: "env" });
    const view = ok(await saveSettings({ workspaceId: ws, section: "speech", baseUrl: "http://127.0.0.1:9/ws-speech/v1", name: "ws-whisper", apiKey: "speech-secret-5678" }));
    expect(view.speech).toEqual({ baseUrl: "http://127.0.0.1:9/ws-speech/v1", model: "ws-whisper", keyHint: "5678" });
    expect(await effectiveSpeechConfig(ws)).toEqual({ baseUrl: "http://127.0.0.1:9/ws-speech/v1", model: "ws-whisper", apiKey: "speech-secret-5678", source: "workspace" });
    delete process.env.SPEECH_BASE_URL;
    delete process.env.SPEECH_MODEL;
    resetEnvCache();
    expect(await effectiveSpeechConfig(otherWs)).toBeNull();
  });
});

describe("retention", () => {
  it("deletes documents older than the workspace's period, logs it as System, and leaves others alone", async () => {
    await signInAs(admin);
    const old = await readyDoc(ws, "old.txt", "Dana: The zeppelin budget was approved.\nEli: Fine.");
    const fresh = await readyDoc(ws, "fresh.txt", "Dana: The submarine budget was approved.\nEli: Fine.");
    await db().document.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 40 * 86_400_000) } });
    await signInAs(outsider);
    const keptElsewhere = await readyDoc(otherWs, "old.txt", "Dana: The zeppelin budget was approved.\nEli: Fine.");
    await db().document.update({ where: { id: keptElsewhere }, data: { createdAt: new Date(Date.now() - 400 * 86_400_000) } });

    await signInAs(admin);
    expect((await searchWorkspace(ws, "zeppelin")).length).toBeGreaterThan(0);
    ok(await saveSettings({ workspaceId: ws, section: "retention", keepForever: false, days: "30" }));
    const purged = await purgeExpiredDocuments();
    expect(purged).toEqual([{ workspaceId: ws, deleted: 1 }]);
    expect(await db().document.findUnique({ where: { id: old } })).toBeNull();
    expect(await db().segment.count({ where: { documentId: old } })).toBe(0);
    expect(await db().document.findUnique({ where: { id: fresh } })).not.toBeNull();
    expect(await db().document.findUnique({ where: { id: keptElsewhere } })).not.toBeNull();
    expect(await searchWorkspace(ws, "zeppelin")).toEqual([]);
    const line = (await listAuditEvents(ws, { action: "document.purged" })).entries;
    expect(line).toMatchObject([{ targetId: old, actor: null, detail: { title: "old" } }]);
    // Nothing more to do on the next sweep; "keep forever" turns it off.
    expect(await purgeExpiredDocuments()).toEqual([]);
    ok(await saveSettings({ workspaceId: ws, section: "retention", keepForever: true }));
    expect((await getSettingsView(ws)).retentionDays).toBeNull();
  });
});

describe("the workspace export", () => {
  it("streams a zip with every original, the minutes as Markdown and JSON, and the to-dos; nothing of another workspace", async () => {
    await signInAs(admin);
    const res = await exportZip(new Request(`http://localhost:3000/w/${ws}/settings/export.zip`), { params: Promise.resolve({ workspaceId: ws }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files);
    const docs = await db().document.findMany({ where: { workspaceId: ws }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true } });
    const index = JSON.parse(strFromU8(files["workspace.json"])) as { documents: { id: string; folder: string }[] };
    expect(index.documents.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    for (const [i, d] of docs.entries()) {
      const folder = index.documents[i].folder;
      expect(names).toContain(`${folder}/minutes.md`);
      expect(names).toContain(`${folder}/minutes.json`);
      expect(names).toContain(`${folder}/todos.json`);
      const original = await db().documentOriginal.findUniqueOrThrow({ where: { documentId: d.id } });
      expect(Buffer.from(files[`${folder}/original/${d.fileName}`]).equals(Buffer.from(original.bytes))).toBe(true);
    }
    expect(strFromU8(files["todos.md"])).toContain("update the roadmap");
    const todos = JSON.parse(strFromU8(files["todos.json"])) as { todos: unknown[] }[];
    expect(todos.flatMap((d) => d.todos).length).toBe(await db().todo.count({ where: { workspaceId: ws } }));
    const everything = names.map((n) => strFromU8(files[n])).join("\n");
    expect(everything).not.toContain(otherWs);
    expect(everything).not.toContain(KEY);
    expect((await listAuditEvents(ws, { action: "workspace.exported" })).entries[0]).toMatchObject({ actor: { id: admin.id }, detail: { documents: docs.length } });
  });
});

describe("logs", () => {
  it("a model failure is logged without the key, and no log line of this whole file carries it", async () => {
    const { failProcessing } = await import("@/lib/pipelines/process-document");
    await signInAs(admin);
    server.setHandler(() => ({ status: 500, message: "upstream exploded" }));
    try {
      const up = ok(await uploadDocument(fileForm(ws, "fails.txt", `${MEETING}\nZed: A line that fails.`)));
      // As the worker does on the last attempt: the error is logged and stored on the document.
      await processQueued(up.id).catch((e) => failProcessing(ws, up.id, e));
      expect(await db().document.findUniqueOrThrow({ where: { id: up.id }, select: { status: true } })).toMatchObject({ status: "failed" });
    } finally {
      server.setHandler(goodModel);
    }
    expect(logged.some((l) => l.includes("fails") || l.includes("failed"))).toBe(true);
    expect(logged.filter((l) => l.includes(KEY) || l.includes("speech-secret-5678"))).toEqual([]);
  });
});
