import { errorData, errorMessage, fieldErrorOf } from "./error-message";

/** A failed call's first message for each of a form's fields (undefined where a field has none). */
export function fieldErrorsOf<F extends string>(error: unknown, fields: readonly F[]): Partial<Record<F, string>> {
  return Object.fromEntries(fields.map((field) => [field, fieldErrorOf(error, field) ?? undefined])) as Partial<Record<F, string>>;
}

/**
 * The first server message for every field a failed call named ("answers.0.text" → its message),
 * for forms whose fields are not known in advance; empty when none were named.
 */
export function namedFieldErrorsOf(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [field, messages] of Object.entries(errorData(error)?.fieldErrors ?? {})) {
    if (messages?.[0]) found[field] = messages[0];
  }
  return found;
}

/**
 * What a failed call says in the form's own alert: nothing when its input was refused and the
 * reasons sit by the form's fields, else the server's message (or the connection hint).
 */
export function formErrorOf(error: unknown, fields: readonly string[]): string | null {
  if (!error) return null;
  const placed = errorData(error)?.appCode === "BAD_INPUT" && fields.some((field) => fieldErrorOf(error, field));
  return placed ? null : errorMessage(error);
}

/** After a refused submit has rendered its errors: takes the member to the first field marked invalid. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  form?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
}

/**
 * Moves focus to the first error on the page, in reading order: a control marked aria-invalid
 * (the Field primitives), or the control named by an error message's `data-focus`.
 */
export function focusFirstError(root: ParentNode | null): boolean {
  const first = root?.querySelector<HTMLElement>("[data-field-error], [aria-invalid='true']");
  const target = first?.dataset.focus ? document.getElementById(first.dataset.focus) : first;
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: "center" });
  return true;
}
