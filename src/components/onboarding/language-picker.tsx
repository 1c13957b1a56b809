"use client";

import { Search } from "lucide-react";
import { useId, useState, type Ref } from "react";
import { cn } from "@/components/ui/cn";
import { FieldHint, Input, Label } from "@/components/ui/field";
import { languages, labelOf } from "@/shared/onboarding/questionnaire";
import { choiceInputClass, ErrorMessage } from "./fields";

type LanguageCode = (typeof languages)[number]["value"];

export type LanguagePickerProps = {
  value: readonly string[];
  onChange: (value: LanguageCode[]) => void;
  onBlur?: () => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  legend?: string;
  hint?: string;
};

/**
 * Languages as checkboxes in columns, with a "Find a language" box that narrows the list, so a
 * keyboard user can type a few letters and Tab straight to the one they want. Chosen languages
 * are listed in words above the list, whether or not they match the search. An error belongs to
 * the choice (the fieldset), never to the search box: a filter is never shown as invalid.
 */
export function LanguagePicker({
  value,
  onChange,
  onBlur,
  error,
  inputRef,
  legend = "Languages you're comfortable in",
  hint = "Choose every language you'd be happy to check in with.",
}: LanguagePickerProps) {
  const id = useId();
  const ids = { hint: `${id}-hint`, error: `${id}-error`, search: `${id}-search`, chosen: `${id}-chosen`, count: `${id}-count` };
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase();
  const shown = q ? languages.filter((l) => l.label.toLowerCase().includes(q)) : languages;
  const chosen = languages.filter((l) => value.includes(l.value));

  const toggle = (code: LanguageCode, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(code);
    else next.delete(code);
    onChange(languages.map((l) => l.value).filter((l) => next.has(l)));
  };

  return (
    <fieldset aria-describedby={[ids.hint, error ? ids.error : null].filter(Boolean).join(" ")} className="min-w-0 space-y-2">
      <legend className="font-semibold text-fg">{legend}</legend>
      <FieldHint id={ids.hint}>{hint}</FieldHint>
      {error ? (
        <ErrorMessage id={ids.error} focusId={ids.search}>
          {error}
        </ErrorMessage>
      ) : null}
      <p id={ids.chosen} className="text-sm">
        <span className="font-medium">Chosen:</span> {chosen.length > 0 ? chosen.map((l) => labelOf(languages, l.value)).join(", ") : "none yet"}
      </p>
      <div className="space-y-1.5">
        <Label htmlFor={ids.search} className="text-sm">
          Find a language
        </Label>
        <div className="relative max-w-sm">
          <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-muted" />
          <Input
            ref={inputRef}
            id={ids.search}
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={[ids.count, error ? ids.error : null].filter(Boolean).join(" ")}
            aria-controls={`${id}-list`}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              // Enter in the search box must not submit the step.
              if (e.key === "Enter") e.preventDefault();
            }}
            className="pl-10"
          />
        </div>
        <p id={ids.count} aria-live="polite" className="text-sm text-muted">
          {q ? (shown.length === 0 ? `No language matches “${query.trim()}”. Try another spelling.` : `${shown.length} of ${languages.length} shown`) : ""}
        </p>
      </div>
      <ul id={`${id}-list`} className="grid grid-cols-2 gap-x-4 gap-y-0.5 sm:grid-cols-3">
        {shown.map((language) => {
          const inputId = `${id}-${language.value}`;
          return (
            <li key={language.value}>
              <label htmlFor={inputId} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-surface-2">
                <input
                  id={inputId}
                  type="checkbox"
                  checked={value.includes(language.value)}
                  onChange={(e) => toggle(language.value, e.target.checked)}
                  onBlur={onBlur}
                  className={cn(choiceInputClass)}
                />
                <span>{language.label}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
