import Link from "next/link";
import { ReflectionForm } from "@/components/endings/reflection-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { PartnershipDetails } from "@/trpc/outputs";

type Chosen = NonNullable<NonNullable<PartnershipDetails["ending"]>["chosen"]>;

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
  if (ending?.how === "CHOSEN" && ending.by === "you") {
    return { title: "You ended this partnership", body: "Thank you for the time and care you gave it. You're back in matching whenever you're ready. Everything here stays as it was, for you both to look back on." };
  }
  if (ending?.how === "CHOSEN" && ending.by === "partner") {
    return {
      title: `${name} ended your partnership`,
      body: "Endings are a normal part of accountability partnerships, and nobody did anything wrong. Thank you for the time and care you gave it. You're back in matching, and for a while we'll show you to new people first.",
    };
  }
  return { title: "This partnership has ended", body: "You're back in matching whenever you're ready. Everything here stays private and can no longer change." };
}

/** What the member who chose to end sees of their choices; never anything about a reason to the partner. */
function ChosenDetails({ chosen, name }: { chosen: Chosen; name: string }) {
  if (chosen.side === "chose") {
    return (
      <div className="mt-5 space-y-2">
        <h3 className="font-semibold">What you chose</h3>
        <ul className="list-disc space-y-1 pl-5">
          <li>{chosen.timing === "NOW" ? "To end it straight away." : "To end it after one last check-in."}</li>
          <li>{chosen.quietly ? `To end quietly: ${name} saw only that it ended.` : chosen.closingMessage ? `To send ${name} a closing message: “${chosen.closingMessage}”` : "To send no closing message."}</li>
          <li>{chosen.doNotRematch ? "Not to be suggested to each other again." : "That you may be suggested to each other again."}</li>
        </ul>
      </div>
    );
  }
  if (!chosen.closingMessage) return null;
  return (
    <figure className="mt-5 space-y-2">
      <figcaption className="font-semibold">{name}&apos;s closing message</figcaption>
      <blockquote className="border-l-4 border-line pl-4 whitespace-pre-line break-words">{chosen.closingMessage}</blockquote>
    </figure>
  );
}

/**
 * The calm, read-only state of an ended partnership: when and how it ended as this member may see
 * it, their private reflection, and the way back to matching.
 */
export function EndedState({
  ending,
  partnerName,
  partnershipId,
  endedOn,
  reflection,
}: {
  ending: PartnershipDetails["ending"];
  partnerName: string;
  partnershipId?: string;
  /** When it ended, in words in the viewer's zone. */
  endedOn?: string | null;
  /** The viewer's own reflection; undefined where reflections aren't offered. */
  reflection?: string | null;
}) {
  const { title, body } = words(ending, partnerName);
  return (
    <section className="mt-8">
      <Alert tone="info" role="note" title={title} titleAs="h2">
        {endedOn ? <p>It ended on {endedOn}.</p> : null}
        <p>{body}</p>
      </Alert>
      {ending?.chosen ? <ChosenDetails chosen={ending.chosen} name={partnerName} /> : null}
      {partnershipId && reflection !== undefined ? (
        <section aria-labelledby="reflection-heading" className="mt-8 space-y-3">
          <h2 id="reflection-heading" className="text-lg font-semibold">
            A moment to reflect
          </h2>
          <ReflectionForm partnershipId={partnershipId} initial={reflection} />
        </section>
      ) : null}
      <p className="mt-8 flex flex-col gap-4 min-[420px]:flex-row min-[420px]:items-center">
        <ButtonLink href="/matches">See your suggestions</ButtonLink>
        <Link href="/help">Find support if you need it</Link>
      </p>
    </section>
  );
}
