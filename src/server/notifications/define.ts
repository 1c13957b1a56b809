import "server-only";
import type { z } from "zod";
/** The groups a member will switch notices on and off by (PRODUCT.md §11), with their labels. */
export const notificationPreferences = { requests: "Partnership requests", partnerships: "Your partnerships", account: "Your account" } as const;
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
  /** What the preferences page calls this type: describes the event, names nobody. */
  label: string;
  hasEmail: boolean;
  /** Safety notices a member can't switch off entirely: they always reach the notification centre. */
  alwaysInApp: boolean;
  /** Stored data read through the schema (never cast), or null when it does not parse. */
  parse: (raw: unknown) => ParsedNotice | null;
};

export function defineNotification<S extends z.ZodType<StoredData>>(entry: {
  data: S;
  preference: NotificationPreference;
  label: string;
  alwaysInApp?: boolean;
  mentions?: (data: z.output<S>) => string[];
  describe: (data: z.output<S>, nameOf: (memberId: string) => string) => NoticeWords;
  email?: (data: z.output<S>, to: { displayName: string }) => { subject: string; text: string };
}): CatalogEntry<S> {
  return {
    data: entry.data,
    preference: entry.preference,
    label: entry.label,
    hasEmail: entry.email !== undefined,
    alwaysInApp: entry.alwaysInApp ?? false,
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
