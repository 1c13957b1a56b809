import { TRPCClientError } from "@trpc/client";

/** A failed call in words a member can act on: the server's own safe message, or a connection hint. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) return error.message;
  return "We couldn't reach Tandem. Check your connection and try again.";
}

/** The first server message for one field of a failed call, if there is one. */
export function fieldErrorOf(error: unknown, field: string): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const fieldErrors = (error.data as { fieldErrors?: Record<string, string[] | undefined> | null } | undefined)?.fieldErrors;
  return fieldErrors?.[field]?.[0] ?? null;
}
