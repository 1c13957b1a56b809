"use client";

import { useEffect, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { PasswordStrength } from "@/shared/accounts/password-strength";
import { passwordLength } from "@/shared/accounts/password-rules";

const MIN_LENGTH = passwordLength.min;
const DEBOUNCE_MS = 150;

const verdicts = ["Weak", "Weak", "Fair", "Strong", "Very strong"] as const;
const SEGMENTS = 5;

type Checked = { password: string; key: string; strength: PasswordStrength };

/**
 * A live password-strength meter: five segments plus the verdict in words ("Too short", "Weak",
 * "Fair", "Strong", "Very strong") and zxcvbn's advice, announced politely to screen readers.
 * zxcvbn-ts is loaded on first use and checked ~150 ms after typing pauses.
 */
export function PasswordStrengthMeter({ password, userInputs }: { password: string; userInputs?: string[] }) {
  // A string key so a new array with the same words doesn't re-run the check.
  const inputsKey = (userInputs ?? []).filter(Boolean).join("\u0000");
  const [checked, setChecked] = useState<Checked | null>(null);

  const tooShort = password.length > 0 && password.length < MIN_LENGTH;

  useEffect(() => {
    if (password.length < MIN_LENGTH) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void import("@/shared/accounts/password-strength").then(({ passwordStrength }) => {
        if (cancelled) return;
        const words = inputsKey ? inputsKey.split("\u0000") : [];
        setChecked({ password, key: inputsKey, strength: passwordStrength(password, words) });
      });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [password, inputsKey]);

  // While a fresh check is pending, keep showing the last verdict so the meter doesn't flicker.
  const strength = !tooShort && password.length > 0 ? checked?.strength : undefined;

  let verdict: string | null = null;
  let advice: string | null = null;
  let filled = 0;
  let good = false;
  if (tooShort) {
    verdict = "Too short";
    advice = `Use at least ${MIN_LENGTH} characters. A few unrelated words together work well.`;
    filled = 1;
  } else if (strength) {
    verdict = verdicts[strength.score];
    advice = strength.feedback;
    filled = strength.score + 1;
    good = strength.acceptable;
    if (!good && !advice) advice = "Try adding another word or two.";
  }

  return (
    <div className="space-y-1.5" data-testid="password-strength">
      <div aria-hidden="true" className="flex gap-1">
        {Array.from({ length: SEGMENTS }, (_, i) => (
          <span
            key={i}
            className={cn(
              "h-1.5 flex-1 rounded-full transition-colors duration-150 motion-reduce:transition-none",
              i < filled ? (good ? "bg-primary" : "bg-attention") : "bg-line",
            )}
          />
        ))}
      </div>
      <div aria-live="polite" aria-atomic="true" className="min-h-5 text-sm">
        {verdict ? (
          <p>
            <span className="text-muted">Password strength: </span>
            <span className={cn("font-semibold", good ? "text-primary-text" : "text-attention")}>{verdict}</span>
            {advice ? <span className="text-muted">. {withStop(advice)}</span> : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
