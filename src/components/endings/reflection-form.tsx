"use client";

import { useState } from "react";
import { fieldErrorOf } from "@/components/forms/error-message";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { maxReflectionLength } from "@/shared/endings/limits";
import { saveReflection } from "./actions";

/** The private reflection on an ended partnership: only the writer ever sees it. */
export function ReflectionForm({ partnershipId, initial }: { partnershipId: string; initial: string | null }) {
  const [text, setText] = useState(initial ?? "");
  const save = useAction(saveReflection);
  const fieldError = save.isError ? fieldErrorOf(save.error, "text") : null;

  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ partnershipId, text });
      }}
    >
      <TextareaField
        label="A few words for yourself"
        hint="What did this partnership give you? What would you keep for next time? Only you will ever see this."
        optional
        rows={5}
        maxLength={maxReflectionLength}
        value={text}
        error={fieldError ?? undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (save.isSuccess || save.isError) save.reset();
        }}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={save.isPending || text.trim() === ""}>
          {save.isPending ? "Saving…" : "Save my reflection"}
        </Button>
        <p role="status" className="text-sm text-muted">
          {save.isSuccess ? "Saved. Only you can see it." : ""}
        </p>
      </div>
      {save.isError && !fieldError ? <ActionError error={save.error} /> : null}
    </form>
  );
}
