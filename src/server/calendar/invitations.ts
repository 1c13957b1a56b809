import "server-only";
import type { NotificationType } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/client";
import { appUrl } from "@/server/mail/compose";
import { queueEmail } from "@/server/mail/outbox";
import { deliveryPreferences } from "@/server/notifications/preferences";
import { quietUntil } from "@/server/notifications/quiet-hours";
import type { PausedPeriod } from "@/shared/check-ins/occurrences";
import { pausedPeriods } from "@/shared/check-ins/pauses";
import { plannedPausePeriods } from "@/server/partnerships/planned-pauses";
import { rhythmOfVersion } from "@/shared/check-ins/rhythm";
import { cancelledPartnerName } from "./cancelled-source";
import { checkInInvitation, checkInUid, type CheckInEvent } from "./ics";
import { invitationWords, type InvitationReason } from "./invitation-words";
import { calendarOrganizer } from "./organizer";

/**
 * Check-in invitations by email (METHOD:REQUEST) and their cancellations (METHOD:CANCEL), queued
 * in the outbox inside the transaction that changes the agreement or ends the partnership. Each
 * member gets their own, naming only themselves as attendee, so neither sees the other's address.
 * The event UID is per partnership and version (ics.ts), so an amendment cancels the old event and
 * invites to the new one.
 */

export type VersionForCalendar = { number: number; content: unknown; inForceAt: Date | null; createdAt: Date };

type Recipient = { memberId: string; email: string; displayName: string; status: string; timezone: string };

async function recipientsOf(tx: Tx, partnershipId: string): Promise<Recipient[]> {
  const rows = await tx.partnershipMember.findMany({
    where: { partnershipId },
    select: { memberId: true, member: { select: { email: true, displayName: true, status: true, timezone: true } } },
  });
  return rows.map((row) => ({ memberId: row.memberId, ...row.member }));
}

function eventOf(partnershipId: string, version: VersionForCalendar, partnerName: string, paused: PausedPeriod[], stamp: Date, revision = 0): CheckInEvent | null {
  const rhythm = rhythmOfVersion(version.content, version.inForceAt ?? version.createdAt);
  if (rhythm.kind !== "rhythm") return null;
  return { partnershipId, version: version.number, rhythm, partnerName, partnershipUrl: appUrl(`/partnerships/${partnershipId}`), paused, stamp, revision };
}

/** Timeline events after which a series is sent again with its pauses: they only ever grow in number. */
const pauseEventTypes = ["PAUSED", "RESUMED", "PAUSE_SCHEDULED", "PAUSE_EXTENDED", "PAUSE_WITHDRAWN"] as const;

/**
 * How many times a version's event may have been updated for pauses: its SEQUENCE grows by this,
 * so each re-sent series (and the cancellation after it) outranks the copy a calendar holds.
 */
function revisionOf(tx: Tx, partnershipId: string): Promise<number> {
  return tx.partnershipEvent.count({ where: { partnershipId, type: { in: [...pauseEventTypes] } } });
}

/**
 * Whether the event may be in this member's calendar, so that a cancellation is due: only what we
 * sent is cancelled. An invitation still waiting (quiet hours) is withdrawn instead, so it can't
 * arrive after its own cancellation. One the worker is sending right now holds its row lock: the
 * delete waits, then finds it sent and leaves it.
 */
async function needsCancelling(tx: Tx, memberId: string, uid: string): Promise<boolean> {
  const invitation = { memberId, calendarUid: uid, calendarMethod: "REQUEST" } as const;
  await tx.emailOutbox.deleteMany({ where: { ...invitation, status: "PENDING" } });
  const row = await tx.emailOutbox.findFirst({ where: invitation, select: { id: true } });
  return row !== null;
}

async function queueCalendarEmail(tx: Tx, to: Recipient, event: CheckInEvent, method: "REQUEST" | "CANCEL", reason: InvitationReason, notBefore: Date | null): Promise<void> {
  const content = checkInInvitation(event, method, { organizer: calendarOrganizer(), attendee: { name: to.displayName, email: to.email } });
  await queueEmail(tx, {
    memberId: to.memberId,
    to: to.email,
    ...invitationWords(reason, to, event.partnershipId),
    notBefore,
    calendar: { method, content },
    calendarUid: checkInUid(event),
  });
}

async function quietUntilFor(tx: Tx, member: Recipient, now: Date) {
  const preferences = await deliveryPreferences(tx, member.memberId);
  return { preferences, notBefore: preferences.quietHours ? quietUntil(now, preferences.quietHours, member.timezone) : null };
}

/**
 * When a version comes into force: to each member whose email for the matching notice
 * (AGREEMENT_SIGNED for the first agreement, AMENDMENT_IN_FORCE for an amendment) is on, an
 * invitation to the new version's check-ins and, when an amendment replaced a version they were
 * invited to, that version's cancellation. Quiet hours hold both back.
 */
export async function inviteToCheckIns(tx: Tx, input: { partnershipId: string; inForce: VersionForCalendar; replaced: VersionForCalendar | null }, now: Date): Promise<void> {
  const type: NotificationType = input.replaced ? "AMENDMENT_IN_FORCE" : "AGREEMENT_SIGNED";
  const [members, marks, planned, revision] = await Promise.all([
    recipientsOf(tx, input.partnershipId),
    tx.partnershipEvent.findMany({ where: { partnershipId: input.partnershipId, type: { in: ["PAUSED", "RESUMED", "ENDED"] } }, select: { type: true, createdAt: true } }),
    plannedPausePeriods(tx, [input.partnershipId]),
    revisionOf(tx, input.partnershipId),
  ]);
  const paused = pausedPeriods(marks, planned.get(input.partnershipId));
  for (const member of members) {
    const partner = members.find((m) => m.memberId !== member.memberId);
    if (member.status !== "ACTIVE" || !partner) continue;
    const { preferences, notBefore } = await quietUntilFor(tx, member, now);
    if (preferences.choiceFor(type) !== "IN_APP_AND_EMAIL") continue;
    const old = input.replaced && eventOf(input.partnershipId, input.replaced, cancelledPartnerName, [], now, revision);
    if (old && (await needsCancelling(tx, member.memberId, checkInUid(old)))) await queueCalendarEmail(tx, member, old, "CANCEL", "REPLACED", notBefore);
    const fresh = eventOf(input.partnershipId, input.inForce, partner.displayName, paused, now, revision);
    if (fresh) await queueCalendarEmail(tx, member, fresh, "REQUEST", input.replaced ? "AMENDED" : "IN_FORCE", notBefore);
  }
}

/**
 * When a partnership ends, however it ends: a cancellation of the version in force to each member
 * whose account is active and who was sent an invitation to it. The words are the same for every ending, so
 * a quiet one (a block, a suspension) reads exactly like any other. A draft that never came into
 * force has no check-ins and sends nothing.
 */
export async function cancelCheckInInvitations(tx: Tx, partnershipId: string, now: Date): Promise<void> {
  const version = await tx.agreementVersion.findFirst({
    where: { partnershipId, status: "IN_FORCE" },
    select: { number: true, content: true, inForceAt: true, createdAt: true },
  });
  if (!version) return;
  const [members, revision] = await Promise.all([recipientsOf(tx, partnershipId), revisionOf(tx, partnershipId)]);
  for (const member of members) {
    const partner = members.find((m) => m.memberId !== member.memberId);
    if (member.status !== "ACTIVE" || !partner) continue;
    const event = eventOf(partnershipId, version, cancelledPartnerName, [], now, revision);
    if (!event || !(await needsCancelling(tx, member.memberId, checkInUid(event)))) continue;
    const { notBefore } = await quietUntilFor(tx, member, now);
    await queueCalendarEmail(tx, member, event, "CANCEL", "ENDED", notBefore);
  }
}

/**
 * When a pause is planned, starts at once, changes or ends early: the series of the version in
 * force, sent again (same UID, a higher SEQUENCE) to each member it was sent to, with the paused
 * check-ins left out, so they disappear from calendars. An invitation still waiting is replaced.
 * `resumedAt`: the pause just ended early, before its RESUMED event is written.
 */
export async function resendCheckInInvitations(tx: Tx, partnershipId: string, now: Date, options: { resumedAt?: Date } = {}): Promise<void> {
  const version = await tx.agreementVersion.findFirst({
    where: { partnershipId, status: "IN_FORCE" },
    select: { number: true, content: true, inForceAt: true, createdAt: true },
  });
  if (!version) return;
  const [members, marks, planned, revision] = await Promise.all([
    recipientsOf(tx, partnershipId),
    tx.partnershipEvent.findMany({ where: { partnershipId, type: { in: ["PAUSED", "RESUMED", "ENDED"] } }, select: { type: true, createdAt: true } }),
    plannedPausePeriods(tx, [partnershipId]),
    revisionOf(tx, partnershipId),
  ]);
  const paused = pausedPeriods(options.resumedAt ? [...marks, { type: "RESUMED", createdAt: options.resumedAt }] : marks, planned.get(partnershipId));
  for (const member of members) {
    const partner = members.find((m) => m.memberId !== member.memberId);
    if (member.status !== "ACTIVE" || !partner) continue;
    // One more than any copy sent so far, as the event about to be recorded will count.
    const event = eventOf(partnershipId, version, partner.displayName, paused, now, revision + 1);
    if (!event || !(await wasInvited(tx, member.memberId, checkInUid(event)))) continue;
    const { notBefore } = await quietUntilFor(tx, member, now);
    await queueCalendarEmail(tx, member, event, "REQUEST", "PAUSE_CHANGED", notBefore);
  }
}

/** Whether this member was sent (or is about to be sent) the event; one still waiting is withdrawn, to be replaced. */
async function wasInvited(tx: Tx, memberId: string, uid: string): Promise<boolean> {
  const invitation = { memberId, calendarUid: uid, calendarMethod: "REQUEST" } as const;
  const { count } = await tx.emailOutbox.deleteMany({ where: { ...invitation, status: "PENDING" } });
  if (count > 0) return true;
  return (await tx.emailOutbox.findFirst({ where: invitation, select: { id: true } })) !== null;
}
