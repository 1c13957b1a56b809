"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";

const noop = () => () => {};

/** False on the server and while hydrating, true afterwards. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

/**
 * Keeps a `TimezoneSelect` on the member's saved zone. The select fills in its list after
 * hydration and, unless the field was changed, switches to the browser's zone; a member editing
 * their answers should start from what they saved. So: give the form `""` as the field's default
 * value, and this sets the saved zone (or whatever a restored draft holds) as a change, once on
 * mount and again when the full list has rendered.
 */
export function useSavedTimezone<T extends FieldValues>(form: UseFormReturn<T, unknown, FieldValues>, name: Path<T>, savedZone: string) {
  const hydrated = useHydrated();
  const intended = useRef<string | null>(null);
  const { getValues, setValue } = form;
  useEffect(() => {
    intended.current ??= (getValues(name) as string) || savedZone;
    setValue(name, intended.current as PathValue<T, Path<T>>, { shouldDirty: true });
  }, [hydrated, name, savedZone, getValues, setValue]);
}
