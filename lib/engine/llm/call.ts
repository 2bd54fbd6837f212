import { APICallError, generateText, NoObjectGeneratedError, Output, type LanguageModel, type LanguageModelUsage, type ModelMessage } from "ai";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { countTokens } from "@/lib/text/tokens";
import type { LlmConfig, ModelCallRecord } from "@/lib/engine/llm/config";
import { parseModelJson } from "@/lib/engine/llm/json";
import { sleep } from "@/lib/engine/llm/limit";

/**
 * Every model call goes through here: one timeout per attempt, retries with exponential backoff and
 * jitter on 429 / 5xx / timeouts / network errors (Retry-After respected), and one ModelCallRecord
 * per attempt. The AI SDK's own retries are off (maxRetries: 0) so this is the only retry policy.
 */

export interface UsageTotals {
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

export interface CallScope {
  config: LlmConfig;
  model: LanguageModel;
  signal?: AbortSignal;
  usage: UsageTotals;
}

export interface CallMeta {
  task: ModelCallRecord["task"];
  chunk?: number;
}

export interface AttemptResult<T> {
  value: T;
  promptTokens: number;
  completionTokens: number;
  /** Set when the server answered but the answer is unusable (recorded as outcome "invalid"). */
  invalid?: string;
}

interface Failure {
  outcome: "timeout" | "error";
  retryable: boolean;
  retryAfterMs?: number;
  message: string;
}

/** Retry-After as milliseconds: `retry-after-ms`, seconds, or an HTTP date. */
export function parseRetryAfter(headers: Record<string, string> | undefined): number | undefined {
  if (!headers) return undefined;
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const ms = Number(lower["retry-after-ms"]);
  if (lower["retry-after-ms"] && Number.isFinite(ms)) return Math.max(0, ms);
  const value = lower["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function classify(error: unknown, timedOut: boolean, timeoutMs: number): Failure {
  if (timedOut) return { outcome: "timeout", retryable: true, message: `no answer within ${timeoutMs} ms` };
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    const retryable = status ? status === 408 || status === 409 || status === 429 || status >= 500 : error.isRetryable;
    const detail = error.message.length > 300 ? `${error.message.slice(0, 300)}…` : error.message;
    return { outcome: "error", retryable, retryAfterMs: parseRetryAfter(error.responseHeaders), message: status ? `HTTP ${status}: ${detail}` : detail };
  }
  return { outcome: "error", retryable: false, message: error instanceof Error ? error.message : String(error) };
}

/** Exponential backoff with "equal jitter": half fixed, half random, so parallel chunks spread out. */
export function backoffDelay(attempt: number, config: Pick<LlmConfig, "retryBaseDelayMs" | "retryMaxDelayMs">): number {
  const ceiling = Math.min(config.retryMaxDelayMs, config.retryBaseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

export async function withRetries<T>(scope: CallScope, meta: CallMeta, run: (signal: AbortSignal) => Promise<AttemptResult<T>>): Promise<AttemptResult<T>> {
  const { config } = scope;
  const record = (r: Omit<ModelCallRecord, "task" | "model" | "chunk">) => {
    scope.usage.calls++;
    scope.usage.promptTokens += r.promptTokens;
    scope.usage.completionTokens += r.completionTokens;
    config.onCall?.({ task: meta.task, model: config.modelName, chunk: meta.chunk, ...r });
  };

  for (let attempt = 1; ; attempt++) {
    scope.signal?.throwIfAborted();
    const timeout = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      timeout.abort(new AppError("MODEL_TIMEOUT", `The model did not answer within ${config.timeoutMs} ms.`));
    }, config.timeoutMs);
    const signal = scope.signal ? AbortSignal.any([scope.signal, timeout.signal]) : timeout.signal;
    const started = Date.now();
    try {
      const result = await run(signal);
      const outcome = result.invalid ? "invalid" : "ok";
      record({ attempt, promptTokens: result.promptTokens, completionTokens: result.completionTokens, latencyMs: Date.now() - started, outcome, error: result.invalid });
      return result;
    } catch (error) {
      const latencyMs = Date.now() - started;
      if (scope.signal?.aborted) {
        record({ attempt, promptTokens: 0, completionTokens: 0, latencyMs, outcome: "error", error: "cancelled" });
        throw scope.signal.reason;
      }
      const failure = classify(error, timedOut, config.timeoutMs);
      record({ attempt, promptTokens: 0, completionTokens: 0, latencyMs, outcome: failure.outcome, error: failure.message });
      const delay = Math.max(failure.retryAfterMs ?? 0, backoffDelay(attempt, config));
      // A Retry-After longer than a whole call is worth is a "come back later": stop here.
      const giveUp = !failure.retryable || attempt > config.maxRetries || (failure.retryAfterMs ?? 0) > config.timeoutMs;
      if (giveUp) {
        const code = failure.outcome === "timeout" ? "MODEL_TIMEOUT" : "MODEL_ERROR";
        throw new AppError(code, `The model call failed after ${attempt} attempt(s): ${failure.message}`, { attempts: attempt, task: meta.task });
      }
      await sleep(delay, scope.signal);
    } finally {
      clearTimeout(timer);
    }
  }
}

function tokensOr(n: number | undefined, estimate: () => number): number {
  return typeof n === "number" && Number.isFinite(n) ? n : estimate();
}

export interface StructuredRequest<S extends z.ZodType> {
  system: string;
  prompt: string;
  schema: S;
}

/** How much of a broken reply to show the model when asking it to fix it. */
const REASK_REPLY_CHARS = 4000;

/**
 * A JSON-returning call, validated with the task's schema. A reply that does not parse is repaired
 * locally (json.ts); if it still fails, the model is asked once more with the validation error.
 * Throws AppError MODEL_ERROR when the second reply is unusable too.
 */
export async function generateStructured<S extends z.ZodType>(scope: CallScope, meta: CallMeta, req: StructuredRequest<S>): Promise<z.output<S>> {
  const messages: ModelMessage[] = [{ role: "user", content: req.prompt }];
  const first = await withRetries(scope, meta, (signal) => requestJson(scope, req, messages, signal));
  if (!first.invalid) return first.value.parsed as z.output<S>;

  const reask: ModelMessage[] = [
    ...messages,
    { role: "assistant", content: first.value.reply.slice(0, REASK_REPLY_CHARS) },
    { role: "user", content: `Your reply could not be used: ${first.invalid}. Reply again with only the corrected JSON object, nothing else.` },
  ];
  const second = await withRetries(scope, meta, (signal) => requestJson(scope, req, reask, signal));
  if (!second.invalid) return second.value.parsed as z.output<S>;
  throw new AppError("MODEL_ERROR", `The model's reply was not valid JSON for this task, even after one retry (${second.invalid}).`, { task: meta.task });
}

/**
 * Endpoints that reject response_format (some gateways and older servers answer 400) are asked
 * without it from then on; the prompt asks for JSON either way.
 */
const rejectsResponseFormat = new WeakSet<LlmConfig>();

function isResponseFormatRejection(error: unknown): boolean {
  return APICallError.isInstance(error) && error.statusCode === 400 && /response_format|json_object|json_schema/i.test(`${error.message} ${error.responseBody ?? ""}`);
}

async function requestJson<S extends z.ZodType>(
  scope: CallScope,
  req: StructuredRequest<S>,
  messages: ModelMessage[],
  signal: AbortSignal,
): Promise<AttemptResult<{ reply: string; parsed: z.output<S> | undefined }>> {
  const mode = rejectsResponseFormat.has(scope.config) ? "none" : scope.config.jsonMode;
  const output = mode === "json_schema" ? Output.object({ schema: req.schema }) : mode === "json_object" ? Output.json() : undefined;
  let reply: string;
  let usage: LanguageModelUsage | undefined;
  try {
    const result = await generateText({ model: scope.model, system: req.system, messages, output, maxRetries: 0, abortSignal: signal });
    reply = result.text;
    usage = result.usage;
  } catch (error) {
    if (mode !== "none" && isResponseFormatRejection(error)) {
      rejectsResponseFormat.add(scope.config);
      return requestJson(scope, req, messages, signal);
    }
    // The SDK's own parse failed; our repair path gets the raw text.
    if (!NoObjectGeneratedError.isInstance(error)) throw error;
    reply = error.text ?? "";
    usage = error.usage;
  }
  const promptTokens = tokensOr(usage?.inputTokens, () => countTokens(req.system) + messages.reduce((n, m) => n + countTokens(String(m.content)), 0));
  const completionTokens = tokensOr(usage?.outputTokens, () => countTokens(reply));
  const parsed = parseModelJson(reply, req.schema);
  return parsed.ok
    ? { value: { reply, parsed: parsed.value }, promptTokens, completionTokens }
    : { value: { reply, parsed: undefined }, promptTokens, completionTokens, invalid: parsed.error };
}
