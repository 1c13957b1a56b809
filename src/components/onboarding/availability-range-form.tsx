"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError, Label } from "@/components/ui/field";
import { slotIndex, slotLabel } from "@/shared/time/availability-summary";
import { DAY_COUNT, HALF_HOURS } from "./availability-grid-model";

const selectClass =
  "block min-h-11 w-full rounded-xl border border-line-strong bg-surface px-3 py-2 text-base text-fg " +
  "transition-colors duration-150 hover:border-fg " +
  "focus-visible:border-focus focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus " +
  "aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

type DayChoice = "weekdays" | "everyday" | "weekend" | `${number}`;

const dayChoices: { value: DayChoice; label: string; days: number[] }[] = [
  { value: "weekdays", label: "Every weekday (Mon–Fri)", days: [0, 1, 2, 3, 4] },
  { value: "everyday", label: "Every day", days: [0, 1, 2, 3, 4, 5, 6] },
  { value: "weekend", label: "Weekends (Sat and Sun)", days: [5, 6] },
  ...Array.from({ length: DAY_COUNT }, (_, day) => ({
    value: `${day}` as DayChoice,
    label: slotLabel(slotIndex(day, 0)).day,
    days: [day],
  })),
];

/** "From" offers 00:00 … 23:30; "To" offers 00:30 … 24:00. Values are half-hour boundaries 0–48. */
const fromTimes = Array.from({ length: HALF_HOURS }, (_, h) => ({ value: h, label: slotLabel(slotIndex(0, h)).start }));
const toTimes = Array.from({ length: HALF_HOURS }, (_, h) => ({ value: h + 1, label: slotLabel(slotIndex(0, h)).end }));

export type RangeAction = "add" | "remove";

type AvailabilityRangeFormProps = {
  /** Applies the slots; returns how many half-hours actually changed. */
  onApply: (slots: number[], action: RangeAction) => number;
  className?: string;
};

/**
 * The non-drag way to choose many times at once (WCAG 2.5.7): days, a start and an end, then
 * Add or Remove. It is a fieldset, not a `<form>`, so it can live inside the page's own form.
 */
export function AvailabilityRangeForm({ onApply, className }: AvailabilityRangeFormProps) {
  const id = useId();
  const [days, setDays] = useState<DayChoice>("weekdays");
  const [from, setFrom] = useState(36); // 18:00
  const [to, setTo] = useState(42); // 21:00
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState("");

  const ids = { days: `${id}-days`, from: `${id}-from`, to: `${id}-to`, error: `${id}-error` };

  function apply(action: RangeAction) {
    if (to <= from) {
      setNote("");
      setError("“To” needs to be later than “From”. Choose a later end time.");
      return;
    }
    setError(null);
    const chosenDays = dayChoices.find((c) => c.value === days)?.days ?? [];
    const slots: number[] = [];
    for (const day of chosenDays) for (let h = from; h < to; h++) slots.push(slotIndex(day, h));
    const changed = onApply(slots, action);
    // The grid's summary announces real changes; only say something here when nothing changed.
    setNote(changed > 0 ? "" : action === "add" ? "Those times were already chosen." : "None of those times were chosen, so nothing changed.");
  }

  return (
    <fieldset className={cn("rounded-2xl border border-line p-4 sm:p-5", className)}>
      <legend className="px-1 font-semibold text-fg">Add a time range</legend>
      <p className="text-sm text-muted">Choose several times at once, without dragging.</p>

      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <div className="col-span-2 space-y-1.5 sm:col-span-1">
          <Label htmlFor={ids.days}>Days</Label>
          <select id={ids.days} className={selectClass} value={days} onChange={(e) => setDays(e.target.value as DayChoice)}>
            {dayChoices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 space-y-1.5">
          <Label htmlFor={ids.from}>From</Label>
          <select
            id={ids.from}
            className={selectClass}
            value={from}
            onChange={(e) => {
              setFrom(Number(e.target.value));
              setError(null);
            }}
          >
            {fromTimes.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 space-y-1.5">
          <Label htmlFor={ids.to}>To</Label>
          <select
            id={ids.to}
            className={selectClass}
            value={to}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => {
              setTo(Number(e.target.value));
              setError(null);
            }}
          >
            {toTimes.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div aria-live="polite">
        {error ? (
          <FieldError id={ids.error} className="mt-3">
            {error}
          </FieldError>
        ) : note ? (
          <p className="mt-3 text-sm text-muted">{note}</p>
        ) : null}
      </div>

      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="secondary" size="sm" onClick={() => apply("add")}>
          Add
        </Button>
        <Button variant="secondary" size="sm" onClick={() => apply("remove")}>
          Remove
        </Button>
      </div>
    </fieldset>
  );
}
