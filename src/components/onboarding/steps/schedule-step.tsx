"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { Controller, FormProvider, useForm, useWatch } from "react-hook-form";
import { TimezoneSelect } from "@/components/accounts/timezone-select";
import { channels } from "@/shared/onboarding/questionnaire";
import { zScheduleStep, type StepAnswers, type StepFormValues } from "@/shared/onboarding/schemas";
import { AvailabilityGrid } from "../availability-grid";
import { CheckboxGroup, ErrorMessage } from "../fields";
import { StepFormFrame, useStepFlow, type StepProps } from "../step-form";
import { wireField } from "../wire-field";

type In = StepFormValues["schedule"];

export function ScheduleStep(props: StepProps<In>) {
  const form = useForm<In, unknown, StepAnswers["schedule"]>({
    resolver: zodResolver(zScheduleStep),
    defaultValues: props.initial,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const flow = useStepFlow("schedule", form, props);
  const { control } = form;
  const timezone = useWatch({ control, name: "timezone" });
  const gridErrorId = `${useId()}-availability-error`;
  const gridId = "availability-grid";

  return (
    <FormProvider {...form}>
      <StepFormFrame flow={flow}>
        <TimezoneSelect label="Your timezone" />

        <Controller
          control={control}
          name="availability"
          render={({ field, fieldState }) => (
            <div className="space-y-2">
              {fieldState.error?.message ? (
                <ErrorMessage id={gridErrorId} focusId={gridId}>
                  {fieldState.error.message}
                </ErrorMessage>
              ) : null}
              <AvailabilityGrid
                id={gridId}
                value={field.value}
                onChange={(slots) => {
                  field.onChange(slots);
                  field.onBlur();
                }}
                timezone={timezone}
                invalid={Boolean(fieldState.error)}
                aria-describedby={fieldState.error ? gridErrorId : undefined}
              />
            </div>
          )}
        />

        <Controller
          control={control}
          name="channels"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend="How would you like to check in?"
              hint="Choose every way you'd be comfortable with. In person is only ever arranged between you and a partner."
              options={channels}
              {...wireField(field, fieldState)}
              columns={3}
            />
          )}
        />
      </StepFormFrame>
    </FormProvider>
  );
}
