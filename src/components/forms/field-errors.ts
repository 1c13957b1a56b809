import { errorData } from "./error-message";

/**
 * The first server message for every field a failed call named ("answers.0.text" → its message),
 * for forms that keep their field errors until the next submit; empty when none were named.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [field, messages] of Object.entries(errorData(error)?.fieldErrors ?? {})) {
    if (messages?.[0]) found[field] = messages[0];
  }
  return found;
}
