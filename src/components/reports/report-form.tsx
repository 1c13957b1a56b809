"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type Ref } from "react";
import { CountedTextarea, ErrorMessage, choiceInputClass } from "@/components/onboarding/fields";
import { fieldErrorOf } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { categoryWords } from "@/shared/reports/categories";
import { reportCategories, reportDetailsMaxLength, type ReportCategoryInput, type ReportSubjectInput } from "@/shared/reports/limits";
import { createReport } from "./actions";

type Errors = { category?: string; details?: string };

export type ReportFormProps = {
  memberId: string;
  about: ReportSubjectInput;
  id?: string;
  /** The reported member's display name. */
  name: string;
  /** The safety sentence for where the member lives, shown when they pick "concern for someone's safety". */
  safetyNote: ReactNode;
};

/**
 * The report form: what happened (six categories, each with a plain description), details with a
 * character count, and who sees it. Errors are listed in a summary that takes focus and sit by
 * their fields; once sent, the form gives way to the acknowledgement.
 */
export function ReportForm({ memberId, about, id, name, safetyNote }: ReportFormProps) {
  const formId = useId();
  const [category, setCategory] = useState<ReportCategoryInput | null>(null);
  const [details, setDetails] = useState("");
  const [alsoBlock, setAlsoBlock] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const detailsRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const send = useAction(createReport);

  useEffect(() => {
    if (send.isSuccess) doneRef.current?.focus();
  }, [send.isSuccess]);
  useEffect(() => {
    if (errors.category || errors.details) summaryRef.current?.focus();
  }, [errors]);

  if (send.isSuccess) return <Acknowledgement ref={doneRef} blocked={send.data?.blocked ?? false} name={name} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    setErrors({});
    // The server checks the choice and the details; what it refuses is listed and shown by its field.
    send.mutate(
      // No category yet is sent as it is, for the server to ask for one.
      { memberId, about, id, category: category as ReportCategoryInput, details, alsoBlock },
      {
        onError: (error) => {
          const placed = { category: fieldErrorOf(error, "category") ?? undefined, details: fieldErrorOf(error, "details") ?? undefined };
          if (placed.category || placed.details) setErrors(placed);
        },
      },
    );
  };

  const categoryFocus = `${formId}-${category ?? reportCategories[0]}`;
  const focusField = (field: keyof Errors) => {
    if (field === "details") detailsRef.current?.focus();
    else document.getElementById(categoryFocus)?.focus();
  };
  const listed = (["category", "details"] as const).filter((field) => errors[field]);

  return (
    <form onSubmit={submit} noValidate className="mt-8 space-y-8">
      {listed.length ? (
        <Alert ref={summaryRef} tabIndex={-1} tone="attention" role="alert" title="Some details need another look" className="focus:outline-none">
          <ul className="list-disc space-y-1 pl-5">
            {listed.map((field) => (
              <li key={field}>
                <button type="button" onClick={() => focusField(field)} className="min-h-6 text-left underline">
                  {errors[field]}
                </button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <fieldset aria-describedby={errors.category ? `${formId}-category-error` : undefined}>
        <legend className="text-lg font-semibold">What happened with {name}?</legend>
        {errors.category ? (
          <ErrorMessage id={`${formId}-category-error`} focusId={categoryFocus} className="mt-2">
            {errors.category}
          </ErrorMessage>
        ) : null}
        <div className="mt-3 space-y-3">
          {reportCategories.map((value) => (
            <label key={value} className="flex cursor-pointer items-start gap-3 rounded-xl border border-line p-3 has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
              <input
                id={`${formId}-${value}`}
                type="radio"
                name="category"
                value={value}
                checked={category === value}
                onChange={() => setCategory(value)}
                aria-describedby={`${formId}-${value}-hint`}
                className={`mt-0.5 ${choiceInputClass}`}
              />
              <span>
                <span className="block font-medium">{categoryWords[value].label}</span>
                <span id={`${formId}-${value}-hint`} className="block text-sm text-muted">
                  {categoryWords[value].description}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {category === "SAFETY_CONCERN" ? (
        <Alert tone="attention" role="note" title="If someone is in danger right now">
          <p>{safetyNote}</p>
          <p className="mt-2">
            A report is read by a moderator, not straight away. <Link href="/help" className="font-medium underline">Get help now</Link> lists free, confidential helplines.
          </p>
        </Alert>
      ) : null}

      <div>
        <CountedTextarea
          label="What should the moderators know?"
          hint={`What was said or done, and when. Only Tandem's moderators will read this; ${name} won't see your report or learn who sent it.`}
          max={reportDetailsMaxLength}
          value={details}
          onChange={setDetails}
          error={errors.details}
          rows={6}
          inputRef={detailsRef}
        />
      </div>

      <label className="flex cursor-pointer items-start gap-3 rounded-xl border border-line p-3 has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
        <input
          type="checkbox"
          checked={alsoBlock}
          onChange={(event) => setAlsoBlock(event.target.checked)}
          aria-describedby={`${formId}-block-hint`}
          className={`mt-0.5 ${choiceInputClass}`}
        />
        <span>
          <span className="block font-medium">Also block {name}</span>
          <span id={`${formId}-block-hint`} className="block text-sm text-muted">
            They won&apos;t be told. You won&apos;t see each other anywhere on Tandem, and any partnership between you ends.
          </span>
        </span>
      </label>

      {send.isError && !errors.category && !errors.details ? <ActionError error={send.error} /> : null}

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" size="lg" disabled={send.isPending}>
          {send.isPending ? "Sending your report…" : "Send report"}
        </Button>
        <Link href="/help" className="font-medium text-primary-text underline underline-offset-4">
          Not now — get help instead
        </Link>
      </div>
    </form>
  );
}

/** What the reporter sees once the report is in: thanks, what happens next, and nothing promised beyond it. */
function Acknowledgement({ ref, blocked, name }: { ref: Ref<HTMLDivElement>; blocked: boolean; name: string }) {
  return (
    <div ref={ref} tabIndex={-1} role="status" className="mt-8 space-y-4 rounded-xl bg-primary-soft p-6 focus:outline-none focus-visible:outline-3 focus-visible:outline-focus">
      <p className="flex items-start gap-2 text-lg font-semibold">
        <CircleCheck aria-hidden="true" className="mt-1 size-5 shrink-0 text-primary-text" />
        Thank you for telling us. We&apos;ve received your report.
      </p>
      <p>
        A moderator will look at it and at what it&apos;s about. They may warn or suspend the account. To protect everyone&apos;s
        privacy, we won&apos;t tell you what they decide, and we never tell anyone who reported them.
      </p>
      {blocked ? (
        <p>
          You&apos;ve also blocked {name}. You won&apos;t see each other on Tandem any more; you can undo this in{" "}
          <Link href="/settings/blocked" className="font-medium underline">
            your blocked members
          </Link>
          .
        </p>
      ) : null}
      <p>
        If you&apos;re feeling shaken, or someone is in danger, <Link href="/help" className="font-medium underline">help and support</Link> is
        always one click away.
      </p>
      <p>
        <Link href="/dashboard" className="font-medium text-primary-text underline underline-offset-4">
          Back to your dashboard
        </Link>
      </p>
    </div>
  );
}
