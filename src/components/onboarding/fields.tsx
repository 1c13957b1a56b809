"use client";

import { useId, type ReactNode, type Ref } from "react";
import { cn } from "@/components/ui/cn";
import { FieldError, FieldHint, Label, Textarea } from "@/components/ui/field";

/*
 * Form controls for the questionnaire: groups of radios and checkboxes in a fieldset with a
 * legend, a 1–5 scale, and a textarea with a character count. Errors sit under the legend (or
 * label), are tied to the controls with aria-describedby, and carry `data-field-error` plus the
 * id of the control to focus, so a failed submit can move focus to the first one on the page.
 */

export const choiceInputClass =
  "size-5 shrink-0 cursor-pointer accent-primary disabled:cursor-not-allowed " +
  "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus";

/** An error message that the step form can find and move focus to. */
export function ErrorMessage({ id, focusId, children, className }: { id: string; focusId: string; children: ReactNode; className?: string }) {
  return (
    <FieldError id={id} data-field-error="" data-focus={focusId} className={className}>
      {children}
    </FieldError>
  );
}

type Option<T> = { value: T; label: string; hint?: string };

type GroupShellProps = {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** The id of the control to focus when the group has an error. */
  focusId: string;
  ids: { hint: string; error: string };
  className?: string;
  /** Show the legend as a smaller, in-section question (used inside a larger fieldset). */
  size?: "md" | "sm";
  children: ReactNode;
};

function GroupShell({ legend, hint, error, optional, focusId, ids, className, size = "md", children }: GroupShellProps) {
  const describedBy = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className={cn("min-w-0 space-y-2", className)}>
      <legend className={cn("text-base text-fg", size === "md" ? "font-semibold" : "font-medium")}>
        {legend}
        {optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </legend>
      {hint ? (
        <div id={ids.hint} className="text-sm text-muted">
          {hint}
        </div>
      ) : null}
      {error ? (
        <ErrorMessage id={ids.error} focusId={focusId}>
          {error}
        </ErrorMessage>
      ) : null}
      {children}
    </fieldset>
  );
}

function useGroupIds() {
  const id = useId();
  return { name: id, hint: `${id}-hint`, error: `${id}-error`, option: (i: number) => `${id}-${i}` };
}

const optionRow =
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-xl border border-line-strong bg-surface px-3.5 py-2.5 " +
  "hover:bg-surface-2 has-checked:border-primary has-checked:bg-primary-soft has-disabled:cursor-not-allowed has-disabled:opacity-60";

export type RadioGroupProps<T extends string | number | boolean> = {
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly Option<T>[];
  value: T | null | undefined;
  onChange: (value: T) => void;
  onBlur?: () => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Options that can't be chosen right now, with a reason shown next to them. */
  disabled?: (value: T) => boolean;
  layout?: "stack" | "row";
  className?: string;
};

/** One choice from a short list: native radios, so arrow keys move between them. */
export function RadioGroup<T extends string | number | boolean>({
  legend,
  hint,
  options,
  value,
  onChange,
  onBlur,
  error,
  inputRef,
  disabled,
  layout = "stack",
  className,
}: RadioGroupProps<T>) {
  const ids = useGroupIds();
  const firstEnabled = options.findIndex((o) => !disabled?.(o.value));
  return (
    <GroupShell legend={legend} hint={hint} error={error} focusId={ids.option(Math.max(firstEnabled, 0))} ids={ids} className={className}>
      <div className={cn(layout === "row" ? "flex flex-wrap gap-2" : "grid gap-2")}>
        {options.map((option, i) => {
          const id = ids.option(i);
          const off = disabled?.(option.value) ?? false;
          return (
            <label key={String(option.value)} htmlFor={id} className={cn(optionRow, layout === "row" && "min-w-24")}>
              <input
                ref={i === firstEnabled ? inputRef : undefined}
                id={id}
                type="radio"
                name={ids.name}
                value={String(option.value)}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                onBlur={onBlur}
                disabled={off}
                aria-describedby={[option.hint ? `${id}-hint` : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined}
                className={cn(choiceInputClass, "mt-0.5")}
              />
              <span className="min-w-0">
                <span className="block">{option.label}</span>
                {option.hint ? (
                  <span id={`${id}-hint`} className="block text-sm text-muted">
                    {option.hint}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </GroupShell>
  );
}

export type ScaleGroupProps = {
  legend: ReactNode;
  hint?: ReactNode;
  /** The words at 1 and at 5. */
  ends: readonly [string, string];
  value: number | null | undefined;
  onChange: (value: number) => void;
  onBlur?: () => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  size?: "md" | "sm";
  className?: string;
};

/**
 * A 1–5 scale as five radios in a row. The words at each end are shown under 1 and 5 and are part
 * of those two radios' names ("1, Curious, exploring"), so they are read out too.
 */
export function ScaleGroup({ legend, hint, ends, value, onChange, onBlur, error, inputRef, size, className }: ScaleGroupProps) {
  const ids = useGroupIds();
  return (
    <GroupShell legend={legend} hint={hint} error={error} focusId={ids.option(0)} ids={ids} size={size} className={className}>
      <div className="max-w-md">
        <div className="grid grid-cols-5 gap-2">
          {[1, 2, 3, 4, 5].map((n, i) => {
            const id = ids.option(i);
            return (
              <label
                key={n}
                htmlFor={id}
                className="flex min-h-12 cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border border-line-strong bg-surface py-1.5 hover:bg-surface-2 has-checked:border-primary has-checked:bg-primary-soft"
              >
                <input
                  ref={i === 0 ? inputRef : undefined}
                  id={id}
                  type="radio"
                  name={ids.name}
                  value={n}
                  checked={value === n}
                  onChange={() => onChange(n)}
                  onBlur={onBlur}
                  aria-label={n === 1 ? `1, ${ends[0]}` : n === 5 ? `5, ${ends[1]}` : String(n)}
                  aria-describedby={error ? ids.error : undefined}
                  className={choiceInputClass}
                />
                <span aria-hidden="true" className="text-sm font-medium tabular-nums">
                  {n}
                </span>
              </label>
            );
          })}
        </div>
        <div aria-hidden="true" className="mt-1.5 flex justify-between gap-4 text-sm text-muted">
          <span>{ends[0]}</span>
          <span className="text-right">{ends[1]}</span>
        </div>
      </div>
    </GroupShell>
  );
}

export type CheckboxGroupProps<T extends string> = {
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly Option<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  onBlur?: () => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** At most this many; the rest are disabled once reached, with `limitNote` saying why. */
  max?: number;
  limitNote?: ReactNode;
  columns?: 1 | 2 | 3;
  className?: string;
};

/** Several choices from a list, in the list's order. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
  onBlur,
  error,
  inputRef,
  max,
  limitNote,
  columns = 1,
  className,
}: CheckboxGroupProps<T>) {
  const ids = useGroupIds();
  const full = max !== undefined && value.length >= max;
  const noteId = `${ids.name}-limit`;
  const toggle = (v: T, on: boolean) => {
    const chosen = new Set(value);
    if (on) chosen.add(v);
    else chosen.delete(v);
    onChange(options.map((o) => o.value).filter((o) => chosen.has(o)));
  };
  return (
    <GroupShell legend={legend} hint={hint} error={error} focusId={ids.option(0)} ids={ids} className={className}>
      <div aria-live="polite">
        {full && limitNote ? (
          <p id={noteId} className="rounded-xl bg-attention-soft px-3.5 py-2 text-sm font-medium text-fg">
            {limitNote}
          </p>
        ) : null}
      </div>
      <div className={cn("grid gap-2", columns === 2 && "sm:grid-cols-2", columns === 3 && "grid-cols-2 sm:grid-cols-3")}>
        {options.map((option, i) => {
          const id = ids.option(i);
          const checked = value.includes(option.value);
          const off = full && !checked;
          return (
            <label key={option.value} htmlFor={id} className={optionRow}>
              <input
                ref={i === 0 ? inputRef : undefined}
                id={id}
                type="checkbox"
                value={option.value}
                checked={checked}
                disabled={off}
                onChange={(e) => toggle(option.value, e.target.checked)}
                onBlur={onBlur}
                aria-invalid={error ? true : undefined}
                aria-describedby={off && limitNote ? noteId : undefined}
                className={cn(choiceInputClass, "mt-0.5")}
              />
              <span className="min-w-0">{option.label}</span>
            </label>
          );
        })}
      </div>
    </GroupShell>
  );
}

export type CountedTextareaProps = {
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  max: number;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
  placeholder?: string;
};

/**
 * A textarea with "120 of 500 characters" under it. The count is read with the field; a polite
 * live message speaks up only near and over the limit, so typing isn't interrupted.
 */
export function CountedTextarea({ label, hint, optional, max, value, onChange, onBlur, error, inputRef, rows = 4, placeholder }: CountedTextareaProps) {
  const id = useId();
  const ids = { hint: `${id}-hint`, error: `${id}-error`, count: `${id}-count` };
  const length = value.length;
  const left = max - length;
  const live = left < 0 ? `${-left} ${-left === 1 ? "character" : "characters"} over the limit` : left <= 20 ? `${left} characters left` : left <= 50 ? "Fewer than 50 characters left" : "";
  const describedBy = [hint ? ids.hint : null, error ? ids.error : null, ids.count].filter(Boolean).join(" ");
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>
        {label}
        {optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </Label>
      {hint ? <FieldHint id={ids.hint}>{hint}</FieldHint> : null}
      {error ? (
        <ErrorMessage id={ids.error} focusId={id}>
          {error}
        </ErrorMessage>
      ) : null}
      <Textarea
        ref={inputRef}
        id={id}
        rows={rows}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <p id={ids.count} className={cn("text-sm tabular-nums", left < 0 ? "font-medium text-danger" : "text-muted")}>
        {length} of {max} characters
      </p>
      <p aria-live="polite" className="sr-only">
        {live}
      </p>
    </div>
  );
}
