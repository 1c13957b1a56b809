import { useCallback } from "react";

/**
 * A ref that moves focus to its element when it appears, e.g. a message that replaces the button
 * the member just pressed. Give the element `tabIndex={-1}` if it isn't focusable itself.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  return useCallback((element: T | null) => {
    element?.focus();
  }, []);
}
