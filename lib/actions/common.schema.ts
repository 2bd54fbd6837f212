import { z } from "zod";
import { textProblem, textProblemMessage } from "@/lib/text/user-text";

export const workspaceId = z.string().uuid("not a workspace id");
export const documentId = z.string().uuid("not a document id");

export { textProblem, textProblemMessage };

export interface UserTextOptions {
  /** Most characters allowed, counted after trimming. */
  max: number;
  /** Fewest characters; 1 by default (empty is refused), 0 to allow empty. */
  min?: number;
  /** Keep line breaks and tabs (a question, a to-do's text); otherwise every run of whitespace becomes one space. */
  multiline?: boolean;
}

/**
 * Every free-text field people type goes through this: trimmed, control characters refused with a
 * message that names the field, and a maximum so no field can carry megabytes into the database and
 * every page that shows it.
 */
export function userText(what: string, { max, min = 1, multiline = false }: UserTextOptions) {
  return (
    z
      .string({ message: `${what} must be text` })
      .max(max * 4 + 1024, `${what} can be at most ${max} characters`) // cheap bound before any regex runs
      .transform((s, ctx) => {
        const problem = textProblem(s);
        if (problem) {
          ctx.addIssue({ code: "custom", message: textProblemMessage(what, problem) });
          return z.NEVER;
        }
        return multiline ? s.replace(/\r\n?/g, "\n").trim() : s.replace(/\s+/g, " ").trim();
      })
      .pipe(
        z
          .string()
          .min(min, min <= 1 ? `${what} cannot be empty` : `${what} needs at least ${min} characters`)
          .max(max, `${what} can be at most ${max} characters`),
      )
      // What the API reference (JSON Schema) shows: the real bound, not the cheap pre-check above.
      .meta({ maxLength: max, ...(min > 0 ? { minLength: min } : {}) })
  );
}

/** A numeric version in a URL (`?v=3`): a positive 32-bit integer, or nothing. */
export const versionParam = z.coerce.number().int().positive().max(2_147_483_647);

/**
 * Query-string filters (library, to-dos, search) are never worth an error page: a malformed value
 * is dropped (the filter is off), so a hand-edited or truncated URL still shows the page.
 */
export const queryText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => textProblem(s) === null)
    .optional()
    .catch(undefined);

/** YYYY-MM-DD that is a real calendar date (2024-13-45 and 0000-00-00 are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const queryDate = z.string().refine(isCalendarDate).optional().catch(undefined);

/** Only string values: `?from[]=x` and repeated keys (arrays) count as absent. */
export function stringParams(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}

/** Free text to search for: control characters become spaces (Postgres refuses NUL), at most `max` characters. */
export function searchText(raw: unknown, max = 500): string {
  return (typeof raw === "string" ? raw : "")
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, " ")
    .slice(0, max)
    .trim();
}
