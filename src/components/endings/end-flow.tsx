"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { maxClosingLength, maxReasonLength } from "@/shared/endings/limits";
import type { ClosingInput, EndingTiming } from "@/shared/endings/rules";
import { closingTemplates, type ClosingTemplateId } from "@/shared/endings/templates";
import { endPartnership } from "./actions";
import { ReflectionForm } from "./reflection-form";

type Step = "alternatives" | "choices" | "confirm" | "done";
type ClosingChoice = ClosingTemplateId | "OWN_WORDS" | "NONE";

/** Moves focus to a step's heading when the step changes, so a screen reader hears where they are. */
function useStepHeading(step: Step) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [step]);
  return ref;
}

const headingClass = "text-2xl font-semibold tracking-tight focus:outline-none";
const choiceClass =
  "flex cursor-pointer items-start gap-3 rounded-xl border border-line p-3 has-[:checked]:border-primary has-[:checked]:bg-primary-soft has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus has-[:disabled]:cursor-not-allowed";

/**
 * Ending a partnership, one step at a time (PRODUCT.md §9): other ways first, then the choices,
 * a confirmation that says what happens and who sees what, then a kind goodbye and the private
 * reflection. `nextCheckIn` is the final check-in in words, or null when there is none ahead.
 */
export function EndFlow({ partnershipId, partnerName, nextCheckIn, paused }: { partnershipId: string; partnerName: string; nextCheckIn: string | null; paused: boolean }) {
  const [step, setStep] = useState<Step>("alternatives");
  const [reason, setReason] = useState("");
  const [closingChoice, setClosingChoice] = useState<ClosingChoice>("NONE");
  const [ownWords, setOwnWords] = useState("");
  const [timing, setTiming] = useState<EndingTiming>("NOW");
  const [doNotRematch, setDoNotRematch] = useState(true);
  const [quietly, setQuietly] = useState(false);
  const end = useAction(endPartnership);
  const heading = useStepHeading(step);
  const base = `/partnerships/${encodeURIComponent(partnershipId)}`;

  const closing: ClosingInput =
    closingChoice === "NONE" ? { kind: "NONE" } : closingChoice === "OWN_WORDS" ? { kind: "OWN_WORDS", text: ownWords } : { kind: "TEMPLATE", templateId: closingChoice };
  const closingWords = closingChoice === "NONE" ? null : closingChoice === "OWN_WORDS" ? ownWords.trim() : closingTemplates.find((t) => t.id === closingChoice)?.text;

  if (step === "alternatives") {
    return (
      <section aria-labelledby="end-step" className="mt-8 space-y-5">
        <h2 id="end-step" ref={heading} tabIndex={-1} className={headingClass}>
          Before you decide
        </h2>
        <p>Sometimes a partnership needs a change rather than an ending. If one of these fits, it keeps what you&apos;ve built together.</p>
        <ul className="space-y-3">
          {paused ? null : (
            <li>
              <Link href={`${base}/pause`}>Take a pause</Link> — step back for a while; your agreement stays as it is.
            </li>
          )}
          <li>
            <Link href={`${base}/agreement`}>Check in less often</Link> — suggest a change to your agreement&apos;s rhythm.
          </li>
          <li>
            <Link href={`${base}/agreement`}>Switch to a lighter, mentorship-style partnership</Link> — suggest a change to your agreement.
          </li>
        </ul>
        <p className="text-muted">Ending is okay too. People&apos;s lives change, and nobody did anything wrong.</p>
        <div className="flex flex-col gap-3 min-[420px]:flex-row">
          <Button variant="secondary" onClick={() => setStep("choices")}>
            Continue to ending
          </Button>
          <ButtonLink href={base} variant="quiet">
            Back to the partnership
          </ButtonLink>
        </div>
      </section>
    );
  }

  if (step === "choices") {
    const ownWordsMissing = closingChoice === "OWN_WORDS" && ownWords.trim() === "";
    return (
      <form
        aria-labelledby="end-step"
        className="mt-8 space-y-8"
        onSubmit={(event) => {
          event.preventDefault();
          if (!ownWordsMissing) setStep("confirm");
        }}
      >
        <h2 id="end-step" ref={heading} tabIndex={-1} className={headingClass}>
          How you&apos;d like to end
        </h2>

        <TextareaField
          label="Why are you ending?"
          hint={`Only Tandem sees this. It helps us make better matches; ${partnerName} never sees it.`}
          optional
          rows={3}
          maxLength={maxReasonLength}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />

        <fieldset className="space-y-3">
          <legend className="font-medium">A closing message to {partnerName}</legend>
          <p className="text-sm text-muted">Optional. {partnerName} will see it on your partnership page, unless you end quietly.</p>
          {closingTemplates.map((t) => (
            <label key={t.id} className={choiceClass}>
              <input type="radio" name="closing" value={t.id} checked={closingChoice === t.id} onChange={() => setClosingChoice(t.id)} className="mt-1" />
              <span>
                <span className="block font-medium">{t.label}</span>
                <span className="block text-muted">{t.text}</span>
              </span>
            </label>
          ))}
          <label className={choiceClass}>
            <input type="radio" name="closing" value="OWN_WORDS" checked={closingChoice === "OWN_WORDS"} onChange={() => setClosingChoice("OWN_WORDS")} className="mt-1" />
            <span className="font-medium">In my own words</span>
          </label>
          {closingChoice === "OWN_WORDS" ? (
            <TextareaField
              label="Your message"
              hint={`${partnerName} will see this.`}
              rows={4}
              maxLength={maxClosingLength}
              value={ownWords}
              required
              error={ownWordsMissing ? "Write a few words, or choose not to send a message." : undefined}
              onChange={(e) => setOwnWords(e.target.value)}
            />
          ) : null}
          <label className={choiceClass}>
            <input type="radio" name="closing" value="NONE" checked={closingChoice === "NONE"} onChange={() => setClosingChoice("NONE")} className="mt-1" />
            <span className="font-medium">No message</span>
          </label>
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="font-medium">When</legend>
          <label className={choiceClass}>
            <input type="radio" name="timing" value="NOW" checked={timing === "NOW"} onChange={() => setTiming("NOW")} className="mt-1" />
            <span>
              <span className="block font-medium">End now</span>
              <span className="block text-muted">The partnership closes today for both of you.</span>
            </span>
          </label>
          <label className={choiceClass} aria-disabled={nextCheckIn === null}>
            <input
              type="radio"
              name="timing"
              value="AFTER_FINAL_CHECK_IN"
              checked={timing === "AFTER_FINAL_CHECK_IN"}
              disabled={nextCheckIn === null}
              onChange={() => setTiming("AFTER_FINAL_CHECK_IN")}
              className="mt-1"
            />
            <span>
              <span className="block font-medium">After one last check-in</span>
              <span className="block text-muted">
                {nextCheckIn
                  ? `Your next check-in, on ${nextCheckIn}, will be your last: a chance to say goodbye well.`
                  : "There's no check-in planned ahead right now, so this isn't possible."}
              </span>
            </span>
          </label>
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="sr-only">Afterwards</legend>
          <label className={choiceClass}>
            <input type="checkbox" checked={doNotRematch} onChange={(e) => setDoNotRematch(e.target.checked)} className="mt-1" />
            <span>
              <span className="block font-medium">Don&apos;t suggest us to each other again</span>
              <span className="block text-muted">Uncheck this if you&apos;d be glad to be matched again one day.</span>
            </span>
          </label>
          <label className={choiceClass}>
            <input type="checkbox" checked={quietly} onChange={(e) => setQuietly(e.target.checked)} className="mt-1" />
            <span>
              <span className="block font-medium">End quietly</span>
              <span className="block text-muted">{partnerName} sees only that the partnership ended: no message, and not who chose to end it.</span>
            </span>
          </label>
        </fieldset>

        <div className="flex flex-col gap-3 min-[420px]:flex-row">
          <Button type="submit" variant="secondary">
            Review and confirm
          </Button>
          <Button variant="quiet" onClick={() => setStep("alternatives")}>
            Back
          </Button>
        </div>
      </form>
    );
  }

  if (step === "confirm") {
    const pending = end.isPending || end.isSuccess;
    return (
      <section aria-labelledby="end-step" className="mt-8 space-y-5">
        <h2 id="end-step" ref={heading} tabIndex={-1} className={headingClass}>
          End your partnership with {partnerName}?
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>{timing === "NOW" ? "It ends now, for both of you." : `It ends after your last check-in, on ${nextCheckIn}.`}</li>
          <li>Everything you shared stays as a read-only archive for you both.</li>
          <li>
            {quietly
              ? `${partnerName} will see only that it ended.`
              : closingWords
                ? `${partnerName} will see your message: “${closingWords}”`
                : `${partnerName} will be told kindly that it ended, with no message.`}
          </li>
          {reason.trim() ? <li>Your reason stays with Tandem. {partnerName} never sees it.</li> : null}
          <li>{doNotRematch ? "You won't be suggested to each other again." : "You may be suggested to each other again one day."}</li>
        </ul>
        <div className="flex flex-col gap-3 min-[420px]:flex-row">
          <Button
            variant="danger"
            disabled={pending}
            onClick={() => end.mutate({ partnershipId, timing, reason: reason.trim() || null, closing, doNotRematch, quietly }, { onSuccess: () => setStep("done") })}
          >
            {pending ? "Ending…" : timing === "NOW" ? "End the partnership" : "End after the last check-in"}
          </Button>
          <Button variant="quiet" disabled={pending} onClick={() => setStep("choices")}>
            Change my choices
          </Button>
        </div>
        {end.isError ? <ActionError error={end.error} /> : null}
      </section>
    );
  }

  return (
    <section aria-labelledby="end-step" className="mt-8 space-y-5">
      <h2 id="end-step" ref={heading} tabIndex={-1} className={headingClass}>
        {timing === "NOW" ? "Your partnership has ended" : "Your last check-in is planned"}
      </h2>
      <p>
        {timing === "NOW"
          ? `Thank you for the time and care you gave it. Ending well is part of accountability too. You're back in matching whenever you're ready.`
          : `Your partnership with ${partnerName} will end after your check-in on ${nextCheckIn}. Until then, everything carries on as usual.`}
      </p>
      {timing === "NOW" ? (
        <>
          <h3 className="text-lg font-semibold">A moment to reflect</h3>
          <ReflectionForm partnershipId={partnershipId} initial={null} />
          <p className="flex flex-col gap-3 min-[420px]:flex-row">
            <ButtonLink href="/matches">See your suggestions</ButtonLink>
            <Link href={base}>Back to the partnership</Link>
          </p>
        </>
      ) : (
        <ButtonLink href={base}>Back to the partnership</ButtonLink>
      )}
    </section>
  );
}
