import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/server/db/client";
import type { NotificationType } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { notificationCatalog, notificationPreferences, type NotificationPreference } from "./catalog";
import { minutesOf, timeOf, type QuietHours } from "./quiet-hours";
import { zNotificationChoice, zNotificationType, type NotificationChoice, type SetPreferencesInput } from "./schemas";

/** What a type does when the member never chose: email where it has one. */
export function defaultChoice(type: NotificationType): NotificationChoice {
  return notificationCatalog[type].hasEmail ? "IN_APP_AND_EMAIL" : "IN_APP";
}

/** The choices a type offers: no email option without an email, no "off" for safety notices. */
export function choicesFor(type: NotificationType): NotificationChoice[] {
  const entry = notificationCatalog[type];
  return [...(entry.hasEmail ? (["IN_APP_AND_EMAIL"] as const) : []), "IN_APP", ...(entry.alwaysInApp ? [] : (["OFF"] as const))];
}

/**
 * What a notice of this type does for this member. A stored choice the type no longer offers (the
 * catalog changed since) falls back to the nearest one it does, never to silence.
 */
export function resolveChoice(type: NotificationType, stored: NotificationChoice | undefined): NotificationChoice {
  const choice = stored ?? defaultChoice(type);
  if (choicesFor(type).includes(choice)) return choice;
  return choice === "IN_APP_AND_EMAIL" ? "IN_APP" : defaultChoice(type);
}

/** Stored choices are parsed, never cast: a type that no longer exists, or a bad value, is dropped. */
const zStoredChoices = z.record(z.string(), z.unknown()).catch({});
function parseChoices(raw: unknown): Partial<Record<NotificationType, NotificationChoice>> {
  const choices: Partial<Record<NotificationType, NotificationChoice>> = {};
  for (const [key, value] of Object.entries(zStoredChoices.parse(raw))) {
    const type = zNotificationType.safeParse(key);
    const choice = zNotificationChoice.safeParse(value);
    if (type.success && choice.success) choices[type.data] = choice.data;
  }
  return choices;
}

/** What notify() needs to know about one member. */
export type DeliveryPreferences = { choiceFor: (type: NotificationType) => NotificationChoice; quietHours: QuietHours | null };

export async function deliveryPreferences(tx: Tx | Db, memberId: string): Promise<DeliveryPreferences> {
  const row = await tx.notificationPreferences.findUnique({ where: { memberId }, select: { choices: true, quietHoursOn: true, quietStart: true, quietEnd: true } });
  const choices = parseChoices(row?.choices);
  return {
    choiceFor: (type) => resolveChoice(type, choices[type]),
    quietHours: row?.quietHoursOn ? { start: row.quietStart, end: row.quietEnd } : null,
  };
}

export type PreferenceGroup = {
  key: NotificationPreference;
  label: string;
  types: { type: NotificationType; label: string; choice: NotificationChoice; choices: NotificationChoice[] }[];
};
export type PreferencesView = { groups: PreferenceGroup[]; quietHours: { on: boolean; start: string; end: string }; timezone: string };

/** The settings page's view: every type in the catalog, grouped, with the member's choice. */
export async function getPreferences(db: Db, memberId: string): Promise<PreferencesView> {
  const [member, row] = await Promise.all([
    db.member.findUnique({ where: { id: memberId }, select: { timezone: true } }),
    db.notificationPreferences.findUnique({ where: { memberId }, select: { choices: true, quietHoursOn: true, quietStart: true, quietEnd: true } }),
  ]);
  if (!member) throw new AppError("NOT_FOUND", "We couldn't find your account.");
  const choices = parseChoices(row?.choices);
  const types = Object.keys(notificationCatalog) as NotificationType[];
  const groups = (Object.keys(notificationPreferences) as NotificationPreference[]).map((key) => ({
    key,
    label: notificationPreferences[key],
    types: types
      .filter((type) => notificationCatalog[type].preference === key)
      .map((type) => ({ type, label: notificationCatalog[type].label, choice: resolveChoice(type, choices[type]), choices: choicesFor(type) })),
  }));
  return {
    groups: groups.filter((group) => group.types.length > 0),
    quietHours: { on: row?.quietHoursOn ?? false, start: timeOf(row?.quietStart ?? 1320), end: timeOf(row?.quietEnd ?? 480) },
    timezone: member.timezone,
  };
}

/**
 * Saves the member's choices (merged over what they had) and quiet hours in one statement. A choice
 * a type doesn't offer (switching off a safety notice) is refused with the reason, nothing written.
 */
export async function setPreferences(db: Db, memberId: string, input: SetPreferencesInput): Promise<PreferencesView> {
  for (const [type, choice] of Object.entries(input.choices) as [NotificationType, NotificationChoice][]) {
    if (!choicesFor(type).includes(choice)) {
      const reason = notificationCatalog[type].alwaysInApp ? "can't be switched off: it always reaches your notifications" : "has no email";
      throw new AppError("BAD_INPUT", `"${notificationCatalog[type].label}" ${reason}.`, { fieldErrors: { [`choices.${type}`]: [reason] } });
    }
  }
  const quiet = { quietHoursOn: input.quietHours.on, quietStart: minutesOf(input.quietHours.start), quietEnd: minutesOf(input.quietHours.end) };
  await db.$transaction(async (tx) => {
    // The row (made first if need be) is locked, so two saves at once merge one after the other
    // instead of one losing the other's choice.
    await tx.$executeRaw`INSERT INTO notification_preferences ("memberId", "updatedAt") VALUES (${memberId}, now()) ON CONFLICT DO NOTHING`;
    const existing = await tx.$queryRaw<{ choices: unknown }[]>`SELECT choices FROM notification_preferences WHERE "memberId" = ${memberId} FOR UPDATE`;
    const choices = { ...parseChoices(existing[0]?.choices), ...input.choices };
    await tx.notificationPreferences.update({ where: { memberId }, data: { choices, ...quiet } });
  });
  return getPreferences(db, memberId);
}
