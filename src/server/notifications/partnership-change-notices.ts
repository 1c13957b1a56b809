import "server-only";
import { z } from "zod";
import { zId } from "@/shared/ids";
import { appUrl, signature } from "@/server/mail/compose";
import { checkInTimeText, dayText } from "@/shared/check-ins/notice-time";
import { defineNotification } from "./define";

const partnershipPage = (data: { partnershipId: string }) => `/partnerships/${data.partnershipId}`;
const reviewPage = (data: { partnershipId: string; reviewId: string }) => `/partnerships/${data.partnershipId}/reviews/${data.reviewId}`;
/** A time in the reader's zone, stored with the notice like a check-in reminder's. */
const when = { at: z.number().int(), timeZone: z.string().max(64) };
const fromPartner = { partnershipId: zId("partnership"), fromMemberId: zId("member") };

/**
 * Pauses, reviews and endings (issue 16, PRODUCT.md §7–9). Nobody is blamed, no reason is ever
 * passed on, and emails name nobody and quote nothing.
 */
export const partnershipChangeNotices = {
  PAUSE_REQUESTED: defineNotification({
    label: "Your partner asks for a pause",
    data: z.object({ ...fromPartner, pauseId: zId("pause"), extension: z.boolean() }),
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({
      text: data.extension
        ? `${nameOf(data.fromMemberId)} would like to make your pause a little longer. Answer whenever you're ready.`
        : `${nameOf(data.fromMemberId)} would like to pause your partnership for a while. Answer whenever you're ready.`,
      href: partnershipPage(data),
      action: "See the request",
    }),
    email: (data, to) => ({
      subject: data.extension ? "Your partner would like a longer pause" : "Your partner would like to take a pause",
      text: `Hi ${to.displayName},\n\nYour partner would like to ${data.extension ? "make your pause a little longer" : "pause your partnership for a while"}. Pauses are a normal part of any partnership, and nothing changes until you answer. You can say yes, say not now, or suggest other dates:\n\n${appUrl(partnershipPage(data))}${signature()}`,
    }),
  }),
  PAUSE_ANSWERED: defineNotification({
    label: "Your partner answers your pause request",
    data: z.object({ ...fromPartner, pauseId: zId("pause"), answer: z.enum(["ACCEPTED", "DECLINED", "OTHER_DATES"]) }),
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({
      text: {
        ACCEPTED: `${nameOf(data.fromMemberId)} agreed to your pause.`,
        DECLINED: `${nameOf(data.fromMemberId)} would rather not pause right now. Your partnership carries on as before; a talk at your next check-in might help.`,
        OTHER_DATES: `${nameOf(data.fromMemberId)} suggested other dates for your pause.`,
      }[data.answer],
      href: partnershipPage(data),
      action: data.answer === "OTHER_DATES" ? "See their dates" : "See your partnership",
    }),
    email: (data, to) => ({
      subject: "Your partner answered your pause request",
      text: `Hi ${to.displayName},\n\nYour partner answered your request for a pause. You can see their answer on your partnership page:\n\n${appUrl(partnershipPage(data))}${signature()}`,
    }),
  }),
  /** In the centre only: the email about the request said nothing changes until it is answered, and that stays true. */
  PAUSE_WITHDRAWN: defineNotification({
    label: "Your partner takes back a pause",
    data: z.object({ ...fromPartner, pauseId: zId("pause"), planned: z.boolean() }),
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({
      text: data.planned
        ? `${nameOf(data.fromMemberId)} called off the pause you had planned. Your partnership and check-ins carry on as before.`
        : `${nameOf(data.fromMemberId)} took back their request for a pause, so there's nothing to answer. Your partnership carries on as before.`,
      href: partnershipPage(data),
      action: "See your partnership",
    }),
  }),
  /** `at`: the day it picks up again (00:00 in the agreement's zone, `timeZone`); `from`: a planned pause's first day, null once it runs. */
  PAUSE_STARTED: defineNotification({
    label: "A pause begins",
    data: z.object({ partnershipId: zId("partnership"), fromMemberId: zId("member").nullable(), ...when, from: z.number().int().nullable() }),
    preference: "partnerships",
    mentions: (data) => (data.fromMemberId ? [data.fromMemberId] : []),
    describe: (data, nameOf) => ({
      text: data.fromMemberId
        ? data.from === null
          ? `${nameOf(data.fromMemberId)} is taking a pause; your partnership picks up again on ${dayText(data.at, data.timeZone)}. There's nothing you need to do — no check-ins until then. Take care of yourself too.`
          : `${nameOf(data.fromMemberId)} is planning a pause from ${dayText(data.from, data.timeZone)}; your partnership picks up again on ${dayText(data.at, data.timeZone)}. There's nothing you need to do.`
        : `Your pause has begun. No check-ins until your partnership picks up again on ${dayText(data.at, data.timeZone)}; take the time you need.`,
      href: partnershipPage(data),
      action: "See your partnership",
    }),
    email: (data, to) => ({
      subject: data.from === null ? "Your partnership is paused for a while" : "A pause is planned for your partnership",
      text: `Hi ${to.displayName},\n\nYour partnership ${data.from === null ? "is paused" : `will pause from ${dayText(data.from, data.timeZone)}`} and picks up again on ${dayText(data.at, data.timeZone)}. There are no check-ins or reminders while it's paused, and nothing you need to do. It will pick up again on its own, and either of you can resume sooner:\n\n${appUrl(partnershipPage(data))}${signature()}`,
    }),
  }),
  PAUSE_RESUMED: defineNotification({
    label: "Your partnership picks up again after a pause",
    data: z.object({ partnershipId: zId("partnership"), next: z.number().int().nullable(), timeZone: z.string().max(64) }),
    preference: "partnerships",
    describe: (data) => ({
      text: data.next === null
        ? "Welcome back — your partnership has picked up again after your pause."
        : `Welcome back — your partnership has picked up again. Your next check-in is ${checkInTimeText(data.next, data.timeZone)}.`,
      href: partnershipPage(data),
      action: "See your partnership",
    }),
    email: (data, to) => ({
      subject: "Welcome back to your partnership",
      text: `Hi ${to.displayName},\n\nYour pause is over and your partnership has picked up again.${data.next === null ? "" : ` Your next check-in is ${checkInTimeText(data.next, data.timeZone)} (your time).`}\n\nEase back in at your own pace:\n\n${appUrl(partnershipPage(data))}${signature()}`,
    }),
  }),
  REVIEW_DUE: defineNotification({
    label: "It's time to look back together",
    data: z.object({ partnershipId: zId("partnership"), reviewId: zId("review"), trial: z.boolean() }),
    preference: "partnerships",
    describe: (data) => ({
      text: data.trial
        ? "Your 4-week trial review is ready. Answer a few questions on your own; you'll both see the answers once you've both finished."
        : "It's time for your review. Answer a few questions on your own; you'll both see the answers once you've both finished.",
      href: reviewPage(data),
      action: "Start your review",
    }),
    email: (data, to) => ({
      subject: data.trial ? "Your trial review is ready" : "It's time to look back together",
      text: `Hi ${to.displayName},\n\nIt's time to look back on your partnership together. Each of you answers a few questions on your own — your answers stay private until you've both finished, and then you see them side by side:\n\n${appUrl(reviewPage(data))}${signature()}`,
    }),
  }),
  REVIEW_REVEALED: defineNotification({
    label: "You've both finished your review",
    data: z.object({ ...fromPartner, reviewId: zId("review") }),
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({
      text: `You and ${nameOf(data.fromMemberId)} have both finished your review. Your answers are side by side now, with a suggested next step.`,
      href: reviewPage(data),
      action: "See your review",
    }),
    email: (data, to) => ({
      subject: "Your review is ready to read together",
      text: `Hi ${to.displayName},\n\nYou've both finished your review, so your answers are now side by side, with a suggested next step:\n\n${appUrl(reviewPage(data))}${signature()}`,
    }),
  }),
  PARTNERSHIP_ENDING: defineNotification({
    label: "Your partnership will end after one last check-in",
    data: z.object({ ...fromPartner, quietly: z.boolean(), ...when }),
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({
      text: data.quietly
        ? `Your partnership with ${nameOf(data.fromMemberId)} will end after your check-in on ${checkInTimeText(data.at, data.timeZone)}.`
        : `${nameOf(data.fromMemberId)} has decided to end your partnership after one last check-in, on ${checkInTimeText(data.at, data.timeZone)}. It's a chance to say goodbye well.`,
      href: partnershipPage(data),
      action: "See your partnership",
    }),
    email: (data, to) => ({
      subject: "Your partnership will end after one last check-in",
      text: `Hi ${to.displayName},\n\nYour partnership will end after one last check-in, ${checkInTimeText(data.at, data.timeZone)} (your time). Endings are a normal part of accountability partnerships, and nobody did anything wrong.\n\n${appUrl(partnershipPage(data))}${signature()}`,
    }),
  }),
  PARTNERSHIP_ENDED: defineNotification({
    label: "A partnership ends",
    data: z.object({ ...fromPartner, quietly: z.boolean() }),
    preference: "partnerships",
    mentions: (data) => [data.fromMemberId],
    describe: (data, nameOf) => ({
      text: data.quietly
        ? `Your partnership with ${nameOf(data.fromMemberId)} has ended. You're back in matching, and we'll show you to new people first for a while.`
        : `${nameOf(data.fromMemberId)} has ended your partnership. Thank you for the time and care you gave it. You're back in matching, and we'll show you to new people first for a while.`,
      href: partnershipPage(data),
      action: "See your partnership",
    }),
    email: (_data, to) => ({
      subject: "Your partnership has ended",
      text: `Hi ${to.displayName},\n\nYour partnership has ended. Endings are a normal part of accountability partnerships, and nobody did anything wrong. Thank you for the time and care you gave it.\n\nYou're back in matching, and for a while we'll show you to new people first:\n\n${appUrl("/matches")}${signature()}`,
    }),
  }),
  /** In-app only: a private, optional prompt; nobody else ever sees what is written. */
  REFLECTION_PROMPT: defineNotification({
    label: "A moment to reflect after a partnership",
    data: z.object({ partnershipId: zId("partnership") }),
    preference: "partnerships",
    describe: (data) => ({
      text: "When you feel like it, you can write a few private words about what this partnership gave you. Only you will ever see them.",
      href: partnershipPage(data),
      action: "Write a reflection",
    }),
  }),
};
