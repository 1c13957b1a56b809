"use client";

import { useRouter } from "next/navigation";
import { ActionError } from "@/components/requests/action-error";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { suggestAgain } from "./actions";

type Passed = { memberId: string; displayName: string };

function Item({ person }: { person: Passed }) {
  const router = useRouter();
  const unpass = useAction(suggestAgain);
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-1">
      <span className="break-words">{person.displayName}</span>
      <Button variant="quiet" size="sm" disabled={unpass.isPending} onClick={() => unpass.mutate({ memberId: person.memberId }, { onSuccess: () => router.refresh() })}>
        {unpass.isPending ? "Bringing back…" : "Suggest again"}
        <span className="sr-only"> {person.displayName}</span>
      </Button>
      {unpass.isError ? <ActionError error={unpass.error} /> : null}
    </li>
  );
}

/**
 * "People you passed on": a small disclosure at the foot of the suggestions, where a pass can be
 * undone. Nothing at all when there is nobody.
 */
export function PassedList({ people }: { people: Passed[] }) {
  if (people.length === 0) return null;
  return (
    <details className="mt-10 rounded-2xl bg-surface-2 p-4">
      <summary className="min-h-11 cursor-pointer content-center font-medium text-primary-text focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus">
        People you passed on ({people.length})
      </summary>
      <p className="mt-2 text-sm text-muted">They aren&apos;t told. Each stays out of your suggestions for 90 days unless you bring them back.</p>
      <ul aria-label="People you passed on" className="mt-2 divide-y divide-line">
        {people.map((person) => (
          <Item key={person.memberId} person={person} />
        ))}
      </ul>
    </details>
  );
}
