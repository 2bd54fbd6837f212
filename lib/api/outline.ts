import "server-only";
/** The document outline for the app's pages (the caller has checked membership). */
export { documentOutline } from "@/lib/pipelines/document-outline";
