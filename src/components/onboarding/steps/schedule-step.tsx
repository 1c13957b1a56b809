"use client";

import { useId } from "react";
import { channels } from "@/shared/onboarding/questionnaire";
import type { StepFormValues } from "@/shared/onboarding/schemas";
import { AvailabilityGrid } from "../availability-grid";
import { CheckboxGroup, ErrorMessage } from "../fields";
import { StepFormFrame, useStepFlow, type Questions, type StepProps } from "../step-form";
import { TimezoneField } from "@/components/accounts/timezone-field";

type In = StepFormValues["schedule"];

const questions: Questions<In> = { timezone: true, availability: true, channels: true };

export function ScheduleStep(props: StepProps<In>) {
  const flow = useStepFlow("schedule", props, questions);
  const { values, set, errorOf } = flow;
  const gridErrorId = `${useId()}-availability-error`;
  const gridId = "availability-grid";
  const gridError = errorOf("availability");

  return (
    <StepFormFrame flow={flow}>
      <TimezoneField label="Your timezone" value={values.timezone ?? ""} onChange={(zone) => set("timezone", zone)} error={errorOf("timezone")} />

      <div className="space-y-2">
        {gridError ? (
          <ErrorMessage id={gridErrorId} focusId={gridId}>
            {gridError}
          </ErrorMessage>
        ) : null}
        <AvailabilityGrid
          id={gridId}
          value={values.availability ?? []}
          onChange={(slots) => set("availability", slots)}
          timezone={values.timezone ?? "UTC"}
          invalid={Boolean(gridError)}
          aria-describedby={gridError ? gridErrorId : undefined}
        />
      </div>

      <CheckboxGroup
        legend="How would you like to check in?"
        hint="Choose every way you'd be comfortable with. In person is only ever arranged between you and a partner."
        options={channels}
        value={values.channels ?? []}
        onChange={(chosen) => set("channels", chosen)}
        error={errorOf("channels")}
        columns={3}
      />
    </StepFormFrame>
  );
}
