"use client";

import { useState } from "react";
import { beliefStatements, maxValues, scales, values as valueOptions } from "@/shared/onboarding/questionnaire";
import type { StepFormValues } from "@/shared/onboarding/schemas";
import { sobrietyAnswersAgree, sobrietyFirstHint, sobrietyMismatchMessage } from "@/shared/onboarding/sobriety";
import { CheckboxGroup, RadioGroup, ScaleGroup } from "../fields";
import { StepFormFrame, useStepFlow, type Questions, type StepProps } from "../step-form";

type In = StepFormValues["values"];

const yesNo = [
  { value: true, label: "Yes" },
  { value: false, label: "No" },
] as const;

const questions: Questions<In> = { values: true, beliefs: true, needsSobrietyFriendlyPartner: true, sobrietyFriendly: true };

export function ValuesStep(props: StepProps<In>) {
  const flow = useStepFlow("values", props, questions);
  const { values, set, errorOf, clearError } = flow;
  // Whether "Are you sobriety-friendly?" was answered here (or a save tried): from then on, the
  // two sobriety answers are checked as they change, so ticking or unticking "Sobriety first"
  // says at once whether an earlier "No" still fits. Saved answers aren't questioned on arrival.
  const [sobrietyAsked, setSobrietyAsked] = useState(false);
  const chosen = values.values ?? [];
  const sobrietyFirst = chosen.includes("SOBRIETY_FIRST");
  const mismatch =
    (sobrietyAsked || flow.failedSubmits > 0) &&
    typeof values.sobrietyFriendly === "boolean" &&
    !sobrietyAnswersAgree({ values: chosen, sobrietyFriendly: values.sobrietyFriendly });
  const sobrietyError = errorOf("sobrietyFriendly") ?? (mismatch ? sobrietyMismatchMessage : undefined);

  return (
    <StepFormFrame flow={flow}>
      <CheckboxGroup
        legend={`Which values matter most to you? Choose up to ${maxValues}.`}
        hint="People you're suggested to see only the values you both chose."
        options={valueOptions}
        value={chosen}
        onChange={(next) => {
          set("values", next);
          // The server's "these don't agree" is now checked here, as the values change.
          if (errorOf("sobrietyFriendly") === sobrietyMismatchMessage) clearError("sobrietyFriendly");
        }}
        error={errorOf("values")}
        max={maxValues}
        limitNote={`You've chosen ${maxValues}, the most for now. To choose another, untick one first.`}
        columns={3}
      />

      <section aria-labelledby="beliefs-heading" className="space-y-6">
        <div>
          <h2 id="beliefs-heading" className="text-xl font-semibold">
            How much do you agree?
          </h2>
          <p className="mt-1 text-muted">From 1 (disagree) to 5 (agree). Go with your first feeling.</p>
        </div>
        {beliefStatements.map((statement) => (
          <ScaleGroup
            key={statement.id}
            legend={statement.text}
            ends={scales.belief}
            value={values.beliefs?.[statement.id]}
            onChange={(n) => set("beliefs", { ...values.beliefs, [statement.id]: n }, `beliefs.${statement.id}`)}
            error={errorOf(`beliefs.${statement.id}`)}
            size="sm"
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
        <RadioGroup
          legend="Do you need a sobriety-friendly partner?"
          hint="If you say yes, we'll only ever suggest people who are sobriety-friendly."
          options={yesNo}
          value={values.needsSobrietyFriendlyPartner}
          onChange={(answer) => set("needsSobrietyFriendlyPartner", answer)}
          error={errorOf("needsSobrietyFriendlyPartner")}
          layout="row"
        />
        <RadioGroup
          legend="Are you sobriety-friendly?"
          hint={sobrietyFirst && !sobrietyError ? sobrietyFirstHint : "This lets us suggest you to people in recovery who need it."}
          options={yesNo}
          value={values.sobrietyFriendly}
          onChange={(answer) => {
            set("sobrietyFriendly", answer);
            setSobrietyAsked(true);
          }}
          error={sobrietyError}
          layout="row"
        />
      </section>
    </StepFormFrame>
  );
}
