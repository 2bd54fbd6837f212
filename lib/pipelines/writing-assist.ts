import "server-only";
import { listAcceptedWords } from "@/lib/db/writings";
import { saveModelCalls } from "@/lib/db/model-calls";
import { workspaceEngineSettings } from "@/lib/db/workspace-settings";
import { acceptList, proofreadLocal } from "@/lib/engine/local/proofread";
import { createModel, type ModelCallRecord } from "@/lib/engine/llm";
import { proofreadWithLlm } from "@/lib/engine/llm/proofread";
import { streamTransformWithLlm, type TransformStreamPart } from "@/lib/engine/llm/transform/stream";
import { getEngine, llmAvailable, llmConfigFor } from "@/lib/engine/registry";
import type { Suggestion } from "@/lib/engine/suggestions";
import { AppError } from "@/lib/errors";
import { modelCallRows } from "./model-call-rows";

/**
 * The document assistant over the engines: offline proofreading with the workspace's accepted
 * words, the offline "basic" polish, and the model's edits streamed (only when a model is
 * configured for the workspace or the server; otherwise MODEL_NOT_CONFIGURED, which the UI explains).
 */
export async function proofreadWriting(workspaceId: string, text: string, opts: { spacing?: boolean } = {}): Promise<Suggestion[]> {
  const words = await listAcceptedWords(workspaceId);
  return proofreadLocal(text, { spacing: opts.spacing, accept: acceptList(words) });
}

const needsModel = () => new AppError("MODEL_NOT_CONFIGURED", "This needs a language model: set one in the workspace settings (or MODEL_BASE_URL on the server).");

/**
 * Proofreading with the workspace's model: the text goes as delimited data in paragraph groups
 * within the chunk budget; every suggestion is located in the original text and kept only when its
 * quote is there exactly (proofreadWithLlm → verifySuggestions). Accepted words are not flagged.
 */
export async function proofreadWritingWithModel(workspaceId: string, text: string, signal?: AbortSignal): Promise<Suggestion[]> {
  const settings = await workspaceEngineSettings(workspaceId);
  if (!llmAvailable(settings)) throw needsModel();
  const accepted = acceptList(await listAcceptedWords(workspaceId));
  const calls: ModelCallRecord[] = [];
  const config = llmConfigFor(settings, { onCall: (c) => calls.push(c) });
  try {
    const found = await proofreadWithLlm({ config, model: createModel(config), signal, usage: { calls: 0, promptTokens: 0, completionTokens: 0 } }, text);
    return found.filter((s) => !(s.kind === "spelling" && accepted(s.original)));
  } finally {
    await saveModelCalls(modelCallRows({ workspaceId, documentId: null }, calls));
  }
}

/** Filler and redundancy removal and punctuation normalisation, without a model. */
export async function basicPolish(text: string): Promise<string> {
  return getEngine("local").transform(text, "polish");
}

export async function modelAvailableFor(workspaceId: string): Promise<boolean> {
  return llmAvailable(await workspaceEngineSettings(workspaceId));
}

export async function* streamAssist(workspaceId: string, action: string, text: string, signal?: AbortSignal): AsyncIterable<TransformStreamPart> {
  const settings = await workspaceEngineSettings(workspaceId);
  if (!llmAvailable(settings)) throw needsModel();
  const calls: ModelCallRecord[] = [];
  const config = llmConfigFor(settings, { onCall: (c) => calls.push(c) });
  const scope = { config, model: createModel(config), signal, usage: { calls: 0, promptTokens: 0, completionTokens: 0 } };
  try {
    for await (const part of streamTransformWithLlm(scope, text, action)) {
      // "Continue" writes what comes next: the proposal is the original followed by it.
      if (part.type === "done" && action === "continue") yield { type: "done", text: `${text.trimEnd()}\n\n${part.text}` };
      else yield part;
    }
  } finally {
    await saveModelCalls(modelCallRows({ workspaceId, documentId: null }, calls));
  }
}
