import type { DocumentStatus } from "@/lib/generated/prisma/enums";

/**
 * The document status machine in one place. Uploads go uploaded → parsing → parsed → analyzing →
 * ready (failed from any working step, Retry back to uploaded); a live meeting starts `live`, takes
 * transcript lines while it runs, and on its end joins the upload path at `parsed`, so the full
 * analysis is the same claimed, run-once step as for an upload. Every guarded update names the status
 * it starts from; this table is what those guards implement, and tests/unit/live checks them against it.
 */
export const TRANSITIONS: Readonly<Record<DocumentStatus, readonly DocumentStatus[]>> = {
  uploaded: ["parsing"],
  parsing: ["parsing", "parsed", "failed"],
  parsed: ["analyzing", "failed"],
  analyzing: ["analyzing", "ready", "failed"],
  ready: [],
  failed: ["uploaded"],
  // Ending the meeting: its lines are already segments and chunks, so it skips parsing.
  live: ["parsed"],
};

/** The status a new document starts in: an upload waits for parsing, a live meeting receives lines. */
export const INITIAL_STATUS = { upload: "uploaded", live: "live" } as const satisfies Record<string, DocumentStatus>;

export function canTransition(from: DocumentStatus, to: DocumentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses from which `to` may be entered: the `where` of a guarded update. */
export function sourcesOf(to: DocumentStatus): DocumentStatus[] {
  return (Object.keys(TRANSITIONS) as DocumentStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}
