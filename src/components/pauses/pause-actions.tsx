"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/forms/use-action";
import { ActionError } from "@/components/requests/action-error";
import { Button } from "@/components/ui/button";
import { answerPause, resumePause, withdrawPause } from "./actions";

type Ids = { partnershipId: string; pauseId: string };

/** The buttons of the pause card; each reloads the page into where things stand once it's done (or changed meanwhile). */
export function PauseActions({ ids, actions }: { ids: Ids; actions: readonly ("accept" | "decline" | "withdraw" | "resume")[] }) {
  const router = useRouter();
  const settled = { onSuccess: () => router.refresh() };
  const answer = useAction(answerPause);
  const withdraw = useAction(withdrawPause);
  const resume = useAction(resumePause);
  // Which answer was sent, for its button's pending words.
  const [sentAnswer, setSentAnswer] = useState<"ACCEPT" | "DECLINE" | null>(null);
  const busy = [answer, withdraw, resume].some((m) => m.isPending || m.isSuccess);
  const failed = [answer, withdraw, resume].find((m) => m.isError);
  const pendingAnswer = answer.isPending || answer.isSuccess ? sentAnswer : null;
  const sendAnswer = (value: "ACCEPT" | "DECLINE") => {
    setSentAnswer(value);
    answer.mutate({ ...ids, answer: value }, settled);
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {actions.includes("accept") ? (
          <Button disabled={busy} onClick={() => sendAnswer("ACCEPT")}>
            {pendingAnswer === "ACCEPT" ? "Saying yes…" : "Accept"}
          </Button>
        ) : null}
        {actions.includes("decline") ? (
          <Button variant="secondary" disabled={busy} onClick={() => sendAnswer("DECLINE")}>
            {pendingAnswer === "DECLINE" ? "Answering…" : "Not now"}
          </Button>
        ) : null}
        {actions.includes("resume") ? (
          <Button disabled={busy} onClick={() => resume.mutate(ids, settled)}>
            {resume.isPending || resume.isSuccess ? "Picking up again…" : "Resume now"}
          </Button>
        ) : null}
        {actions.includes("withdraw") ? (
          <Button variant="quiet" disabled={busy} onClick={() => withdraw.mutate(ids, settled)}>
            {withdraw.isPending || withdraw.isSuccess ? "Withdrawing…" : "Withdraw"}
          </Button>
        ) : null}
      </div>
      {failed ? <ActionError error={failed.error} /> : null}
    </div>
  );
}
