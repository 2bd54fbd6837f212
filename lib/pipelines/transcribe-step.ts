import "server-only";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chunkSegments } from "@/lib/chunk";
import { listGlossaryTerms } from "@/lib/db/glossary";
import { writeProgress } from "@/lib/db/processing";
import { effectiveSpeechConfig } from "@/lib/db/workspace-settings";
import type { ParseClaim } from "@/lib/db/processing";
import type { MediaInfo } from "@/lib/ingest/speech/media";
import { transcribeFile } from "@/lib/ingest/speech/transcribe";
import type { ParseResult } from "./isolate";
import { notConfiguredError, speechOptions } from "./speech-options";

/**
 * A stored recording → ParsedDoc through the workspace's speech endpoint (its own from Settings, else
 * SPEECH_* from env; the workspace's default language is the language hint). The original goes to a temp file for
 * ffmpeg (its own process, with the memory and time caps of lib/env.ts); the parts are sent from here,
 * which only waits on the network. Progress 10 → 45 moves with each part transcribed, under step
 * "transcribe". No endpoint configured: SPEECH_NOT_CONFIGURED, which the page shows as "waiting for
 * transcription" with what to set; Retry after configuring it transcribes the kept original.
 */
export async function transcribeStored(claim: ParseClaim, bytes: Uint8Array, media: MediaInfo): Promise<ParseResult> {
  const endpoint = await effectiveSpeechConfig(claim.workspaceId);
  if (!endpoint) throw notConfiguredError();
  const dir = await mkdtemp(path.join(tmpdir(), "jiyao-rec-"));
  try {
    const input = path.join(dir, `original.${media.format}`);
    await writeFile(input, bytes);
    let last = 0;
    const onProgress = (done: number, total: number) => {
      const now = Date.now();
      if (done > 0 && done < total && now - last < 500) return;
      last = now;
      void writeProgress(claim, "parsing", 10 + Math.floor((35 * done) / Math.max(total, 1)), "transcribe").catch(() => {});
    };
    // The workspace glossary's correct spellings are the vocabulary hint (the misheard variants would teach the errors).
    const terms = (await listGlossaryTerms(claim.workspaceId)).map((t) => t.term);
    const parsed = await transcribeFile(input, claim.fileName, media.format, speechOptions(endpoint, { terms, onProgress }));
    return { parsed, chunks: chunkSegments(parsed.segments) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
