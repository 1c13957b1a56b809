"use client";

import { useCallback, useRef, useState } from "react";
import type { ActionResult, CallErrorData } from "@/shared/api/action-result";

/** A failed server action: the API's safe message, with its code and field errors in `data`. */
export class ActionError extends Error {
  readonly data: CallErrorData;
  constructor(message: string, data: CallErrorData) {
    super(message);
    this.name = "ActionError";
    this.data = data;
  }
}

type Callbacks<O> = { onSuccess?: (data: O) => void; onError?: (error: unknown) => void; onSettled?: () => void };
type Status = "idle" | "pending" | "success" | "error";

/**
 * Calls a server action that runs a procedure (src/trpc/action.ts) and tracks it the way the
 * forms already did with react-query's useMutation: `mutate`/`mutateAsync`, `status`, `data`,
 * `error` (an ActionError, or the network's own error when Tandem wasn't reached) and `reset`.
 * Only the last call's outcome is kept, so a slow earlier answer never overwrites a newer one.
 */
export function useAction<I, O>(action: (input: I) => Promise<ActionResult<O>>) {
  const [state, setState] = useState<{ status: Status; data?: O; error?: unknown }>({ status: "idle" });
  const latest = useRef(0);

  const mutateAsync = useCallback(
    async (input: I): Promise<O> => {
      const call = ++latest.current;
      const settle = (next: typeof state) => {
        if (call === latest.current) setState(next);
      };
      setState({ status: "pending" });
      let result: ActionResult<O>;
      try {
        result = await action(input);
      } catch (error) {
        settle({ status: "error", error });
        throw error;
      }
      if (!result.ok) {
        const error = new ActionError(result.error.message, result.error.data);
        settle({ status: "error", error });
        throw error;
      }
      settle({ status: "success", data: result.data });
      return result.data;
    },
    [action],
  );

  const mutate = useCallback(
    (input: I, callbacks: Callbacks<O> = {}) => {
      mutateAsync(input).then(
        (data) => {
          callbacks.onSuccess?.(data);
          callbacks.onSettled?.();
        },
        (error: unknown) => {
          callbacks.onError?.(error);
          callbacks.onSettled?.();
        },
      );
    },
    [mutateAsync],
  );

  const reset = useCallback(() => {
    latest.current++;
    setState({ status: "idle" });
  }, []);

  return {
    mutate,
    mutateAsync,
    reset,
    status: state.status,
    data: state.data,
    error: state.status === "error" ? state.error : null,
    isIdle: state.status === "idle",
    isPending: state.status === "pending",
    isSuccess: state.status === "success",
    isError: state.status === "error",
  };
}
