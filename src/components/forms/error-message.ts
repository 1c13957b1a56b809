import type { CallErrorData } from "@/shared/api/action-result";

/** What a failed call says when it never reached Tandem (offline, a dropped connection). */
export const unreachableMessage = "We couldn't reach Tandem. Check your connection and try again.";

/**
 * A call that reached Tandem and was answered with an error: a server action's ActionError or the
 * API client's TRPCClientError. Told apart by name so that pages don't ship either class for it.
 */
function answeredError(error: unknown): (Error & { data?: CallErrorData | null }) | null {
  return error instanceof Error && (error.name === "ActionError" || error.name === "TRPCClientError") ? error : null;
}

/** The typed error data of a failed call (code, field errors), or null when it never reached us. */
export function errorData(error: unknown): CallErrorData | null {
  return answeredError(error)?.data ?? null;
}

/**
 * A failed call in words a member can act on: the server's own safe message, or a connection hint
 * (`offline` replaces the default hint where the screen can say more, e.g. that answers are kept).
 */
export function errorMessage(error: unknown, offline = unreachableMessage): string {
  return answeredError(error)?.message ?? offline;
}

/** The first server message for one field of a failed call, if there is one. */
export function fieldErrorOf(error: unknown, field: string): string | null {
  return errorData(error)?.fieldErrors?.[field]?.[0] ?? null;
}
