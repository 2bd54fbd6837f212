import "server-only";
import { endLiveMeeting, ingestLiveLines, refreshRolling, startLiveMeeting } from "@/lib/pipelines/live-meeting";
import { enqueueProcess } from "./queue";

export { ingestLiveLines, refreshRolling, startLiveMeeting };

/**
 * Ends the meeting (live → parsed, once) and sends it down the upload pipeline: the job claims the
 * analysis like any parsed upload, so minutes, to-dos and slides are made exactly once. Should the send
 * fail (the queue's database unreachable), the error reaches the caller and the document waits in `parsed`.
 */
export async function endLiveMeetingAndAnalyze(workspaceId: string, documentId: string): Promise<void> {
  await endLiveMeeting(workspaceId, documentId);
  await enqueueProcess(workspaceId, documentId);
}
