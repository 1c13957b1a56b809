import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { errorData, errorMessage } from "./error-message";

/**
 * Puts a failed mutation's errors where the member will see them: field errors next to their
 * fields, anything else returned as one message for the form's alert.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): string | null {
  const data = errorData(error);
  if (!data) return errorMessage(error);
  const fieldErrors = data?.fieldErrors ?? {};
  let placed = false;
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (messages?.[0]) {
      setError(field as Path<T>, { type: "server", message: messages[0] });
      placed = true;
    }
  }
  return placed && data.appCode === "BAD_INPUT" ? null : errorMessage(error);
}
