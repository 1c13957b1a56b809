"use client";

import { channels, checkInFrequencies, limits, reviewCadences, weekdays, type FieldKey } from "@/shared/agreement/fields";
import type { FieldError as SectionFieldError } from "@/shared/agreement/doc";
import type { SectionId } from "@/shared/agreement/sections";
import { Field, FieldError, Input } from "@/components/ui/field";
import { fieldLabels } from "./field-change-words";

/** Sections that hold structured fields, shown under their text (if any). */
export const fieldSectionIds: readonly SectionId[] = ["rhythm", "pause", "review"];

type Props = {
  section: SectionId;
  fields: Record<FieldKey, unknown>;
  errors: SectionFieldError[];
  onChange: (key: FieldKey, value: unknown) => void;
};

const selectClass =
  "block w-full min-h-11 rounded-xl border border-line-strong bg-surface px-3.5 py-2.5 text-base text-fg hover:border-fg " +
  "focus-visible:border-focus focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus aria-invalid:border-danger";

const asString = (value: unknown) => (typeof value === "string" ? value : "");
const asNumber = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? String(value) : "");
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

/** The structured fields of one section as ordinary form controls; every change goes straight into the shared map. */
export function AgreementFieldsFor({ section, fields, errors, onChange }: Props) {
  const errorOf = (key: FieldKey) => errors.find((e) => e.field === key)?.message;

  if (section === "rhythm") {
    const days = Array.isArray(fields.weekdays) ? (fields.weekdays as unknown[]) : [];
    const daysError = errorOf("weekdays");
    return (
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={fieldLabels.frequency} error={errorOf("frequency")}>
          {(p) => (
            <select {...p} className={selectClass} value={asString(fields.frequency)} onChange={(e) => onChange("frequency", e.target.value)}>
              {checkInFrequencies.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={fieldLabels.channel} error={errorOf("channel")}>
          {(p) => (
            <select {...p} className={selectClass} value={asString(fields.channel)} onChange={(e) => onChange("channel", e.target.value)}>
              {channels.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="sm:col-span-2" aria-describedby={daysError ? "weekdays-error" : undefined}>
          <legend className="font-medium">{fieldLabels.weekdays}</legend>
          {daysError ? (
            <FieldError id="weekdays-error" className="mt-1.5">
              {daysError}
            </FieldError>
          ) : null}
          <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {weekdays.map((day) => (
              <label key={day.value} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5 accent-primary"
                  checked={days.includes(day.value)}
                  onChange={(e) => onChange("weekdays", e.target.checked ? weekdays.map((d) => d.value).filter((d) => d === day.value || days.includes(d)) : days.filter((d) => d !== day.value))}
                />
                {day.label}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={fieldLabels.time} hint="In the timezone below." error={errorOf("time")}>
          {(p) => <Input {...p} type="time" value={asString(fields.time)} onChange={(e) => onChange("time", e.target.value)} />}
        </Field>
        <Field label={fieldLabels.timezone} hint="Like Europe/London or America/New_York." error={errorOf("timezone")}>
          {(p) => <Input {...p} autoComplete="off" spellCheck={false} value={asString(fields.timezone)} onChange={(e) => onChange("timezone", e.target.value)} />}
        </Field>
        <Field label={fieldLabels.durationMinutes} error={errorOf("durationMinutes")}>
          {(p) => (
            <Input
              {...p}
              type="number"
              inputMode="numeric"
              min={limits.durationMinutes.min}
              max={limits.durationMinutes.max}
              value={asNumber(fields.durationMinutes)}
              onChange={(e) => onChange("durationMinutes", numberOrNull(e.target.value))}
            />
          )}
        </Field>
      </div>
    );
  }

  if (section === "pause") {
    return (
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={fieldLabels.maxPauseWeeks} error={errorOf("maxPauseWeeks")}>
          {(p) => (
            <Input
              {...p}
              type="number"
              inputMode="numeric"
              min={limits.maxPauseWeeks.min}
              max={limits.maxPauseWeeks.max}
              value={asNumber(fields.maxPauseWeeks)}
              onChange={(e) => onChange("maxPauseWeeks", numberOrNull(e.target.value))}
            />
          )}
        </Field>
        <Checkbox label={fieldLabels.pauseAlone} checked={fields.pauseAlone === true} error={errorOf("pauseAlone")} onChange={(v) => onChange("pauseAlone", v)} />
      </div>
    );
  }

  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <Field label={fieldLabels.reviewCadence} error={errorOf("reviewCadence")}>
        {(p) => (
          <select {...p} className={selectClass} value={asString(fields.reviewCadence)} onChange={(e) => onChange("reviewCadence", e.target.value)}>
            {reviewCadences.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Checkbox label={fieldLabels.trialReview} checked={fields.trialReview === true} error={errorOf("trialReview")} onChange={(v) => onChange("trialReview", v)} />
    </div>
  );
}

function Checkbox({ label, checked, error, onChange }: { label: string; checked: boolean; error?: string; onChange: (value: boolean) => void }) {
  return (
    <div className="self-end">
      {error ? <FieldError className="mb-1.5">{error}</FieldError> : null}
      <label className="flex min-h-11 items-center gap-2 font-medium">
        <input type="checkbox" className="size-5 accent-primary" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
    </div>
  );
}
