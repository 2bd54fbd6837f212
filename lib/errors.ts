/**
 * One error type for everything a user may see. `code` is stable (tests and the UI key on it);
 * `message` is written for the person who uploaded the file or clicked the button.
 */
export type AppErrorCode =
  // request / auth
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "BODY_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  // uploads and ingest
  | "FILE_EMPTY"
  | "FILE_TOO_LARGE"
  | "DUPLICATE_FILE"
  | "UNSUPPORTED_TYPE"
  | "BINARY_CONTENT"
  | "ENCODING_UNKNOWN"
  | "CORRUPT_FILE"
  | "ARCHIVE_TOO_LARGE"
  | "ENCRYPTED_FILE"
  | "NO_TEXT_LAYER"
  | "NO_TEXT"
  | "TOO_COMPLEX"
  | "LINE_TOO_LONG"
  | "BAD_TIMESTAMPS"
  // recordings
  | "SPEECH_NOT_CONFIGURED"
  | "TRANSCRIPTION_FAILED"
  // engines
  | "MODEL_NOT_CONFIGURED"
  | "MODEL_ERROR"
  | "MODEL_TIMEOUT"
  // outgoing mail
  | "MAIL_NOT_CONFIGURED"
  | "MAIL_FAILED"
  | "INTERNAL";

const HTTP_STATUS: Partial<Record<AppErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE_FILE: 409,
  FILE_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  MODEL_ERROR: 502,
  TRANSCRIPTION_FAILED: 502,
  MODEL_TIMEOUT: 504,
  MAIL_NOT_CONFIGURED: 409,
  MAIL_FAILED: 502,
  INTERNAL: 500,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code] ?? 400;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Anything thrown, as an AppError; unknown failures become INTERNAL without leaking internals. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  return new AppError("INTERNAL", "Something went wrong on our side. The file is kept; please try again.");
}
