"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { beliefStatements, maxValues, scales, values } from "@/shared/onboarding/questionnaire";
import { zValuesStep, type StepAnswers, type StepFormValues } from "@/shared/onboarding/schemas";
import { sobrietyFirstHint } from "@/shared/onboarding/sobriety";
import { CheckboxGroup, RadioGroup, ScaleGroup } from "../fields";
import { StepFormFrame, useStepFlow, type StepProps } from "../step-form";
import { wireField } from "../wire-field";

type In = StepFormValues["values"];

const yesNo = [
  { value: true, label: "Yes" },
  { value: false, label: "No" },
] as const;

export function ValuesStep(props: StepProps<In>) {
  const form = useForm<In, unknown, StepAnswers["values"]>({
    resolver: zodResolver(zValuesStep),
    defaultValues: props.initial,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const flow = useStepFlow("values", form, props);
  const { control, getFieldState, trigger } = form;
  const sobrietyFirst = (useWatch({ control, name: "values" }) ?? []).includes("SOBRIETY_FIRST");
  // Ticking or unticking "Sobriety first" can make an earlier "No" right or wrong: say so at once.
  useEffect(() => {
    if (getFieldState("sobrietyFriendly").isTouched || getFieldState("sobrietyFriendly").error) void trigger("sobrietyFriendly");
  }, [sobrietyFirst, getFieldState, trigger]);

  return (
    <StepFormFrame flow={flow}>
      <Controller
        control={control}
        name="values"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={`Which values matter most to you? Choose up to ${maxValues}.`}
            hint="People you're suggested to see only the values you both chose."
            options={values}
            {...wireField(field, fieldState)}
            max={maxValues}
            limitNote={`You've chosen ${maxValues}, the most for now. To choose another, untick one first.`}
            columns={3}
          />
        )}
      />

      <section aria-labelledby="beliefs-heading" className="space-y-6">
        <div>
          <h2 id="beliefs-heading" className="text-xl font-semibold">
            How much do you agree?
          </h2>
          <p className="mt-1 text-muted">From 1 (disagree) to 5 (agree). Go with your first feeling.</p>
        </div>
        {beliefStatements.map((statement) => (
          <Controller
            key={statement.id}
            control={control}
            name={`beliefs.${statement.id}`}
            render={({ field, fieldState }) => (
              <ScaleGroup
                legend={statement.text}
                ends={scales.belief}
                {...wireField(field, fieldState)}
                size="sm"
              />
            )}
          />
        ))}
      </section>

      <section aria-labelledby="sobriety-heading" className="space-y-6">
        <div>
          <h2 id="sobriety-heading" className="text-xl font-semibold">
            Sobriety
          </h2>
          <p className="mt-1 text-muted">
            Sobriety-friendly means you&apos;re happy to keep alcohol and drugs out of your check-ins and anything you do together.
          </p>
        </div>
        <Controller
          control={control}
          name="needsSobrietyFriendlyPartner"
          render={({ field, fieldState }) => (
            <RadioGroup
              legend="Do you need a sobriety-friendly partner?"
              hint="If you say yes, we'll only ever suggest people who are sobriety-friendly."
              options={yesNo}
              {...wireField(field, fieldState)}
              layout="row"
            />
          )}
        />
        <Controller
          control={control}
          name="sobrietyFriendly"
          render={({ field, fieldState }) => (
            <RadioGroup
              legend="Are you sobriety-friendly?"
              hint={sobrietyFirst && !fieldState.error ? sobrietyFirstHint : "This lets us suggest you to people in recovery who need it."}
              options={yesNo}
              {...wireField(field, fieldState)}
              layout="row"
            />
          )}
        />
      </section>
    </StepFormFrame>
  );
}
