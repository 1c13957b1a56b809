"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowLeft, ArrowRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { stepNumber, steps, type AnswerStepId } from "@/shared/onboarding/questionnaire";
import type { SaveStepInput } from "@/shared/onboarding/schemas";
import { errorData, errorMessage } from "@/components/forms/error-message";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useTRPC } from "@/trpc/client";

/** What every step's page hands its form. */
export type StepProps<T> = {
  /** Keys this member's unsaved drafts in sessionStorage, so nobody else using the tab sees them. */
  memberKey: string;
  /** Saved answers, or empty ones the first time. */
  initial: T;
  /** Every step is saved (or the questionnaire is finished): edit one step, then back to the review. */
  finished: boolean;
};

const draftKey = (memberKey: string, step: AnswerStepId) => `tandem:onboarding-draft:${memberKey}:${step}`;

function readDraft(key: string): unknown {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function writeDraft(key: string, values: unknown) {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(values));
  } catch {
    // Private browsing or a full store: drafts are a convenience, never required.
  }
}

function dropDraft(key: string) {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // As above.
  }
}

/** JSON with object keys sorted, so two equal answer sets compare equal however they were built. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/**
 * Moves focus to the first error on the page, in reading order: a control marked aria-invalid
 * (the Field primitives), or the control named by an error message's `data-focus`.
 */
export function focusFirstError(root: ParentNode | null): boolean {
  const first = root?.querySelector<HTMLElement>("[data-field-error], [aria-invalid='true']");
  const target = first?.dataset.focus ? document.getElementById(first.dataset.focus) : first;
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: "center" });
  return true;
}

export type StepFlow = ReturnType<typeof useStepFlow>;

/**
 * Saving, drafts and moving on for one questionnaire step:
 * - every change is kept as a draft in this tab (sessionStorage) until the step is saved, so
 *   "Back" and coming back later keep what was typed;
 * - "Next" validates with the step's schema, saves on the server, then opens the next step
 *   (or, once every step is saved, back to the review page);
 * - a failed save or check moves focus to the first error.
 */
export function useStepFlow<TIn extends FieldValues, TOut extends FieldValues>(
  step: AnswerStepId,
  form: UseFormReturn<TIn, unknown, TOut>,
  { memberKey, initial, finished }: StepProps<TIn>,
) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.onboarding.saveStep.mutationOptions());
  const [navigating, startNavigation] = useTransition();
  const [formError, setFormError] = useState<FormError | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [restored, setRestored] = useState(false);
  const focusErrorPending = useRef(false);
  const key = draftKey(memberKey, step);
  const formId = `onboarding-${step}`;
  const n = stepNumber(step);
  const next = finished ? "review" : (steps[n]?.id ?? "review");
  const previous = n > 1 ? steps[n - 2]!.id : null;

  // Bring back an unsaved draft from earlier in this tab, then keep the draft up to date.
  useEffect(() => {
    const draft = readDraft(key);
    if (draft && typeof draft === "object" && stableJson(draft) !== stableJson(initial)) {
      form.reset(draft as TIn, { keepDefaultValues: true });
      // Reading sessionStorage can only happen after hydration, so this can't be initial state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
    } else if (draft) {
      dropDraft(key);
    }
    // Only the member's own edits make a draft (a `type`), not values set by code such as the
    // saved timezone, so a later change made elsewhere is never overwritten by a stale copy.
    const subscription = form.watch((values, { type }) => {
      if (type) writeDraft(key, values);
    });
    return () => subscription.unsubscribe();
  }, [form, initial, key]);

  // After a failed submit has drawn its errors, move focus to the first one.
  useEffect(() => {
    if (focusErrorPending.current && focusFirstError(document.getElementById(formId))) focusErrorPending.current = false;
  });

  function discardDraft() {
    dropDraft(key);
    form.reset(initial);
    setRestored(false);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.handleSubmit(
      async (answers) => {
        setFormError(null);
        try {
          await save.mutateAsync({ step, answers } as unknown as SaveStepInput);
        } catch (error) {
          setFormError(placeErrors(error, form));
          setFailedSubmits((n) => n + 1);
          focusErrorPending.current = true;
          return;
        }
        dropDraft(key);
        startNavigation(() => router.push(`/onboarding/${next}`));
      },
      () => {
        setFormError(null);
        setFailedSubmits((n) => n + 1);
        focusErrorPending.current = true;
      },
    )(event);

  return {
    formId,
    onSubmit,
    formError,
    failedSubmits,
    restored,
    discardDraft,
    // Not `isSubmitting`: that is true while the answers are checked here too, and a step that
    // fails those checks never said it was saving.
    pending: save.isPending || navigating,
    finished,
    backHref: finished ? "/onboarding/review" : previous ? `/onboarding/${previous}` : null,
    backLabel: finished ? "Back to review" : "Back",
  };
}

type FormError = { message: string; earlierStepFirst: boolean };

/** Server field errors that name one of this form's fields go next to it; the rest become one message. */
function placeErrors<T extends FieldValues>(error: unknown, form: UseFormReturn<T, unknown, FieldValues>): FormError {
  const data = errorData(error);
  if (!data) {
    return { message: errorMessage(error, "We couldn't reach Tandem. Your answers are still here. Check your connection and try again."), earlierStepFirst: false };
  }
  const known = new Set(Object.keys(form.getValues()));
  for (const [path, messages] of Object.entries(data.fieldErrors ?? {})) {
    // saveStep's input is { step, answers }: "answers.displayName" belongs to the field "displayName".
    const field = path.replace(/^answers\./, "");
    if (known.has(field.split(".")[0] ?? "") && messages?.[0]) form.setError(field as Path<T>, { type: "server", message: messages[0] });
  }
  return { message: errorMessage(error), earlierStepFirst: data.appCode === "PRECONDITION" };
}

/** The step's `<form>`: the fields, any restored-draft note or error, then Back and Next. */
export function StepFormFrame({ flow, children, submitLabel }: { flow: StepFlow; children: ReactNode; submitLabel?: string }) {
  const label = submitLabel ?? (flow.finished ? "Save changes" : "Next");
  // Marks the form as ready for input: what is typed before React hydrates it is reset to the saved answers.
  const hydrated = useHydrated();
  return (
    <form
      id={flow.formId}
      data-hydrated={hydrated || undefined}
      onSubmit={(event) => {
        // Stay focusable while saving (a disabled button would drop focus); just ignore repeats.
        if (flow.pending) event.preventDefault();
        else void flow.onSubmit(event);
      }}
      noValidate
      className="mt-8 space-y-8"
    >
      <ErrorSummary formId={flow.formId} attempt={flow.failedSubmits} />
      {flow.restored ? (
        <Alert tone="info" role="status" className="items-start">
          <p>We kept the changes you hadn&apos;t saved yet.</p>
          <Button variant="quiet" size="sm" className="-ml-3 px-3" onClick={flow.discardDraft}>
            Use my saved answers instead
          </Button>
        </Alert>
      ) : null}

      {children}

      <div aria-live="assertive">
        {flow.formError ? (
          <Alert tone="attention" role="alert">
            <p>{flow.formError.message}</p>
            {flow.formError.earlierStepFirst ? (
              <p>
                <Link href="/onboarding">Go to the step that&apos;s next</Link>
              </p>
            ) : null}
          </Alert>
        ) : null}
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-6">
        {flow.backHref ? (
          <ButtonLink href={flow.backHref} variant="secondary" className="max-sm:flex-1">
            <ArrowLeft aria-hidden="true" />
            {flow.backLabel}
          </ButtonLink>
        ) : (
          <span />
        )}
        <Button type="submit" size="lg" aria-disabled={flow.pending || undefined} className="max-sm:flex-1">
          {flow.pending ? "Saving…" : label}
          {flow.pending ? null : <ArrowRight aria-hidden="true" />}
        </Button>
      </div>
      <p className="text-sm text-muted">
        {flow.finished
          ? "This saves this step only. Your other answers stay as they are."
          : "Your answers are saved when you press Next. You can stop at any time and pick up here later."}
      </p>
    </form>
  );
}
