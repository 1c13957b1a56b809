import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { PartnershipDetails } from "@/trpc/outputs";

function words(ending: PartnershipDetails["ending"], name: string): { title: string; body: string } {
  if (ending?.how === "NOT_GOING_AHEAD" && ending.by === "you") {
    return {
      title: "You decided not to go ahead",
      body: `Your partnership with ${name} is closed for both of you, and you're both back in matching. What you wrote together stays private.`,
    };
  }
  if (ending?.how === "NOT_GOING_AHEAD" && ending.by === "partner") {
    return {
      title: `${name} decided not to go ahead`,
      body: "That's okay — it happens, and nobody did anything wrong. You're back in matching whenever you're ready, and what you wrote together stays private.",
    };
  }
  return { title: "This partnership has ended", body: "You're back in matching whenever you're ready. Everything here stays private and can no longer change." };
}

/** The calm, read-only state of an ended partnership, with the way back to matching. */
export function EndedState({ ending, partnerName }: { ending: PartnershipDetails["ending"]; partnerName: string }) {
  const { title, body } = words(ending, partnerName);
  return (
    <section className="mt-8">
      <Alert tone="info" role="note" title={title} titleAs="h2">
        <p>{body}</p>
      </Alert>
      <p className="mt-5 flex flex-col gap-4 min-[420px]:flex-row min-[420px]:items-center">
        <ButtonLink href="/matches">See your suggestions</ButtonLink>
        <Link href="/help">Find support if you need it</Link>
      </p>
    </section>
  );
}
