/** The error data a failed call carries: the tRPC code, Tandem's own code and field messages. */
export type CallErrorData = {
  code: string;
  appCode: string | null;
  fieldErrors: Record<string, string[] | undefined> | null;
};

/** What a server action that runs a procedure returns (src/trpc/action.ts). */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { message: string; data: CallErrorData } };
