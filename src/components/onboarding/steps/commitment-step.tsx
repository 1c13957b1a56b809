"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { checkInFrequencies, intendedLengths, scales } from "@/shared/onboarding/questionnaire";
import { zCommitmentStep, type StepAnswers, type StepFormValues } from "@/shared/onboarding/schemas";
import { RadioGroup, ScaleGroup } from "../fields";
import { StepFormFrame, useStepFlow, type StepProps } from "../step-form";
import { wireField } from "../wire-field";

type In = StepFormValues["commitment"];

export function CommitmentStep(props: StepProps<In>) {
  const form = useForm<In, unknown, StepAnswers["commitment"]>({
    resolver: zodResolver(zCommitmentStep),
    defaultValues: props.initial,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const flow = useStepFlow("commitment", form, props);
  const { register, control, formState } = form;

  return (
    <StepFormFrame flow={flow}>
      <Controller
        control={control}
        name="seriousness"
        render={({ field, fieldState }) => (
          <ScaleGroup
            legend="How committed do you feel to finding a partner right now?"
            hint="Both ends are welcome. Someone exploring can be a great fit for someone else who is."
            ends={scales.seriousness}
            {...wireField(field, fieldState)}
          />
        )}
      />

      <TextField
        label="Hours a week you could give this"
        type="number"
        inputMode="numeric"
        min={1}
        max={40}
        step={1}
        className="max-w-32"
        hint="Including check-ins and the things you'll work on between them. From 1 to 40."
        error={formState.errors.hoursPerWeek?.message}
        {...register("hoursPerWeek", { valueAsNumber: true })}
      />

      <Controller
        control={control}
        name="checkInFrequency"
        render={({ field, fieldState }) => (
          <RadioGroup
            legend="How often would you like to check in?"
            options={checkInFrequencies}
            {...wireField(field, fieldState)}
          />
        )}
      />

      <Controller
        control={control}
        name="intendedLength"
        render={({ field, fieldState }) => (
          <RadioGroup
            legend="How long would you like a partnership to last?"
            hint="You can always renew, pause or end it kindly."
            options={intendedLengths}
            {...wireField(field, fieldState)}
          />
        )}
      />

      <Controller
        control={control}
        name="reliability"
        render={({ field, fieldState }) => (
          <ScaleGroup
            legend="How reliably do you usually follow through on plans?"
            hint="An honest guess helps us pair you with someone who fits. It's used for matching and isn't shown on your profile."
            ends={scales.reliability}
            {...wireField(field, fieldState)}
          />
        )}
      />
    </StepFormFrame>
  );
}
