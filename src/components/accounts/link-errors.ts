import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/api/root";

export type LinkError = {
  message: string;
  /** True when the link itself is the problem (expired, used or cut off): trying again won't help. */
  linkProblem: boolean;
};

/** Reads a failed verify/reset mutation: problems with the emailed link versus anything else. */
export function readLinkError(error: unknown): LinkError {
  if (!(error instanceof TRPCClientError)) {
    return { message: "We couldn't reach Tandem. Check your connection and try again.", linkProblem: false };
  }
  const data = (error as TRPCClientError<AppRouter>).data;
  const tokenMessage = data?.fieldErrors?.token?.[0];
  if (tokenMessage) return { message: tokenMessage, linkProblem: true };
  if (data?.code === "PRECONDITION_FAILED") return { message: error.message, linkProblem: true };
  return { message: error.message, linkProblem: false };
}
