"use client";

import { useController, useFormContext } from "react-hook-form";
import { TimezoneField, type TimezoneFieldProps } from "./timezone-field";

export { DEFAULT_TIME_ZONE } from "./timezone-field";

export type TimezoneSelectProps = Pick<TimezoneFieldProps, "name" | "label" | "deviceZone">;

/**
 * TimezoneField bound to a react-hook-form `<FormProvider>`, for the forms still built on it
 * (onboarding); native forms use TimezoneField directly.
 */
export function TimezoneSelect({ name = "timezone", label, deviceZone = "offer" }: TimezoneSelectProps) {
  const { control } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  return (
    <TimezoneField
      name={field.name}
      label={label}
      deviceZone={deviceZone}
      value={typeof field.value === "string" ? field.value : ""}
      onChange={field.onChange}
      onBlur={field.onBlur}
      selectRef={field.ref}
      error={fieldState.error?.message}
    />
  );
}
