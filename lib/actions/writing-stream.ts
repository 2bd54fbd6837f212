import "server-only";
/** The assistant's streamed model edits for the route handler (app may not reach pipelines directly). */
export { modelAvailableFor, streamAssist } from "@/lib/pipelines/writing-assist";
