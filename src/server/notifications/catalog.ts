import "server-only";
import { z } from "zod";
import type { NotificationType } from "@/generated/prisma/client";
import { zId } from "@/shared/ids";
import { appUrl, signature } from "@/server/mail/compose";

/** The groups a member will switch notices on and off by (PRODUCT.md §11), with their labels. */
export const notificationPreferences = { requests: "Partnership requests", partnerships: "Your partnerships" } as const;
export type NotificationPreference = keyof typeof notificationPreferences;

/** Stored data is ids and choices only, never member text. */
type StoredData = { [key: string]: string | number | boolean | null };

/** A notice as the centre shows it: text written when it is read, so renames show. */
export type NoticeWords = { text: string; href: string; action: string };

/** A stored notice whose data parsed, ready to describe or email. */
export type ParsedNotice = {
  data: StoredData;
  /** Members the text names; the centre looks their names up when it is read. */
  mentions: string[];
  describe: (nameOf: (memberId: string) => string) => NoticeWords;
  /** The email, if this type has one. It names nobody and quotes nothing: the inbox may be read by someone else. */
  email: (to: { displayName: string }) => { subject: string; text: string } | null;
};

export type CatalogEntry<S extends z.ZodType<StoredData> = z.ZodType<StoredData>> = {
  data: S;
  preference: NotificationPreference;
  /** Stored data read through the schema (never cast), or null when it does not parse. */
  parse: (raw: unknown) => ParsedNotice | null;
};

function defineNotification<S extends z.ZodType<StoredData>>(entry: {
  data: S;
  preference: NotificationPreference;
  mentions?: (data: z.output<S>) => string[];
  describe: (data: z.output<S>, nameOf: (memberId: string) => string) => NoticeWords;
  email?: (data: z.output<S>, to: { displayName: string }) => { subject: string; text: string };
}): CatalogEntry<S> {
  return {
    data: entry.data,
    preference: entry.preference,
    parse: (raw) => {
      const parsed = entry.data.safeParse(raw);
      if (!parsed.success) return null;
      const data = parsed.data;
      return {
        data,
        mentions: entry.mentions?.(data) ?? [],
        describe: (nameOf) => entry.describe(data, nameOf),
        email: (to) => entry.email?.(data, to) ?? null,
      };
    },
  };
}

/** One entry per notification type: a feature adds its type here and nowhere else. */
export const notificationCatalog = {
  REQUEST_RECEIVED: defineNotification({
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
} as const satisfies Record<NotificationType, CatalogEntry>;

/** The data a notice of this type is written with. */
export type NotificationInput<T extends NotificationType> = z.input<(typeof notificationCatalog)[T]["data"]>;

/** One notice to write: who gets it, its type and its data. */
export type Notice = { [T in NotificationType]: { memberId: string; type: T; data: NotificationInput<T> } }[NotificationType];
