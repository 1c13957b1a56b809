import "server-only";
import type { Tx } from "@/server/db/client";
import type { PartnershipAccess } from "@/server/partnerships/access";
import { commitmentsOf, questionsOf } from "@/shared/check-ins/agreement-parts";
import type { PausedPeriod } from "@/shared/check-ins/occurrences";
import { pausedPeriods } from "@/shared/check-ins/pauses";
import { plannedPausePeriods } from "@/server/partnerships/planned-pauses";
import { rhythmOfVersion, type Rhythm } from "@/shared/check-ins/rhythm";
import { channels } from "@/shared/agreement/fields";
import { orderPartners } from "@/shared/agreement/sections";
import { valuesOf } from "@/shared/onboarding/questionnaire";
import { z } from "zod";

/** What check-ins follow: the rhythm, questions and both partners' commitments of the version in force. */
export type CheckInTerms = {
  rhythm: Rhythm;
  /** The agreed way of checking in, the log form's first choice; null if unreadable. */
  channel: (typeof channels)[number]["value"] | null;
  paused: PausedPeriod[];
  questions: string[];
  commitments: { mine: string[]; partner: string[] };
};

const zChannelOf = z.object({ fields: z.object({ channel: z.enum(valuesOf(channels)) }) });

/** The terms of the agreement in force, read in the caller's locked transaction; null without one or without a rhythm. */
export async function checkInTerms(tx: Tx, access: PartnershipAccess): Promise<CheckInTerms | null> {
  const version = await tx.agreementVersion.findFirst({
    where: { partnershipId: access.partnership.id, status: "IN_FORCE" },
    select: { content: true, inForceAt: true, createdAt: true },
  });
  if (!version) return null;
  const rhythm = rhythmOfVersion(version.content, version.inForceAt ?? version.createdAt);
  if (rhythm.kind !== "rhythm") return null;
  const marks = await tx.partnershipEvent.findMany({
    where: { partnershipId: access.partnership.id, type: { in: ["PAUSED", "RESUMED", "ENDED"] } },
    select: { type: true, createdAt: true },
  });
  const [a] = orderPartners(access.member, access.partner);
  const mySlot = a.memberId === access.member.memberId ? "a" : "b";
  return {
    rhythm,
    channel: zChannelOf.safeParse(version.content).data?.fields.channel ?? null,
    paused: pausedPeriods(marks, (await plannedPausePeriods(tx, [access.partnership.id])).get(access.partnership.id)),
    questions: questionsOf(version.content),
    commitments: { mine: commitmentsOf(version.content, mySlot), partner: commitmentsOf(version.content, mySlot === "a" ? "b" : "a") },
  };
}
