import "server-only";
import { isAppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { claimParse, failRun, finishParse, loadOriginalBytes, writeProgress } from "@/lib/db/processing";
import { clearParsedRows, insertChunkPage, insertSegmentPage, pages } from "@/lib/db/segment-pages";

/** What a parse run ended with: parsed (go on to analysis), failed for good (bad input), or taken over by another run. */
export type ParseOutcome = "parsed" | "failed" | "superseded";
import { sniffMedia } from "@/lib/ingest/speech/media";
import { type ParseResult, parseIsolated } from "./isolate";
import { transcribeStored } from "./transcribe-step";

/**
 * Stored original → ParsedDoc → segments + chunks, written in pages (no transaction spans the
 * whole document) under the run's claim, then `parsed`. A re-run first removes what an interrupted
 * run left, so the rows are always one complete set; the `parsed` status is written last, so a
 * crash anywhere before it leaves a document that is parsed again. Bad input (an AppError) is stored
 * on the document; anything else throws so the job is retried.
 */
export async function runParse(workspaceId: string, documentId: string): Promise<ParseOutcome> {
  const claim = await claimParse(workspaceId, documentId);
  if (!claim) return "superseded";
  const bytes = await loadOriginalBytes(claim);
  if (!bytes) throw new Error(`document ${documentId} has no stored original`);

  let parsed: ParseResult["parsed"];
  let chunks: ParseResult["chunks"];
  const media = sniffMedia(bytes, claim.fileName);
  try {
    // A recording is transcribed (ffmpeg in its own process); anything else is parsed in a child process
    // with memory and time limits: a hostile file fails here, alone. Scans and photos report each
    // recognised page: progress 10 → 15 while OCR runs.
    const onPage = (done: number, total: number) => void writeProgress(claim, "parsing", 10 + Math.floor((5 * done) / Math.max(total, 1))).catch(() => undefined);
    ({ parsed, chunks } = media
      ? await transcribeStored(claim, bytes, media)
      : await parseIsolated({ bytes, fileName: claim.fileName, mimeType: claim.mimeType }, env().UPLOAD_MAX_BYTES, onPage));
  } catch (e) {
    if (!isAppError(e)) throw e;
    await failRun(claim, e.code, e.message);
    return "failed";
  }

  if (!(await clearParsedRows(claim))) return "superseded";
  // Progress 15 → 45 across the pages: a big file shows it is moving while its rows are written.
  const total = parsed.segments.length + chunks.length;
  let written = 0;
  let lastProgressAt = 0;
  const advance = async (n: number) => {
    written += n;
    if (Date.now() - lastProgressAt < 500) return;
    lastProgressAt = Date.now();
    await writeProgress(claim, "parsing", 15 + Math.floor((30 * written) / Math.max(total, 1)));
  };
  for (const page of pages(parsed.segments)) {
    if (!(await insertSegmentPage(claim, page))) return "superseded";
    await advance(page.length);
  }
  for (const page of pages(chunks)) {
    if (!(await insertChunkPage(claim, page))) return "superseded";
    await advance(page.length);
  }
  const done = await finishParse(claim, {
    title: parsed.title,
    kind: parsed.kind,
    lang: parsed.lang,
    speakers: parsed.speakers,
    meetingDate: parsed.meetingDate,
  });
  return done ? "parsed" : "superseded";
}
