import { errorData, errorMessage } from "@/components/forms/error-message";

export type LinkError = {
  message: string;
  /** True when the link itself is the problem (expired, used or cut off): trying again won't help. */
  linkProblem: boolean;
};

/** Reads a failed verify/reset mutation: problems with the emailed link versus anything else. */
export function readLinkError(error: unknown): LinkError {
  const data = errorData(error);
  const tokenMessage = data?.fieldErrors?.token?.[0];
  if (tokenMessage) return { message: tokenMessage, linkProblem: true };
  return { message: errorMessage(error), linkProblem: data?.code === "PRECONDITION_FAILED" };
}
