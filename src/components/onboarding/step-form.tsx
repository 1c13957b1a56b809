"use client";

import { ArrowLeft, ArrowRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { stepNumber, steps, type AnswerStepId } from "@/shared/onboarding/questionnaire";
import type { SaveStepRequest } from "@/shared/onboarding/schemas";
import { errorData, errorMessage } from "@/components/forms/error-message";
import { ErrorSummary } from "@/components/forms/error-summary";
import { focusFirstError } from "@/components/forms/field-errors";
import { useAction } from "@/components/forms/use-action";
import { saveStep } from "./actions";

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


export type StepFlow = ReturnType<typeof useStepFlow>;

/** Every answer a step's form holds, each named once (the type insists none is left out). */
export type Questions<T> = { readonly [K in keyof Required<T>]: true };

/** Where a save's field errors go: "answers.goals.1" belongs to the form's "goals.1". */
export type FieldErrors = Record<string, string>;

/**
 * Saving, drafts and moving on for one questionnaire step, holding the step's answers:
 * - every change the member makes is kept as a draft in this tab (sessionStorage) until the step
 *   is saved, so "Back" and coming back later keep what was typed;
 * - "Next" saves on the server, which checks every answer, then opens the next step (or, once
 *   every step is saved, back to the review page);
 * - a failed save puts each message beside its question and moves focus to the first one; a
 *   question's message goes as soon as the member changes that answer.
 * `questions` names every answer the step's form shows (so the server's messages find their place);
 * `toAnswers` turns what the fields hold into what is sent (e.g. a number typed as text).
 */
export function useStepFlow<T extends object>(
  step: AnswerStepId,
  { memberKey, initial, finished }: StepProps<T>,
  questions: Questions<T>,
  toAnswers: (values: T) => unknown = (values) => values,
) {
  const router = useRouter();
  const save = useAction(saveStep);
  const [navigating, startNavigation] = useTransition();
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [restored, setRestored] = useState(false);
  const focusErrorPending = useRef(false);
  const key = draftKey(memberKey, step);
  const formId = `onboarding-${step}`;
  const n = stepNumber(step);
  const next = finished ? "review" : (steps[n]?.id ?? "review");
  const previous = n > 1 ? steps[n - 2]!.id : null;

  // Bring back an unsaved draft from earlier in this tab.
  useEffect(() => {
    const draft = readDraft(key);
    if (draft && typeof draft === "object" && stableJson(draft) !== stableJson(initial)) {
      // Reading sessionStorage can only happen after hydration, so this can't be initial state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setValues({ ...initial, ...(draft as Partial<T>) });
      setRestored(true);
    } else if (draft) {
      dropDraft(key);
    }
  }, [initial, key]);

  // After a failed submit has drawn its errors, move focus to the first one.
  useEffect(() => {
    if (focusErrorPending.current && focusFirstError(document.getElementById(formId))) focusErrorPending.current = false;
  });

  /** Drops the messages for `path` and anything under it ("beliefs" covers "beliefs.x"). */
  const clearError = useCallback((path: string) => {
    setErrors((before) => {
      const kept = Object.entries(before).filter(([name]) => name !== path && !name.startsWith(`${path}.`));
      return kept.length === Object.keys(before).length ? before : Object.fromEntries(kept);
    });
  }, []);

  /**
   * The member changed an answer: keep it, keep the draft, and drop that answer's message
   * (`changed` names the one question within it, e.g. "beliefs.small-steps"). Only the member's
   * own edits make a draft, never values set by code, so a later change made elsewhere (such as
   * the saved timezone) is never overwritten by a stale copy.
   */
  const set = useCallback(
    <K extends keyof T & string>(name: K, value: T[K], changed: string = name) => {
      setValues((before) => {
        const after = { ...before, [name]: value };
        writeDraft(key, after);
        return after;
      });
      clearError(changed);
    },
    [key, clearError],
  );

  function discardDraft() {
    dropDraft(key);
    setValues(initial);
    setErrors({});
    setRestored(false);
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    try {
      await save.mutateAsync({ step, answers: toAnswers(values) } as SaveStepRequest);
    } catch (error) {
      const placed = placeErrors(error, Object.keys(questions));
      setErrors(placed.fieldErrors);
      setFormError(placed.formError);
      setFailedSubmits((count) => count + 1);
      focusErrorPending.current = true;
      return;
    }
    setErrors({});
    dropDraft(key);
    startNavigation(() => router.push(`/onboarding/${next}`));
  };

  return {
    formId,
    values,
    set,
    errors,
    clearError,
    errorOf: (path: string): string | undefined => errors[path],
    onSubmit,
    formError,
    failedSubmits,
    restored,
    discardDraft,
    pending: save.isPending || navigating,
    finished,
    backHref: finished ? "/onboarding/review" : previous ? `/onboarding/${previous}` : null,
    backLabel: finished ? "Back to review" : "Back",
  };
}

type FormError = { message: string; earlierStepFirst: boolean };

/**
 * Server field errors that name one of this form's fields go next to it; anything else (another
 * step first, a lost connection, an error with no place on the form) becomes one message.
 */
function placeErrors(error: unknown, fields: string[]): { fieldErrors: FieldErrors; formError: FormError | null } {
  const data = errorData(error);
  if (!data) {
    return {
      fieldErrors: {},
      formError: { message: errorMessage(error, "We couldn't reach Tandem. Your answers are still here. Check your connection and try again."), earlierStepFirst: false },
    };
  }
  const known = new Set(fields);
  const fieldErrors: FieldErrors = {};
  for (const [path, messages] of Object.entries(data.fieldErrors ?? {})) {
    // saveStep's input is { step, answers }: "answers.displayName" belongs to the field "displayName".
    const field = path.replace(/^answers\./, "");
    if (known.has(field.split(".")[0] ?? "") && messages?.[0]) fieldErrors[field] = messages[0];
  }
  const placed = Object.keys(fieldErrors).length > 0;
  return { fieldErrors, formError: placed ? null : { message: errorMessage(error), earlierStepFirst: data.appCode === "PRECONDITION" } };
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
