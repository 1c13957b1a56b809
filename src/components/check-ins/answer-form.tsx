"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { errorMessage } from "@/components/forms/error-message";
import { namedFieldErrorsOf } from "@/components/forms/field-errors";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { checkInLimits } from "@/shared/check-ins/limits";
import { anySoundsLikeCrisis } from "@/shared/crisis/detect";
import { answerCheckIn } from "./actions";
import { readDraft, writeDraft, dropDraft } from "./session-draft";
import { ScaleField } from "./scale-field";
import { energyWords, moodWords } from "./scale-words";

export type AnswerValues = {
  answers: { text: string; private: boolean }[];
  mood: number | null;
  energy: number | null;
  moodPrivate: boolean;
  win: string;
  winPrivate: boolean;
  nextCommitment: string;
  nextCommitmentPrivate: boolean;
  commitmentsDone: number[];
};

type Props = {
  partnershipId: string;
  checkInId: string;
  /** Keys the draft to this member, so nobody else using the tab sees it. */
  memberKey: string;
  partnerName: string;
  questions: string[];
  commitments: string[];
  initial: AnswerValues;
  /** The crisis lines for where the member is, rendered on the server. */
  crisisNote: ReactNode;
};

/** The fields that show their own error message. */
const shownFields = /^(answers\.\d+\.text|mood|energy|win|nextCommitment)$/;

const draftKey = (memberKey: string, checkInId: string) => `tandem:check-in-draft:${memberKey}:${checkInId}`;

function isAnswerValues(value: unknown, questions: number): value is AnswerValues {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<AnswerValues>;
  return Array.isArray(v.answers) && v.answers.length === questions && typeof v.win === "string" && typeof v.nextCommitment === "string" && Array.isArray(v.commitmentsDone);
}

/** Any of the member's own words; once the lines are shown they stay for this visit. */
const soundsLikeCrisisIn = (values: AnswerValues) => anySoundsLikeCrisis([...values.answers.map((a) => a.text), values.win, values.nextCommitment]);

function PrivateToggle({ id, checked, onChange, partnerName }: { id: string; checked: boolean; onChange: (value: boolean) => void; partnerName: string }) {
  return (
    <label htmlFor={id} className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="size-4" />
      {checked ? "Only you will see this" : `Keep this to myself (otherwise ${partnerName} sees it)`}
    </label>
  );
}

/**
 * The member's own answers to one check-in. Every change is kept as a draft in this tab until it is
 * saved. Words that sound like the member may be in danger bring up the crisis lines at once,
 * before anything is saved; nobody else is told.
 */
export function AnswerForm({ partnershipId, checkInId, memberKey, partnerName, questions, commitments, initial, crisisNote }: Props) {
  const router = useRouter();
  const key = draftKey(memberKey, checkInId);
  const [{ values, restored, crisisSeen }, setState] = useState({ values: initial, restored: false, crisisSeen: false });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const save = useAction(answerCheckIn);

  // sessionStorage exists only after hydration, so a draft can't be the first render's state.
  useEffect(() => {
    const draft = readDraft(key);
    if (isAnswerValues(draft, questions.length) && JSON.stringify(draft) !== JSON.stringify(initial)) {
      // Reading sessionStorage can only happen after hydration, so this can't be initial state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ values: draft, restored: true, crisisSeen: soundsLikeCrisisIn(draft) });
    } else if (draft) {
      dropDraft(key);
    }
    // Only on first load: a later `initial` comes from our own save, which drops the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  function update(change: Partial<AnswerValues>) {
    const next = { ...values, ...change };
    setState({ values: next, restored, crisisSeen: crisisSeen || soundsLikeCrisisIn(next) });
    writeDraft(key, next);
    save.reset();
  }

  const setAnswer = (index: number, change: Partial<AnswerValues["answers"][number]>) =>
    update({ answers: values.answers.map((answer, i) => (i === index ? { ...answer, ...change } : answer)) });

  // The server checks the answers; a missing mood or energy goes as 0, which it answers with its own words.
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await save.mutateAsync({ partnershipId, checkInId, ...values, mood: values.mood ?? 0, energy: values.energy ?? 0 });
      setErrors({});
      dropDraft(key);
      router.refresh();
    } catch (error) {
      const found = namedFieldErrorsOf(error);
      setErrors(found);
      // Errors shown beside their fields replace the form's alert; any other keeps it.
      if (Object.keys(found).some((field) => shownFields.test(field))) {
        save.reset();
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[data-field-error], [aria-invalid='true']")?.focus());
      }
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="mt-6 space-y-6" aria-labelledby="your-answers-heading">
      <h3 id="your-answers-heading" className="text-xl font-semibold">
        Your answers
      </h3>
      {restored ? <Alert tone="info">We brought back what you wrote earlier in this tab. It isn&apos;t saved until you press Save.</Alert> : null}
      {questions.map((question, index) => (
        <div key={`q-${index}`} className="space-y-1">
          <Field label={question} error={errors[`answers.${index}.text`]} optional>
            {(control) => (
              <Textarea {...control} rows={3} maxLength={checkInLimits.answer} value={values.answers[index]?.text ?? ""} onChange={(e) => setAnswer(index, { text: e.target.value })} />
            )}
          </Field>
          <PrivateToggle id={`answer-${index}-private`} checked={values.answers[index]?.private ?? false} onChange={(value) => setAnswer(index, { private: value })} partnerName={partnerName} />
        </div>
      ))}
      <div className="space-y-4">
        <ScaleField name="mood" legend="How has your mood been?" words={moodWords} value={values.mood} onChange={(mood) => update({ mood })} error={errors.mood} />
        <ScaleField name="energy" legend="And your energy?" words={energyWords} value={values.energy} onChange={(energy) => update({ energy })} error={errors.energy} />
        <PrivateToggle id="mood-private" checked={values.moodPrivate} onChange={(moodPrivate) => update({ moodPrivate })} partnerName={partnerName} />
      </div>
      {commitments.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">Your commitments you kept this time</legend>
          <p className="text-sm text-muted">Tick any you did. {partnerName} sees the ones you tick. Leaving some unticked is fine.</p>
          {commitments.map((commitment, index) => (
            <label key={`c-${index}`} htmlFor={`commitment-${index}`} className="flex min-h-11 cursor-pointer items-center gap-2">
              <input
                id={`commitment-${index}`}
                type="checkbox"
                className="size-4"
                checked={values.commitmentsDone.includes(index)}
                onChange={(e) => update({ commitmentsDone: e.target.checked ? [...values.commitmentsDone, index] : values.commitmentsDone.filter((i) => i !== index) })}
              />
              <span className="break-words">{commitment}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="space-y-1">
        <Field label="A win, big or small" error={errors.win} optional>
          {(control) => <Textarea {...control} rows={2} maxLength={checkInLimits.win} value={values.win} onChange={(e) => update({ win: e.target.value })} />}
        </Field>
        <PrivateToggle id="win-private" checked={values.winPrivate} onChange={(winPrivate) => update({ winPrivate })} partnerName={partnerName} />
      </div>
      <div className="space-y-1">
        <Field label="Your next commitment" hint="One thing you'll do before the next check-in." error={errors.nextCommitment} optional>
          {(control) => <Textarea {...control} rows={2} maxLength={checkInLimits.nextCommitment} value={values.nextCommitment} onChange={(e) => update({ nextCommitment: e.target.value })} />}
        </Field>
        <PrivateToggle id="next-private" checked={values.nextCommitmentPrivate} onChange={(nextCommitmentPrivate) => update({ nextCommitmentPrivate })} partnerName={partnerName} />
      </div>
      {crisisSeen ? (
        <Alert tone="danger" title="You don't have to carry this alone" data-testid="crisis-lines">
          <p>{crisisNote}</p>
          <p className="mt-2">Only you see this message. We don&apos;t tell {partnerName} or anyone else.</p>
        </Alert>
      ) : null}
      {save.isError ? (
        <Alert tone="attention" role="alert">
          {errorMessage(save.error, "We couldn't reach Tandem. What you wrote is kept in this tab: try again when you're back online.")}
        </Alert>
      ) : null}
      {save.isSuccess ? (
        <Alert tone="success">Saved. {partnerName} can see what you shared; anything you kept to yourself stays with you.</Alert>
      ) : null}
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save my answers"}
      </Button>
    </form>
  );
}
