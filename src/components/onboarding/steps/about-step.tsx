"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { focusAreas } from "@/shared/onboarding/questionnaire";
import { zAboutStep, type StepAnswers, type StepFormValues } from "@/shared/onboarding/schemas";
import { CheckboxGroup, CountedTextarea } from "../fields";
import { GoalsField } from "../goals-field";
import { LanguagePicker } from "../language-picker";
import { StepFormFrame, useStepFlow, type StepProps } from "../step-form";
import { wireField } from "../wire-field";

type In = StepFormValues["about"];

export function AboutStep(props: StepProps<In>) {
  const form = useForm<In, unknown, StepAnswers["about"]>({
    resolver: zodResolver(zAboutStep),
    defaultValues: props.initial,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const flow = useStepFlow("about", form, props);
  const { register, control, formState } = form;
  const errors = formState.errors;

  return (
    <StepFormFrame flow={flow}>
      <TextField
        label="Display name"
        autoComplete="nickname"
        required
        hint="Other members see this name. A first name or a nickname is fine."
        error={errors.displayName?.message}
        {...register("displayName")}
      />

      <TextField
        label="Pronouns"
        optional
        autoComplete="off"
        hint="For example she/her, he/him or they/them."
        error={errors.pronouns?.message}
        {...register("pronouns")}
      />

      <Controller
        control={control}
        name="intro"
        render={({ field, fieldState }) => (
          <CountedTextarea
            label="A short intro"
            optional
            hint="A few lines about you and what brings you here. People you're suggested to will see it once you choose to be open to matching."
            max={500}
            {...wireField(field, fieldState)}
            value={field.value ?? ""}
          />
        )}
      />

      <Controller
        control={control}
        name="languages"
        render={({ field, fieldState }) => (
          <LanguagePicker {...wireField(field, fieldState)} />
        )}
      />

      <Controller
        control={control}
        name="focusAreas"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend="What would you like support with?"
            hint="Choose as many as fit. People you're suggested to will see these."
            options={focusAreas}
            {...wireField(field, fieldState)}
            columns={2}
          />
        )}
      />

      <Controller
        control={control}
        name="goals"
        render={({ field, fieldState }) => (
          <GoalsField
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error?.message ?? fieldState.error?.root?.message}
            itemErrors={Array.isArray(errors.goals) ? errors.goals.map((e) => e?.message) : []}
          />
        )}
      />
    </StepFormFrame>
  );
}
