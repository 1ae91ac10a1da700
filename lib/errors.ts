// The one application error type, and the single mapping from error codes to HTTP status and JSON body.
import { z, ZodError } from "zod";

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_LOCATION: 404,
  UNKNOWN_PROCEDURE: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type TErrorCode = keyof typeof ERROR_STATUS;

export type TErrorBody = {
  error: { code: TErrorCode; message: string; details?: unknown };
};

/** An expected failure with a message that is safe to show to the person who caused it. */
export class AppError extends Error {
  readonly code: TErrorCode;
  readonly details?: unknown;

  constructor(code: TErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** The `details` of a VALIDATION_FAILED error: one entry per bad field (forms show each at its field). */
export const ZValidationDetails = z.object({ fields: z.array(z.object({ field: z.string(), message: z.string() })) });

/** Turns zod issues into one readable sentence plus per-field details. */
export function fromZodError(e: ZodError, what = "request"): AppError {
  const fields = e.issues.map((i) => ({ field: i.path.join(".") || what, message: i.message }));
  const first = fields[0];
  const message = first ? `Invalid ${first.field}: ${first.message}` : `Invalid ${what}`;
  return new AppError("VALIDATION_FAILED", message, { fields });
}

/** The JSON body and status for any thrown value; unexpected errors become a generic 500. */
export function toErrorResponse(e: unknown): { status: number; body: TErrorBody } {
  const err = e instanceof ZodError ? fromZodError(e) : e;
  if (isAppError(err)) {
    const body: TErrorBody = { error: { code: err.code, message: err.message } };
    if (err.details !== undefined) body.error.details = err.details;
    return { status: err.status, body };
  }
  return {
    status: 500,
    body: { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again in a moment." } },
  };
}
