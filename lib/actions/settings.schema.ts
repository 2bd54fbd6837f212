import { z } from "zod";
import { userText, workspaceId } from "./common.schema";

/** An endpoint URL: http(s) only, at most 500 characters; empty means "use the server's default". */
const endpointUrl = (what: string) =>
  userText(what, { max: 500, min: 0 })
    .refine((s) => {
      if (!s) return true;
      try {
        const u = new URL(s);
        return (u.protocol === "http:" || u.protocol === "https:") && !u.username && !u.password;
      } catch {
        return false;
      }
    }, `${what} must be an http:// or https:// URL without a user name or password in it`)
    .transform((s) => s.replace(/\/+$/, "") || null);

const optionalName = (what: string) => userText(what, { max: 200, min: 0 }).transform((s) => s || null);
/** Blank keeps the saved key; the key itself is never sent back, so the field is always blank on the page. */
const apiKey = (what: string) =>
  z
    .string()
    .max(1000, `${what} can be at most 1000 characters`)
    .refine((s) => !/[\u0000-\u001F\u007F]/.test(s), `${what} contains a control character`)
    .transform((s) => s.trim() || undefined)
    .optional();
const checkbox = z.union([z.boolean(), z.enum(["on", "true", "false"])]).transform((v) => v === true || v === "on" || v === "true");

const ModelSection = z.object({
  workspaceId,
  section: z.literal("model"),
  baseUrl: endpointUrl("The model endpoint URL"),
  name: optionalName("The model name"),
  apiKey: apiKey("The API key"),
  clearKey: checkbox.default(false),
});

const SpeechSection = z.object({
  workspaceId,
  section: z.literal("speech"),
  baseUrl: endpointUrl("The speech endpoint URL"),
  name: optionalName("The speech model"),
  apiKey: apiKey("The API key"),
  clearKey: checkbox.default(false),
});

const DefaultsSection = z.object({
  workspaceId,
  section: z.literal("defaults"),
  defaultEngine: z.enum(["auto", "local", "llm"], { message: "Choose automatic, built-in or language model" }).transform((v) => (v === "auto" ? null : v)),
  defaultLanguage: z.enum(["auto", "zh", "en"], { message: "Choose automatic, 中文 or English" }).transform((v) => (v === "auto" ? null : v)),
});

export const RETENTION_MAX_DAYS = 36_500;

const RetentionSection = z.object({
  workspaceId,
  section: z.literal("retention"),
  keepForever: checkbox.default(false),
  days: z
    .union([
      z.literal(""),
      z.coerce.number().int("Days must be a whole number").min(1, "Keep documents at least 1 day").max(RETENTION_MAX_DAYS, `At most ${RETENTION_MAX_DAYS} days`),
    ])
    .optional(),
});

export const SaveSettingsSchema = z.discriminatedUnion("section", [ModelSection, SpeechSection, DefaultsSection, RetentionSection]);

export const TestConnectionSchema = z.object({
  workspaceId,
  target: z.enum(["model", "speech"]),
  /** What the form shows now (maybe not saved yet); a blank key uses the saved one. */
  baseUrl: endpointUrl("The endpoint URL"),
  name: optionalName("The model name"),
  apiKey: apiKey("The API key"),
});
