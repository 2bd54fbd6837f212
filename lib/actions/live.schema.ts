import { z } from "zod";
import { documentId, userText, workspaceId } from "./common.schema";

/** Most lines one batch may carry: a captioning client posting every few seconds sends a handful. */
export const MAX_BATCH_LINES = 200;
export const MAX_LINE_CHARS = 4000;
/** A batch body: 200 lines of 4,000 characters is at most ~2.4 MB of UTF-8 JSON; 1 MB suffices for real batches. */
export const MAX_BATCH_BYTES = 1024 * 1024;
/** 48 hours on the meeting's clock. */
const MAX_MS = 48 * 60 * 60 * 1000;

export const StartLiveSchema = z.object({
  workspaceId,
  title: userText("The title", { max: 200 }),
  lang: z.enum(["zh", "en"], { message: "Choose the meeting's language: zh or en" }),
});

export const LiveRefSchema = z.object({ workspaceId, documentId });

const ms = (what: string) =>
  z
    .number({ message: `${what} must be a number of milliseconds` })
    .int(`${what} must be whole milliseconds`)
    .min(0, `${what} cannot be negative`)
    .max(MAX_MS, `${what} is past 48 hours`);

export const LiveLineSchema = z
  .object({
    speaker: userText("The speaker", { max: 100 }).nullish(),
    text: userText("The text", { max: MAX_LINE_CHARS }),
    startMs: ms("startMs"),
    endMs: ms("endMs").nullish(),
  })
  .refine((l) => l.endMs == null || l.endMs >= l.startMs, { message: "endMs cannot be before startMs", path: ["endMs"] });

export const LiveBatchSchema = z.object({
  segments: z.array(LiveLineSchema).min(1, "Send at least one segment").max(MAX_BATCH_LINES, `At most ${MAX_BATCH_LINES} segments per batch`),
});
export type LiveBatch = z.infer<typeof LiveBatchSchema>;
