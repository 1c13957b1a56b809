import "server-only";
import { z } from "zod";
import type { NotificationType } from "@/generated/prisma/client";
import { zId } from "@/shared/ids";
import { appUrl, signature } from "@/server/mail/compose";
import { checkInTimeText } from "@/shared/check-ins/notice-time";
import { defineNotification, type CatalogEntry } from "./define";
import { partnershipChangeNotices } from "./partnership-change-notices";

export { notificationPreferences, type NotificationPreference, type NoticeWords, type ParsedNotice, type CatalogEntry } from "./define";


const agreementNotice = z.object({ partnershipId: zId("partnership"), fromMemberId: zId("member"), number: z.number().int().positive() });
const agreementPage = (data: { partnershipId: string }) => `/partnerships/${data.partnershipId}/agreement`;
const partnershipPage = (data: { partnershipId: string }) => `/partnerships/${data.partnershipId}`;

/** Signing and renegotiation (issue 13): to the partner of whoever acted, naming nobody in emails. */
const agreementNotices = {
  AGREEMENT_PROPOSED: defineNotification({
    label: "Your partner proposes your agreement",
    data: agreementNotice,
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({ text: `${nameOf(data.fromMemberId)} proposed your agreement (version ${data.number}). Read it, then sign or ask for changes.`, href: agreementPage(data), action: "Read the agreement" }),
    email: (data, to) => ({
      subject: "Your partner proposed your agreement",
      text: `Hi ${to.displayName},

Your partner proposed your agreement and signed it. When you're ready, read it through: you can sign it, or ask for changes with a note.

${appUrl(agreementPage(data))}

There's no rush. Nothing starts until you've both signed.${signature()}`,
    }),
  }),
  AGREEMENT_SIGNED: defineNotification({
    label: "Your partner signs the agreement you proposed",
    data: agreementNotice,
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({ text: `${nameOf(data.fromMemberId)} signed version ${data.number}. Your agreement is in force.`, href: partnershipPage(data), action: "See your partnership" }),
    email: (data, to) => ({
      subject: "Your agreement is signed",
      text: `Hi ${to.displayName},

Your partner signed the agreement you proposed, so it's in force now and your partnership has begun.

${appUrl(partnershipPage(data))}${signature()}`,
    }),
  }),
  AGREEMENT_CHANGES_REQUESTED: defineNotification({
    label: "Your partner asks for changes to your agreement",
    data: agreementNotice,
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({ text: `${nameOf(data.fromMemberId)} asked for some changes to version ${data.number}. Their note is with the agreement.`, href: agreementPage(data), action: "Read their note" }),
    email: (data, to) => ({
      subject: "Your partner asked for changes to your agreement",
      text: `Hi ${to.displayName},

Your partner read the agreement you proposed and asked for a few changes. Their note is waiting beside the draft, which is open for both of you again:

${appUrl(agreementPage(data))}${signature()}`,
    }),
  }),
  AMENDMENT_OPENED: defineNotification({
    label: "Your partner starts a change to your agreement",
    data: agreementNotice,
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({ text: `${nameOf(data.fromMemberId)} started a change to your agreement. The one in force stays until you both sign.`, href: agreementPage(data), action: "See the change" }),
    email: (data, to) => ({
      subject: "Your partner started a change to your agreement",
      text: `Hi ${to.displayName},

Your partner would like to change your agreement. You can write the change together; the agreement you have now stays in force until you've both signed the new one.

${appUrl(agreementPage(data))}${signature()}`,
    }),
  }),
  AMENDMENT_IN_FORCE: defineNotification({
    label: "An updated agreement comes into force",
    data: agreementNotice,
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({ text: `${nameOf(data.fromMemberId)} signed version ${data.number}. Your updated agreement is in force.`, href: partnershipPage(data), action: "See your partnership" }),
    email: (data, to) => ({
      subject: "Your updated agreement is in force",
      text: `Hi ${to.displayName},

You've both signed the change to your agreement, so the updated version is the one you follow from now on.

${appUrl(partnershipPage(data))}${signature()}`,
    }),
  }),
};

const checkInNotice = z.object({
  partnershipId: zId("partnership"),
  fromMemberId: zId("member"),
  /** The check-in's planned start (ms since the epoch), written out in `timeZone` when read. */
  at: z.number().int(),
  /** The reader's own zone when the notice was written. */
  timeZone: z.string().max(64),
});
const checkInsPage = (data: { partnershipId: string }) => `/partnerships/${data.partnershipId}/check-ins`;

/**
 * Reminders and the missed-check-in ladder (issue 15): to both partners, kind and blameless. A
 * missed check-in is life, not failure: no counts, no streaks, and always a next step.
 */
const checkInNotices = {
  CHECK_IN_REMINDER: defineNotification({
    data: checkInNotice,
    preference: "partnerships",
    label: "A check-in is coming up",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({ text: `Your check-in with ${nameOf(data.fromMemberId)} is coming up: ${checkInTimeText(data.at, data.timeZone)}.`, href: checkInsPage(data), action: "See your check-ins" }),
    email: (data, to) => ({
      subject: "Your check-in is coming up",
      text: `Hi ${to.displayName},

A quick reminder: your check-in is coming up, ${checkInTimeText(data.at, data.timeZone)} (your time).

Afterwards, either of you can log it and add your answers here:

${appUrl(checkInsPage(data))}${signature()}`,
    }),
  }),
  CHECK_IN_MISSED: defineNotification({
    data: checkInNotice,
    preference: "partnerships",
    label: "A check-in wasn't logged",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({
      text: `Your check-in on ${checkInTimeText(data.at, data.timeZone)} didn't get logged. Life happens — if you did meet, you can still log it; if not, a quick hello to ${nameOf(data.fromMemberId)} might help.`,
      href: checkInsPage(data),
      action: "See your check-ins",
    }),
    email: (data, to) => ({
      subject: "A check-in didn't get logged",
      text: `Hi ${to.displayName},

Your check-in on ${checkInTimeText(data.at, data.timeZone)} (your time) didn't get logged. Life happens.

If you did meet, you can still log it here:

${appUrl(checkInsPage(data))}

If not, a quick hello to your partner might help.${signature()}`,
    }),
  }),
  CHECK_IN_PAUSE_OR_REVIEW: defineNotification({
    data: z.object({ partnershipId: zId("partnership") }),
    preference: "partnerships",
    label: "A few check-ins in a row haven't happened",
    describe: (data) => ({
      text: "A few check-ins in a row haven't happened. That's okay — would a pause, or a talk about your rhythm, help?",
      href: agreementPage(data),
      action: "See your agreement",
    }),
    email: (data, to) => ({
      subject: "Would a pause or a change of rhythm help?",
      text: `Hi ${to.displayName},

A few of your check-ins in a row haven't happened. That's okay — life gets full, and nobody did anything wrong.

Would a pause help, or a talk with your partner about a rhythm that suits you both better? Your agreement says how you'd like to pause, and you can start a change to it together whenever you like:

${appUrl(agreementPage(data))}${signature()}`,
    }),
  }),
  /** Early warning (issue 15 item 8): to each partner on their own; no numbers, no one to blame. */
  CHECK_IN_EARLY_WARNING: defineNotification({
    data: z.object({ partnershipId: zId("partnership") }),
    preference: "partnerships",
    label: "Your check-ins have been quieter than usual",
    describe: (data) => ({
      text: "Your check-ins have been a little quieter than usual lately. That's okay — would a pause, or a talk with your partner about your rhythm, help?",
      href: partnershipPage(data),
      action: "See your partnership",
    }),
    email: (data, to) => ({
      subject: "Your check-ins have been quieter lately",
      text: `Hi ${to.displayName},

Your check-ins have been a little quieter than usual these past couple of weeks. That's okay — life changes, and nobody did anything wrong.

If it would help, you could talk with your partner about taking a pause, or about a rhythm that suits you both now. Your agreement is on your partnership page, and you can start a change to it together whenever you like:

${appUrl(partnershipPage(data))}${signature()}`,
    }),
  }),
};

/** One entry per notification type: a feature adds its type here and nowhere else. */
export const notificationCatalog = {
  REQUEST_RECEIVED: defineNotification({
    label: "Someone asks to be your partner",
    data: z.object({ requestId: zId("request"), fromMemberId: zId("member") }),
    preference: "requests",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({ text: `${nameOf(data.fromMemberId)} would like to be your accountability partner.`, href: "/requests", action: "See the request" }),
    email: (_data, to) => ({
      subject: "Someone would like to be your accountability partner",
      text: `Hi ${to.displayName},\n\nA Tandem member would like to be your accountability partner. You can read their request and answer it whenever you're ready:\n\n${appUrl("/requests")}\n\nThe request stays open for 7 days. Saying "not right now" is always fine: they will only see that the match isn't available.${signature()}`,
    }),
  }),
  REQUEST_ACCEPTED: defineNotification({
    label: "Your request is accepted",
    data: z.object({ requestId: zId("request"), partnershipId: zId("partnership"), fromMemberId: zId("member") }),
    preference: "requests",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({
      text: `${nameOf(data.fromMemberId)} accepted your request. You can start shaping your agreement together.`,
      href: `/partnerships/${data.partnershipId}`,
      action: "Go to your partnership",
    }),
    email: (data, to) => ({
      subject: "Your partnership request was accepted",
      text: `Hi ${to.displayName},\n\nGood news: your request was accepted. Your new partnership is waiting for the two of you to shape your agreement together:\n\n${appUrl(`/partnerships/${data.partnershipId}`)}${signature()}`,
    }),
  }),
  /** Kind and blameless: no reason is asked, so none is shown; the email names nobody. */
  PARTNER_NOT_GOING_AHEAD: defineNotification({
    label: "A partnership draft closes",
    data: z.object({ partnershipId: zId("partnership"), fromMemberId: zId("member") }),
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({
      text: `${nameOf(data.fromMemberId)} decided not to go ahead with your partnership. That's okay — you're back in matching whenever you're ready.`,
      href: `/partnerships/${data.partnershipId}`,
      action: "Go to your partnership",
    }),
    email: (_data, to) => ({
      subject: "Your partnership draft has closed",
      text: `Hi ${to.displayName},\n\nYour partner decided not to go ahead with the partnership you were drafting together. That's okay — it happens, and nobody did anything wrong. The draft stays private and isn't shared anywhere.\n\nYou're back in matching, so you can look at new suggestions whenever you're ready:\n\n${appUrl("/matches")}${signature()}`,
    }),
  }),
  ...agreementNotices,
  ...checkInNotices,
  ...partnershipChangeNotices,
  /** From moderation (issue 14): says what is asked, never who reported or what they wrote. */
  MODERATOR_WARNING: defineNotification({
    label: "A note from Tandem's moderators",
    alwaysInApp: true,
    data: z.object({}),
    preference: "account",
    describe: () => ({
      text: "A Tandem moderator looked into a report about how you've been talking with someone, and asks you to keep every conversation here kind, respectful and free of pressure. If it happens again, your account may be suspended.",
      href: "/help",
      action: "See support and guidance",
    }),
    email: (_data, to) => ({
      subject: "A note from Tandem's moderators",
      text: `Hi ${to.displayName},\n\nA Tandem moderator looked into a report about how you've been talking with someone here. We ask every member to keep conversations kind, respectful and free of pressure, so that everyone can feel safe.\n\nPlease keep this in mind from now on. If it happens again, your account may be suspended.\n\nThere's a note waiting for you when you sign in:\n\n${appUrl("/notifications")}${signature()}`,
    }),
  }),
} as const satisfies Record<NotificationType, CatalogEntry>;

/** The data a notice of this type is written with. */
export type NotificationInput<T extends NotificationType> = z.input<(typeof notificationCatalog)[T]["data"]>;

/** One notice to write: who gets it, its type and its data. */
export type Notice = { [T in NotificationType]: { memberId: string; type: T; data: NotificationInput<T> } }[NotificationType];
