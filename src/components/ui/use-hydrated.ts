import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** False on the server and while hydrating, true afterwards: no hydration mismatch. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
