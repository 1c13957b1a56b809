import "server-only";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { endings, type PartnershipStatus } from "./rules";
import { runTransition } from "./transitions";

function refused(status: PartnershipStatus): AppError {
  if (status === "ENDED") return new AppError("PRECONDITION", "This partnership has already ended. You're back in matching whenever you're ready.");
  return new AppError("PRECONDITION", "Your partnership has already started, so this step no longer applies.");
}

/**
 * Either partner decides not to go ahead with a draft (PRODUCT.md §5): DRAFTING → ENDED, which
 * frees both members' places (the matching pool counts partnership_member statuses), and the
 * partner gets a kind notice. No reason is asked, so nothing private can leak.
 *
 * The pair is not suggested to each other again: PRODUCT.md §9 makes "don't suggest us to each
 * other again" the default of every ending, and stepping back from a draft is a clear "not us";
 * `doNotRematch` is what pair eligibility (eligibility.ts) already reads.
 *
 * Two calls at once (a double click, or both partners) queue on the partnership's lock: the first
 * ends it, the others find it ENDED and are refused, so there is exactly one ENDED event.
 */
export async function decideNotToGoAhead(db: Db, memberId: string, partnershipId: string): Promise<{ status: "ENDED" }> {
  await runTransition(db, {
    partnershipId,
    memberId,
    action: "END",
    only: endings.NOT_GOING_AHEAD.from,
    refused,
    data: { how: "NOT_GOING_AHEAD" },
    apply: (tx, { partnership }) => tx.partnership.update({ where: { id: partnership.id }, data: { doNotRematch: true } }).then(() => undefined),
    notify: ({ partnership, partner }) => [{ memberId: partner.memberId, type: "PARTNER_NOT_GOING_AHEAD", data: { partnershipId: partnership.id, fromMemberId: memberId } }],
  });
  return { status: "ENDED" };
}
