import { TRPCError } from "@trpc/server";

/** What went wrong, in domain terms; each maps to one tRPC (and so HTTP) code. */
const codes = {
  BAD_INPUT: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  STALE: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  PRECONDITION: "PRECONDITION_FAILED",
} as const;

export type AppErrorCode = keyof typeof codes;
export type FieldErrors = Record<string, string[]>;

/**
 * The one error services throw. Its message is safe to show a member; `fieldErrors` point at form
 * fields. It is a TRPCError so server callers and HTTP clients see the same code; the error
 * formatter (src/server/api/trpc.ts) adds `appCode` and `fieldErrors` to the response.
 */
export class AppError extends TRPCError {
  readonly appCode: AppErrorCode;
  readonly fieldErrors: FieldErrors | undefined;

  constructor(appCode: AppErrorCode, message: string, options: { fieldErrors?: FieldErrors; cause?: unknown } = {}) {
    super({ code: codes[appCode], message, cause: options.cause });
    this.name = "AppError";
    this.appCode = appCode;
    this.fieldErrors = options.fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
