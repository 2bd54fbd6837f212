import type { Locale } from "../locales";
import { en } from "./en";
import { zh } from "./zh";

export type Messages = typeof en;

/**
 * Both languages, for the server and the client alike: client components read their text from this
 * module (in the cached JS bundle) rather than from the page, so no page carries the ~35k characters
 * of messages in its payload (docs/BENCHMARKS.md, "Web load": CPU per request).
 */
export const MESSAGES: Record<Locale, Messages> = { en, zh };
