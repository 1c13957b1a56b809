"use client";

import { Plus, X } from "lucide-react";
import { useId, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { FieldHint, Input, Label } from "@/components/ui/field";
import { ErrorMessage } from "./fields";

const MAX_GOALS = 3;

export type GoalsFieldProps = {
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  /** The message for the list as a whole ("Add at least one goal."). */
  error?: string;
  /** Messages for single goals, by position. */
  itemErrors?: (string | undefined)[];
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * One to three personal goals, each its own labelled input ("Goal 1"). "Add another goal" moves
 * focus to the new input; removing one moves focus to the goal before it (or "Add").
 */
export function GoalsField({ value, onChange, onBlur, error, itemErrors = [], inputRef }: GoalsFieldProps) {
  const id = useId();
  const ids = { hint: `${id}-hint`, error: `${id}-error`, input: (i: number) => `${id}-goal-${i}`, add: `${id}-add` };
  const goals = value.length > 0 ? value : [""];

  /** Focus an element once React has drawn it. */
  const focusLater = (elementId: string) => {
    requestAnimationFrame(() => document.getElementById(elementId)?.focus());
  };

  return (
    <fieldset aria-describedby={[ids.hint, error ? ids.error : null].filter(Boolean).join(" ")} className="min-w-0 space-y-2">
      <legend className="font-semibold text-fg">Your goals</legend>
      <FieldHint id={ids.hint}>
        One to three things you&apos;d like to work on, in your own words. For example: &ldquo;Call a friend every week.&rdquo;
      </FieldHint>
      {error ? (
        <ErrorMessage id={ids.error} focusId={ids.input(0)}>
          {error}
        </ErrorMessage>
      ) : null}
      <ol className="space-y-3">
        {goals.map((goal, i) => {
          const itemError = itemErrors[i];
          const errorId = `${ids.input(i)}-error`;
          return (
            <li key={i} className="space-y-1.5">
              <Label htmlFor={ids.input(i)} className="text-sm">
                Goal {i + 1}
              </Label>
              {itemError ? (
                <ErrorMessage id={errorId} focusId={ids.input(i)}>
                  {itemError}
                </ErrorMessage>
              ) : null}
              <div className="flex items-center gap-2">
                <Input
                  ref={i === 0 ? inputRef : undefined}
                  id={ids.input(i)}
                  value={goal}
                  maxLength={200}
                  onChange={(e) => onChange(goals.map((g, j) => (j === i ? e.target.value : g)))}
                  onBlur={onBlur}
                  aria-invalid={itemError || (error && i === 0) ? true : undefined}
                  aria-describedby={itemError ? errorId : undefined}
                />
                {goals.length > 1 ? (
                  <Button
                    variant="quiet"
                    size="sm"
                    className="px-2.5!"
                    onClick={() => {
                      onChange(goals.filter((_, j) => j !== i));
                      focusLater(i > 0 ? ids.input(i - 1) : ids.input(0));
                    }}
                  >
                    <X aria-hidden="true" />
                    Remove<span className="sr-only"> goal {i + 1}</span>
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {goals.length < MAX_GOALS ? (
        <Button
          id={ids.add}
          variant="secondary"
          size="sm"
          onClick={() => {
            onChange([...goals, ""]);
            focusLater(ids.input(goals.length));
          }}
        >
          <Plus aria-hidden="true" />
          Add another goal
        </Button>
      ) : (
        <p className="text-sm text-muted">That&apos;s three goals, the most for now. You can change them later.</p>
      )}
    </fieldset>
  );
}
