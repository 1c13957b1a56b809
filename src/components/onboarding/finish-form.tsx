"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage, fieldErrorOf } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { finishQuestionnaire } from "./actions";
import { RadioGroup } from "./fields";
import { MatchingExplainer } from "./matching-explainer";

export const matchingChoices = [
  { value: "yes", label: "Yes, suggest me to compatible people" },
  { value: "no", label: "Not yet — I'll decide later" },
] as const;
type Choice = (typeof matchingChoices)[number]["value"];

/**
 * The review page's last question, "Open to matching", asked explicitly with no answer chosen in
 * advance, then "Finish". "Yes" needs a confirmed email; until then it's unavailable, with why.
 */
export function FinishForm({ emailVerified, finished, openToMatching }: { emailVerified: boolean; finished: boolean; openToMatching: boolean }) {
  const router = useRouter();
  const finish = useAction(finishQuestionnaire);
  const [navigating, startNavigation] = useTransition();
  // A first finish starts with nothing chosen; later visits show the choice already made.
  const [choice, setChoice] = useState<Choice | null>(finished ? (openToMatching ? "yes" : "no") : null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const pending = finish.isPending || navigating;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setFormError(null);
    if (!choice) {
      setError("Choose whether to be open to matching. Either answer is fine.");
      requestAnimationFrame(() => groupRef.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus());
      return;
    }
    setError(null);
    try {
      await finish.mutateAsync({ openToMatching: choice === "yes" });
    } catch (e) {
      const fieldMessage = fieldErrorOf(e, "openToMatching");
      if (fieldMessage) {
        setError(fieldMessage);
        requestAnimationFrame(() => groupRef.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus());
      } else {
        setFormError(errorMessage(e));
      }
      return;
    }
    startNavigation(() => {
      router.push("/dashboard");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <div ref={groupRef}>
        <RadioGroup
          legend="Open to matching"
          hint={
            <>
              <MatchingExplainer />
              {emailVerified ? null : (
                <span className="mt-2 block font-medium text-fg">
                  &ldquo;Yes&rdquo; needs a confirmed email. You can send yourself a new link from{" "}
                  <Link href="/dashboard" className="text-primary-text underline underline-offset-4">
                    your dashboard
                  </Link>
                  , and choose yes later in your settings.
                </span>
              )}
            </>
          }
          options={matchingChoices.map((c) =>
            c.value === "yes" && !emailVerified ? { ...c, hint: "Available once your email is confirmed." } : c,
          )}
          value={choice}
          onChange={(value) => {
            setChoice(value);
            setError(null);
          }}
          disabled={(value) => value === "yes" && !emailVerified}
          error={error ?? undefined}
        />
      </div>

      <div aria-live="assertive">
        {formError ? (
          <Alert tone="attention" role="alert">
            {formError}
          </Alert>
        ) : null}
      </div>

      <Button type="submit" size="lg" aria-disabled={pending || undefined} className="w-full sm:w-auto">
        {pending ? "Saving…" : "Finish"}
      </Button>
    </form>
  );
}
