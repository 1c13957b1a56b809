import "server-only";
import type { Tx } from "@/server/db/client";
import { suggestedSlotsBetween } from "@/server/matching/pair-check";
import { readExtras } from "@/server/onboarding/extras";
import { prefillAgreement, type PrefillMember } from "@/shared/agreement/prefill";
import { orderPartners } from "@/shared/agreement/sections";
import type { Agreement } from "@/shared/agreement/schema";

/** A member's answers as the prefill reads them; an unanswered question takes the gentlest choice. */
async function loadPrefillMember(tx: Tx, memberId: string): Promise<PrefillMember & { memberId: string }> {
  const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { displayName: true, timezone: true, profile: true } });
  const p = member.profile;
  const extras = readExtras(p?.extras);
  return {
    memberId,
    displayName: member.displayName,
    timezone: member.timezone,
    answers: {
      about: { goals: extras.goals ?? [] },
      commitment: { checkInFrequency: p?.checkInFrequency ?? "WEEKLY", intendedLength: p?.intendedLength ?? "OPEN_ENDED" },
      schedule: { channels: p?.channels ?? [] },
      communication: { feedbackStyle: p?.feedbackStyle ?? 3, missedCheckInResponse: p?.missedCheckInResponse ?? "NUDGE", replyTime: p?.replyTime ?? "WITHIN_48H" },
      boundaries: { offLimitTopics: extras.offLimitTopics ?? null },
    },
  };
}

/** The first draft for two members: both questionnaires and the scorer's suggested slots this week. */
export async function firstDraftFor(tx: Tx, memberIds: [string, string], now: Date): Promise<Agreement> {
  const [first, second] = await Promise.all(memberIds.map((id) => loadPrefillMember(tx, id)));
  const [a, b] = orderPartners(first!, second!);
  const slots = await suggestedSlotsBetween(tx, a.memberId, b.memberId, now);
  return prefillAgreement(a, b, slots);
}
