import "server-only";
import { db } from "./client";
import { recordAudit } from "./audit";
import { decryptSecret, encryptSecret } from "./settings-crypto";
import { env } from "@/lib/env";

/**
 * A workspace's own configuration, overriding the server's env per workspace: the model endpoint,
 * the speech endpoint, the default engine and language, and retention. API keys are stored
 * encrypted and only ever leave this module decrypted toward the engines (workspaceEngineSettings,
 * effectiveSpeechConfig); what pages and actions get (SettingsView) says only whether a key is set
 * and its last four characters.
 */

export type EngineChoice = "local" | "llm";
export type LanguageChoice = "zh" | "en";

export interface SettingsView {
  model: { baseUrl: string | null; name: string | null; keyHint: string | null };
  speech: { baseUrl: string | null; model: string | null; keyHint: string | null };
  defaultEngine: EngineChoice | null;
  defaultLanguage: LanguageChoice | null;
  retentionDays: number | null;
  updatedAt: Date | null;
}

/** Absent: leave as it is. A key: `undefined` keeps the saved one, `null` removes it, a string replaces it. */
export interface SettingsPatch {
  model?: { baseUrl: string | null; name: string | null; apiKey?: string | null };
  speech?: { baseUrl: string | null; model: string | null; apiKey?: string | null };
  defaultEngine?: EngineChoice | null;
  defaultLanguage?: LanguageChoice | null;
  retentionDays?: number | null;
}

const asEngine = (v: string | null): EngineChoice | null => (v === "local" || v === "llm" ? v : null);
const asLanguage = (v: string | null): LanguageChoice | null => (v === "zh" || v === "en" ? v : null);
const hintOf = (key: string) => key.slice(-4);

const VIEW_SELECT = {
  modelBaseUrl: true,
  modelName: true,
  modelApiKeyHint: true,
  speechBaseUrl: true,
  speechModel: true,
  speechApiKeyHint: true,
  defaultEngine: true,
  defaultLanguage: true,
  retentionDays: true,
  updatedAt: true,
} as const;

export async function getSettingsView(workspaceId: string): Promise<SettingsView> {
  const row = await db().workspaceSettings.findUnique({ where: { workspaceId }, select: VIEW_SELECT });
  return {
    model: { baseUrl: row?.modelBaseUrl ?? null, name: row?.modelName ?? null, keyHint: row?.modelApiKeyHint ?? null },
    speech: { baseUrl: row?.speechBaseUrl ?? null, model: row?.speechModel ?? null, keyHint: row?.speechApiKeyHint ?? null },
    defaultEngine: asEngine(row?.defaultEngine ?? null),
    defaultLanguage: asLanguage(row?.defaultLanguage ?? null),
    retentionDays: row?.retentionDays ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

type Data = {
  modelBaseUrl?: string | null;
  modelName?: string | null;
  modelApiKeyEnc?: string | null;
  modelApiKeyHint?: string | null;
  speechBaseUrl?: string | null;
  speechModel?: string | null;
  speechApiKeyEnc?: string | null;
  speechApiKeyHint?: string | null;
  defaultEngine?: string | null;
  defaultLanguage?: string | null;
  retentionDays?: number | null;
};

function keyData(workspaceId: string, field: "model" | "speech", key: string | null | undefined): Data {
  if (key === undefined) return {};
  const enc = field === "model" ? "modelApiKeyEnc" : "speechApiKeyEnc";
  const hint = field === "model" ? "modelApiKeyHint" : "speechApiKeyHint";
  return key === null ? { [enc]: null, [hint]: null } : { [enc]: encryptSecret(key, workspaceId, `${field}ApiKey`), [hint]: hintOf(key) };
}

/**
 * Saves the changes and one audit line naming the fields that changed (never their values for
 * keys), in one transaction. Returns the new view.
 */
export async function updateSettings(workspaceId: string, actorUserId: string, patch: SettingsPatch): Promise<SettingsView> {
  const data: Data = {
    ...(patch.model ? { modelBaseUrl: patch.model.baseUrl, modelName: patch.model.name, ...keyData(workspaceId, "model", patch.model.apiKey) } : {}),
    ...(patch.speech ? { speechBaseUrl: patch.speech.baseUrl, speechModel: patch.speech.model, ...keyData(workspaceId, "speech", patch.speech.apiKey) } : {}),
    ...(patch.defaultEngine !== undefined ? { defaultEngine: patch.defaultEngine } : {}),
    ...(patch.defaultLanguage !== undefined ? { defaultLanguage: patch.defaultLanguage } : {}),
    ...(patch.retentionDays !== undefined ? { retentionDays: patch.retentionDays } : {}),
  };
  await db().$transaction(async (tx) => {
    const before = await tx.workspaceSettings.findUnique({ where: { workspaceId } });
    const changed = (Object.keys(data) as (keyof Data)[]).filter((k) => !k.endsWith("Hint") && (before?.[k] ?? null) !== (data[k] ?? null));
    // A key saved again with the same value still gets a new IV, so compare hints instead of ciphertexts.
    const keyChanged = (f: "modelApiKey" | "speechApiKey") => `${f}Enc` in data && (before?.[`${f}Hint`] ?? null) !== (data[`${f}Hint`] ?? null);
    const fields: string[] = [
      ...changed.filter((k) => !k.endsWith("Enc")),
      ...(keyChanged("modelApiKey") ? ["modelApiKey"] : []),
      ...(keyChanged("speechApiKey") ? ["speechApiKey"] : []),
    ];
    await tx.workspaceSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...data, updatedById: actorUserId }, update: { ...data, updatedById: actorUserId } });
    if (fields.length) await recordAudit({ workspaceId, actorUserId, action: "settings.updated", targetType: "workspace", targetId: workspaceId, detail: { changed: fields } }, tx);
  });
  return getSettingsView(workspaceId);
}

/** The decrypted model key for a "test connection" with the saved key; server-side only. */
export async function savedApiKey(workspaceId: string, field: "model" | "speech"): Promise<string | undefined> {
  const row = await db().workspaceSettings.findUnique({ where: { workspaceId }, select: { modelApiKeyEnc: true, speechApiKeyEnc: true } });
  const enc = field === "model" ? row?.modelApiKeyEnc : row?.speechApiKeyEnc;
  return enc ? decryptSecret(enc, workspaceId, `${field}ApiKey`) : undefined;
}

/**
 * What the engine registry needs from a workspace (lib/engine/registry.ts's WorkspaceEngineSettings):
 * its default engine and its own model endpoint, the key decrypted. `model` is null when the
 * workspace has none, so the env's MODEL_* apply.
 */
export async function workspaceEngineSettings(workspaceId: string): Promise<{
  defaultEngine: EngineChoice | null;
  defaultLanguage: LanguageChoice | null;
  model: { baseURL: string; modelName: string; apiKey?: string } | null;
}> {
  const row = await db().workspaceSettings.findUnique({
    where: { workspaceId },
    select: { modelBaseUrl: true, modelName: true, modelApiKeyEnc: true, defaultEngine: true, defaultLanguage: true },
  });
  const model =
    row?.modelBaseUrl && row.modelName
      ? { baseURL: row.modelBaseUrl, modelName: row.modelName, apiKey: row.modelApiKeyEnc ? decryptSecret(row.modelApiKeyEnc, workspaceId, "modelApiKey") : undefined }
      : null;
  return { defaultEngine: asEngine(row?.defaultEngine ?? null), defaultLanguage: asLanguage(row?.defaultLanguage ?? null), model };
}

export interface SpeechConfig {
  baseUrl: string;
  apiKey?: string;
  model: string;
  /** The workspace's default language as the transcription hint, when it has one. */
  language?: LanguageChoice;
  /** Where it came from, for messages. */
  source: "workspace" | "env";
}

/**
 * The speech-to-text endpoint for a workspace's recordings: its own when an admin set one, else the
 * server's SPEECH_BASE_URL / SPEECH_API_KEY / SPEECH_MODEL; null when neither is configured.
 */
export async function effectiveSpeechConfig(workspaceId: string): Promise<SpeechConfig | null> {
  const row = await db().workspaceSettings.findUnique({
    where: { workspaceId },
    select: { speechBaseUrl: true, speechModel: true, speechApiKeyEnc: true, defaultLanguage: true },
  });
  const language = asLanguage(row?.defaultLanguage ?? null) ?? undefined;
  const e = env();
  if (row?.speechBaseUrl) {
    return {
      baseUrl: row.speechBaseUrl,
      apiKey: row.speechApiKeyEnc ? decryptSecret(row.speechApiKeyEnc, workspaceId, "speechApiKey") : undefined,
      model: row.speechModel || e.SPEECH_MODEL,
      language,
      source: "workspace",
    };
  }
  if (!e.SPEECH_BASE_URL) return null;
  return { baseUrl: e.SPEECH_BASE_URL, apiKey: e.SPEECH_API_KEY, model: e.SPEECH_MODEL, language, source: "env" };
}

/** Whether the language model can run for this workspace (its own endpoint or MODEL_BASE_URL), for the Regenerate menus. */
export async function modelConfigured(workspaceId: string): Promise<boolean> {
  if (env().MODEL_BASE_URL) return true;
  const row = await db().workspaceSettings.findUnique({ where: { workspaceId }, select: { modelBaseUrl: true, modelName: true } });
  return Boolean(row?.modelBaseUrl && row.modelName);
}
