import type { ControllerFieldState, ControllerRenderProps, FieldPath, FieldValues } from "react-hook-form";

/** The props every question group takes from a react-hook-form field: value, change, blur, focus ref, error. */
export function wireField<T extends FieldValues, N extends FieldPath<T>>(field: ControllerRenderProps<T, N>, fieldState: ControllerFieldState) {
  return { value: field.value, onChange: field.onChange, onBlur: field.onBlur, inputRef: field.ref, error: fieldState.error?.message };
}
