"use client";

import { TextField } from "@/components/ui/field";
import { focusAreas } from "@/shared/onboarding/questionnaire";
import type { StepFormValues } from "@/shared/onboarding/schemas";
import { CheckboxGroup, CountedTextarea } from "../fields";
import { GoalsField } from "../goals-field";
import { LanguagePicker } from "../language-picker";
import { StepFormFrame, useStepFlow, type Questions, type StepProps } from "../step-form";

type In = StepFormValues["about"];

const questions: Questions<In> = { displayName: true, pronouns: true, intro: true, languages: true, focusAreas: true, goals: true };

export function AboutStep(props: StepProps<In>) {
  const flow = useStepFlow("about", props, questions);
  const { values, set, errorOf } = flow;

  return (
    <StepFormFrame flow={flow}>
      <TextField
        label="Display name"
        autoComplete="nickname"
        required
        hint="Other members see this name. A first name or a nickname is fine."
        error={errorOf("displayName")}
        name="displayName"
        value={values.displayName ?? ""}
        onChange={(event) => set("displayName", event.target.value)}
      />

      <TextField
        label="Pronouns"
        optional
        autoComplete="off"
        hint="For example she/her, he/him or they/them."
        error={errorOf("pronouns")}
        name="pronouns"
        value={values.pronouns ?? ""}
        onChange={(event) => set("pronouns", event.target.value)}
      />

      <CountedTextarea
        label="A short intro"
        optional
        hint="A few lines about you and what brings you here. People you're suggested to will see it once you choose to be open to matching."
        max={500}
        value={values.intro ?? ""}
        onChange={(intro) => set("intro", intro)}
        error={errorOf("intro")}
      />

      <LanguagePicker value={values.languages ?? []} onChange={(languages) => set("languages", languages)} error={errorOf("languages")} />

      <CheckboxGroup
        legend="What would you like support with?"
        hint="Choose as many as fit. People you're suggested to will see these."
        options={focusAreas}
        value={values.focusAreas ?? []}
        onChange={(areas) => set("focusAreas", areas)}
        error={errorOf("focusAreas")}
        columns={2}
      />

      <GoalsField
        value={values.goals ?? []}
        onChange={(goals) => set("goals", goals)}
        error={errorOf("goals")}
        itemErrors={(values.goals ?? []).map((_, i) => errorOf(`goals.${i}`))}
      />
    </StepFormFrame>
  );
}
