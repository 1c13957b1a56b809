"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ActionError } from "@/components/requests/action-error";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/client";

type Ids = { partnershipId: string; pauseId: string };

/** The buttons of the pause card; each reloads the page into where things stand once it's done (or changed meanwhile). */
export function PauseActions({ ids, actions }: { ids: Ids; actions: readonly ("accept" | "decline" | "withdraw" | "resume")[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const settled = { onSuccess: () => router.refresh() };
  const answer = useMutation(trpc.pauses.answer.mutationOptions(settled));
  const withdraw = useMutation(trpc.pauses.withdraw.mutationOptions(settled));
  const resume = useMutation(trpc.pauses.resume.mutationOptions(settled));
  const busy = [answer, withdraw, resume].some((m) => m.isPending || m.isSuccess);
  const failed = [answer, withdraw, resume].find((m) => m.isError);
  const pendingAnswer = answer.isPending || answer.isSuccess ? answer.variables?.answer : null;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {actions.includes("accept") ? (
          <Button disabled={busy} onClick={() => answer.mutate({ ...ids, answer: "ACCEPT" })}>
            {pendingAnswer === "ACCEPT" ? "Saying yes…" : "Accept"}
          </Button>
        ) : null}
        {actions.includes("decline") ? (
          <Button variant="secondary" disabled={busy} onClick={() => answer.mutate({ ...ids, answer: "DECLINE" })}>
            {pendingAnswer === "DECLINE" ? "Answering…" : "Not now"}
          </Button>
        ) : null}
        {actions.includes("resume") ? (
          <Button disabled={busy} onClick={() => resume.mutate(ids)}>
            {resume.isPending || resume.isSuccess ? "Picking up again…" : "Resume now"}
          </Button>
        ) : null}
        {actions.includes("withdraw") ? (
          <Button variant="quiet" disabled={busy} onClick={() => withdraw.mutate(ids)}>
            {withdraw.isPending || withdraw.isSuccess ? "Withdrawing…" : "Withdraw"}
          </Button>
        ) : null}
      </div>
      {failed ? <ActionError error={failed.error} /> : null}
    </div>
  );
}
