import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/api/root";

/** What a failed call says when it never reached Tandem (offline, a dropped connection). */
export const unreachableMessage = "We couldn't reach Tandem. Check your connection and try again.";

/** The typed error data of a failed call (code, field errors), or null when it never reached us. */
export function errorData(error: unknown): TRPCClientError<AppRouter>["data"] | null {
  return error instanceof TRPCClientError ? ((error as TRPCClientError<AppRouter>).data ?? null) : null;
}

/**
 * A failed call in words a member can act on: the server's own safe message, or a connection hint
 * (`offline` replaces the default hint where the screen can say more, e.g. that answers are kept).
 */
export function errorMessage(error: unknown, offline = unreachableMessage): string {
  return error instanceof TRPCClientError ? error.message : offline;
}

/** The first server message for one field of a failed call, if there is one. */
export function fieldErrorOf(error: unknown, field: string): string | null {
  return errorData(error)?.fieldErrors?.[field]?.[0] ?? null;
}
