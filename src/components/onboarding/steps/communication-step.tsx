"use client";

import { missedCheckInResponses, relationshipStyles, replyTimes, scales } from "@/shared/onboarding/questionnaire";
import type { StepFormValues } from "@/shared/onboarding/schemas";
import { RadioGroup, ScaleGroup } from "../fields";
import { StepFormFrame, useStepFlow, type Questions, type StepProps } from "../step-form";

type In = StepFormValues["communication"];

const questions: Questions<In> = { feedbackStyle: true, missedCheckInResponse: true, disclosurePace: true, replyTime: true, relationshipStyle: true };

export function CommunicationStep(props: StepProps<In>) {
  const flow = useStepFlow("communication", props, questions);
  const { values, set, errorOf } = flow;

  return (
    <StepFormFrame flow={flow}>
      <ScaleGroup
        legend="How do you like to hear feedback?"
        hint="From 1 (direct: say it plainly) to 5 (gentle: ease into it)."
        ends={scales.feedbackStyle}
        value={values.feedbackStyle}
        onChange={(n) => set("feedbackStyle", n)}
        error={errorOf("feedbackStyle")}
      />

      <RadioGroup
        legend="If a check-in doesn't happen, what should your partner do?"
        options={missedCheckInResponses}
        value={values.missedCheckInResponse}
        onChange={(choice) => set("missedCheckInResponse", choice)}
        error={errorOf("missedCheckInResponse")}
      />

      <ScaleGroup
        legend="How quickly do you open up?"
        hint="From 1 (slowly, over time) to 5 (openly, from the start)."
        ends={scales.disclosurePace}
        value={values.disclosurePace}
        onChange={(n) => set("disclosurePace", n)}
        error={errorOf("disclosurePace")}
      />

      <RadioGroup
        legend="When would you usually expect a reply to a message?"
        options={replyTimes}
        value={values.replyTime}
        onChange={(choice) => set("replyTime", choice)}
        error={errorOf("replyTime")}
      />

      <RadioGroup
        legend="What kind of partnership would you like?"
        options={relationshipStyles}
        value={values.relationshipStyle}
        onChange={(choice) => set("relationshipStyle", choice)}
        error={errorOf("relationshipStyle")}
      />
    </StepFormFrame>
  );
}
