/**
 * What makes typed text unstorable, shared by the action schemas (lib/actions/common.schema.ts) and the
 * auth library's hooks (lib/auth/user-fields.ts), which sit on different layers.
 */
/**
 * Control characters that never belong in text a person typed: C0 (NUL included: Postgres refuses it
 * in text columns, which used to surface as a 500), DEL and C1. Tab, line feed and carriage return are
 * handled per field: single-line fields fold them into spaces, multi-line fields keep them.
 */
const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Lone UTF-16 surrogates cannot be stored as UTF-8; a broken paste is refused rather than mangled. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(s: string): "control" | "surrogate" | null {
  if (CONTROL_EXCEPT_WHITESPACE.test(s)) return "control";
  if (LONE_SURROGATE.test(s)) return "surrogate";
  return null;
}

export function textProblemMessage(what: string, problem: "control" | "surrogate"): string {
  return problem === "control"
    ? `${what} contains a control character (such as NUL); remove it and try again`
    : `${what} contains a broken character (half of an emoji or symbol); retype it and try again`;
}

/** Also the limit for the personal workspace made at sign-up from the user's name. */
export const WORKSPACE_NAME_MAX = 80;
