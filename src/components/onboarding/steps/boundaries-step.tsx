"use client";

import { Info } from "lucide-react";
import { FieldHint } from "@/components/ui/field";
import type { StepFormValues } from "@/shared/onboarding/schemas";
import { choiceInputClass, CountedTextarea } from "../fields";
import { StepFormFrame, useStepFlow, type Questions, type StepProps } from "../step-form";

type In = StepFormValues["boundaries"];

const whoSees = "Only shared with a partner once you both agree to work together. It's never shown in suggestions.";

const questions: Questions<In> = { offLimitTopics: true, partnerPreferences: true, mustShareLanguage: true };

export function BoundariesStep(props: StepProps<In>) {
  const flow = useStepFlow("boundaries", props, questions);
  const { values, set, errorOf } = flow;

  return (
    <StepFormFrame flow={flow}>
      <CountedTextarea
        label="Topics that are off-limits for you"
        optional
        hint={`Anything you'd rather not talk about. ${whoSees}`}
        max={500}
        value={values.offLimitTopics ?? ""}
        onChange={(text) => set("offLimitTopics", text)}
        error={errorOf("offLimitTopics")}
      />

      <CountedTextarea
        label="Anything you'd like in a partner"
        optional
        hint={`For example: someone who has been through a similar change. ${whoSees}`}
        max={500}
        value={values.partnerPreferences ?? ""}
        onChange={(text) => set("partnerPreferences", text)}
        error={errorOf("partnerPreferences")}
      />

      <fieldset className="space-y-3">
        <legend className="font-semibold text-fg">Dealbreakers</legend>
        <div className="flex items-start gap-3">
          <input
            id="must-share-language"
            type="checkbox"
            name="mustShareLanguage"
            aria-describedby="must-share-language-hint"
            className={`${choiceInputClass} mt-0.5 size-6`}
            checked={values.mustShareLanguage ?? false}
            onChange={(event) => set("mustShareLanguage", event.target.checked)}
          />
          <div>
            <label htmlFor="must-share-language" className="cursor-pointer font-medium">
              Must share a language
            </label>
            <FieldHint id="must-share-language-hint">
              We&apos;ll only suggest people who speak at least one of your languages. Without this, we may also suggest people who
              speak other languages.
            </FieldHint>
          </div>
        </div>
        <p className="flex gap-2 rounded-xl bg-surface-2 p-4 text-sm">
          <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary-text" />
          <span>
            If you said in Values that you need a sobriety-friendly partner, that is always respected: we only suggest people who are
            sobriety-friendly.
          </span>
        </p>
      </fieldset>
    </StepFormFrame>
  );
}
