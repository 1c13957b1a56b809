"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { missedCheckInResponses, relationshipStyles, replyTimes, scales } from "@/shared/onboarding/questionnaire";
import { zCommunicationStep, type StepAnswers, type StepFormValues } from "@/shared/onboarding/schemas";
import { RadioGroup, ScaleGroup } from "../fields";
import { StepFormFrame, useStepFlow, type StepProps } from "../step-form";
import { wireField } from "../wire-field";

type In = StepFormValues["communication"];

export function CommunicationStep(props: StepProps<In>) {
  const form = useForm<In, unknown, StepAnswers["communication"]>({
    resolver: zodResolver(zCommunicationStep),
    defaultValues: props.initial,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const flow = useStepFlow("communication", form, props);
  const { control } = form;

  return (
    <StepFormFrame flow={flow}>
      <Controller
        control={control}
        name="feedbackStyle"
        render={({ field, fieldState }) => (
          <ScaleGroup
            legend="How do you like to hear feedback?"
            hint="From 1 (direct: say it plainly) to 5 (gentle: ease into it)."
            ends={scales.feedbackStyle}
            {...wireField(field, fieldState)}
          />
        )}
      />

      <Controller
        control={control}
        name="missedCheckInResponse"
        render={({ field, fieldState }) => (
          <RadioGroup
            legend="If a check-in doesn't happen, what should your partner do?"
            options={missedCheckInResponses}
            {...wireField(field, fieldState)}
          />
        )}
      />

      <Controller
        control={control}
        name="disclosurePace"
        render={({ field, fieldState }) => (
          <ScaleGroup
            legend="How quickly do you open up?"
            hint="From 1 (slowly, over time) to 5 (openly, from the start)."
            ends={scales.disclosurePace}
            {...wireField(field, fieldState)}
          />
        )}
      />

      <Controller
        control={control}
        name="replyTime"
        render={({ field, fieldState }) => (
          <RadioGroup
            legend="When would you usually expect a reply to a message?"
            options={replyTimes}
            {...wireField(field, fieldState)}
          />
        )}
      />

      <Controller
        control={control}
        name="relationshipStyle"
        render={({ field, fieldState }) => (
          <RadioGroup
            legend="What kind of partnership would you like?"
            options={relationshipStyles}
            {...wireField(field, fieldState)}
          />
        )}
      />
    </StepFormFrame>
  );
}
