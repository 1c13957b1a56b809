"use client";

import { useId, useState } from "react";
import { errorMessage } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setCapacity } from "./actions";

const choices = [
  { value: 1, label: "One at a time", hint: "Recommended: all your attention on one partnership." },
  { value: 2, label: "Up to two" },
  { value: 3, label: "Up to three" },
] as const;

/** How many partnerships the member takes on at once (PRODUCT.md §4: one by default, up to 3). */
export function CapacityForm({ capacity, open }: { capacity: number; open: number }) {
  const id = useId();
  const [choice, setChoice] = useState(capacity);
  const save = useAction(setCapacity);
  const saved = save.data?.capacity ?? capacity;

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ capacity: choice });
      }}
    >
      <fieldset aria-describedby={`${id}-hint`}>
        <legend className="text-lg font-semibold">Partnerships at once</legend>
        <p id={`${id}-hint`} className="mt-1 text-muted">
          You have {open === 0 ? "no partnerships right now" : open === 1 ? "one partnership right now" : `${open} partnerships right now`}. When you reach
          your limit, we stop suggesting you and close requests still waiting, kindly.
        </p>
        <div className="mt-3 space-y-2">
          {choices.map((option) => (
            <label key={option.value} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-xl border border-line px-3 py-2 has-[:checked]:border-primary">
              <input
                type="radio"
                name="capacity"
                value={option.value}
                checked={choice === option.value}
                onChange={() => setChoice(option.value)}
                className="mt-1 size-5 accent-[var(--color-primary)]"
              />
              <span>
                <span className="font-medium">{option.label}</span>
                {"hint" in option ? <span className="block text-sm text-muted">{option.hint}</span> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant="secondary" disabled={save.isPending || choice === saved}>
        {save.isPending ? "Saving…" : "Save"}
      </Button>
      {save.isSuccess ? <Alert tone="success">Saved. {saved < open ? "Your current partnerships carry on as they are." : ""}</Alert> : null}
      {save.isError ? <Alert tone="danger">{errorMessage(save.error)}</Alert> : null}
    </form>
  );
}
