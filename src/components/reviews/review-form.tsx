"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ScaleField } from "@/components/check-ins/scale-field";
import { errorMessage } from "@/components/forms/error-message";
import { namedFieldErrorsOf } from "@/components/forms/field-errors";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { preferenceWords, reviewPreferences, type ReviewPreference } from "@/shared/reviews/next-step";
import { ratingKeys, reviewLimits, type RatingKey } from "@/shared/reviews/limits";
import { submitReview } from "./actions";
import { ratingWords } from "./review-words";

type Values = Record<RatingKey, number | null> & { working: string; change: string; preference: ReviewPreference | null };

/** The fields that show their own error message. */
const shownFields: readonly string[] = [...ratingKeys, "working", "change", "preference"];

const empty: Values = { commitment: null, scheduleFit: null, values: null, communication: null, working: "", change: "", preference: null };

/** The private review form: four ratings with words, two short answers and a preferred next step. */
export function ReviewForm({ reviewId, partnerName }: { reviewId: string; partnerName: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useAction(submitReview);

  const update = (change: Partial<Values>) => {
    setValues((v) => ({ ...v, ...change }));
    submit.reset();
  };

  // The server checks the answers: an unanswered rating goes as 0 and no preference as "", which it answers with its own words.
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      await submit.mutateAsync({
        reviewId,
        ...values,
        commitment: values.commitment ?? 0,
        scheduleFit: values.scheduleFit ?? 0,
        values: values.values ?? 0,
        communication: values.communication ?? 0,
        preference: values.preference ?? ("" as ReviewPreference),
      });
      setErrors({});
      router.refresh();
    } catch (error) {
      const found = namedFieldErrorsOf(error);
      setErrors(found);
      // Errors shown beside their fields replace the form's alert; any other keeps it.
      if (Object.keys(found).some((field) => shownFields.includes(field))) {
        submit.reset();
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[data-field-error], [aria-invalid='true']")?.focus());
      }
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-8 space-y-8" aria-labelledby="review-form-heading">
      <div>
        <h2 id="review-form-heading" className="text-xl font-semibold">
          Your answers
        </h2>
        <p className="mt-1 text-muted">Only you see this until you&apos;ve both answered. Then you and {partnerName} see both answers side by side.</p>
      </div>
      {ratingKeys.map((key) => (
        <ScaleField key={key} name={key} legend={ratingWords[key].legend} words={ratingWords[key].words} value={values[key]} onChange={(value) => update({ [key]: value })} error={errors[key]} />
      ))}
      <Field label="What's working well?" hint="A sentence or two is plenty." error={errors.working} optional>
        {(control) => <Textarea {...control} rows={3} maxLength={reviewLimits.working} value={values.working} onChange={(e) => update({ working: e.target.value })} />}
      </Field>
      <Field label="What would you like to change?" hint="If you choose to change your agreement, this is added to the draft for you both to shape." error={errors.change} optional>
        {(control) => <Textarea {...control} rows={3} maxLength={reviewLimits.change} value={values.change} onChange={(e) => update({ change: e.target.value })} />}
      </Field>
      <fieldset className="space-y-2" aria-invalid={errors.preference ? true : undefined} aria-describedby={errors.preference ? "preference-error" : undefined}>
        <legend className="font-medium">What would you like to do next?</legend>
        {errors.preference ? (
          <p id="preference-error" className="text-sm font-medium text-danger" data-field-error>
            {errors.preference}
          </p>
        ) : null}
        {reviewPreferences.map((preference) => (
          <label
            key={preference}
            htmlFor={`preference-${preference}`}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-xl border border-line-strong px-3 py-2 has-[:checked]:border-primary has-[:checked]:bg-surface-2 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus"
          >
            <input id={`preference-${preference}`} type="radio" name="preference" value={preference} checked={values.preference === preference} onChange={() => update({ preference })} className="mt-1 size-4" />
            <span>
              <span className="font-medium">{preferenceWords[preference].label}</span>
              <span className="block text-sm text-muted">{preferenceWords[preference].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {submit.error ? (
        <Alert tone="attention" role="alert">
          {errorMessage(submit.error)}
        </Alert>
      ) : null}
      <div className="space-y-2">
        <Button type="submit" size="lg" fullWidth disabled={submit.isPending}>
          {submit.isPending ? "Sending…" : "Send my answers"}
        </Button>
        <p className="text-sm text-muted">You can send your answers once. {partnerName} won&apos;t see them until they&apos;ve answered too.</p>
      </div>
    </form>
  );
}
