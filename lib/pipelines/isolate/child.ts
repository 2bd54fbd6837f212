/**
 * A processing child: started by run.ts with a memory cap (--max-old-space-size), it takes exactly one
 * task over IPC, sends the result back and exits, so whatever the file cost in memory goes with it.
 * Modules load at start-up, before the task arrives: a spare child waits warm.
 */
import { parseDocument } from "@/lib/ingest";
import { chunkSegments } from "@/lib/chunk";
import { localEngine } from "@/lib/engine/local";
import { verifyAnalysis } from "@/lib/engine/verify";
import { isAppError } from "@/lib/errors";
import type { ChildMessage, Task } from "./protocol";

function send(msg: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(msg, undefined, {}, () => resolve());
  });
}

async function run(task: Task): Promise<unknown> {
  if (task.kind === "parse") {
    // OCR reports each recognised page: the parent extends its time limit by the pages to read.
    const parsed = await parseDocument(task.input, {
      maxBytes: task.maxBytes,
      ocr: { workers: task.ocrWorkers, onPage: (done, total) => void send({ type: "progress", done, total }) },
    });
    return { parsed, chunks: chunkSegments(parsed.segments) };
  }
  const raw = await localEngine.analyze(task.doc, task.chunks, {
    ...task.opts,
    onProgress: (done, total) => void send({ type: "progress", done, total }),
  });
  return verifyAnalysis(raw, task.doc);
}

process.once("message", (task: Task) => {
  run(task)
    .then((result) => send({ type: "result", result }))
    .catch((e: unknown) =>
      send({
        type: "error",
        error: isAppError(e)
          ? { code: e.code, message: e.message, details: e.details }
          : { code: "INTERNAL", message: e instanceof Error ? (e.stack ?? e.message) : String(e), internal: true },
      }),
    )
    .finally(() => process.exit(0));
});
// The parent went away (crash, kill -9): nothing is waiting for the result.
process.on("disconnect", () => process.exit(0));
