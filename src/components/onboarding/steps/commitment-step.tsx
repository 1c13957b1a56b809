"use client";

import { useMemo } from "react";
import { TextField } from "@/components/ui/field";
import { checkInFrequencies, intendedLengths, scales } from "@/shared/onboarding/questionnaire";
import type { StepFormValues } from "@/shared/onboarding/schemas";
import { RadioGroup, ScaleGroup } from "../fields";
import { StepFormFrame, useStepFlow, type Questions, type StepProps } from "../step-form";

type Saved = StepFormValues["commitment"];
/** The hours as typed, so a half-typed number is never rewritten under the member's cursor. */
type In = Omit<Saved, "hoursPerWeek"> & { hoursPerWeek: string };

/** Typed hours become a number for the server to check; nothing typed is no answer (NaN when not a number). */
function toAnswers(values: In): Omit<Saved, "hoursPerWeek"> & { hoursPerWeek: number | undefined } {
  const typed = String(values.hoursPerWeek ?? "").trim();
  return { ...values, hoursPerWeek: typed === "" ? undefined : Number(typed) };
}

const questions: Questions<In> = { seriousness: true, hoursPerWeek: true, checkInFrequency: true, intendedLength: true, reliability: true };

export function CommitmentStep({ initial, ...props }: StepProps<Saved>) {
  const asTyped = useMemo<In>(() => ({ ...initial, hoursPerWeek: initial.hoursPerWeek === undefined ? "" : String(initial.hoursPerWeek) }), [initial]);
  const flow = useStepFlow("commitment", { ...props, initial: asTyped }, questions, toAnswers);
  const { values, set, errorOf } = flow;

  return (
    <StepFormFrame flow={flow}>
      <ScaleGroup
        legend="How committed do you feel to finding a partner right now?"
        hint="Both ends are welcome. Someone exploring can be a great fit for someone else who is."
        ends={scales.seriousness}
        value={values.seriousness}
        onChange={(n) => set("seriousness", n)}
        error={errorOf("seriousness")}
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
        error={errorOf("hoursPerWeek")}
        name="hoursPerWeek"
        value={values.hoursPerWeek ?? ""}
        onChange={(event) => set("hoursPerWeek", event.target.value)}
      />

      <RadioGroup
        legend="How often would you like to check in?"
        options={checkInFrequencies}
        value={values.checkInFrequency}
        onChange={(choice) => set("checkInFrequency", choice)}
        error={errorOf("checkInFrequency")}
      />

      <RadioGroup
        legend="How long would you like a partnership to last?"
        hint="You can always renew, pause or end it kindly."
        options={intendedLengths}
        value={values.intendedLength}
        onChange={(choice) => set("intendedLength", choice)}
        error={errorOf("intendedLength")}
      />

      <ScaleGroup
        legend="How reliably do you usually follow through on plans?"
        hint="An honest guess helps us pair you with someone who fits. It's used for matching and isn't shown on your profile."
        ends={scales.reliability}
        value={values.reliability}
        onChange={(n) => set("reliability", n)}
        error={errorOf("reliability")}
      />
    </StepFormFrame>
  );
}
