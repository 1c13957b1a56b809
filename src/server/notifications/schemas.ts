import { z } from "zod";
import { zId } from "@/shared/ids";
import { NotificationType } from "@/generated/prisma/enums";

/** Mark the listed notifications read, or every one when `ids` is left out. */
export const zMarkReadInput = z.object({ ids: z.array(zId("notification")).min(1).max(100, "Mark at most 100 at a time.").optional() });

/** A page of the site, as the browser's pathname gives it: notices pointing at it are read once it is seen. */
export const zMarkReadOnPageInput = z.object({
  path: z
    .string()
    .max(300, "That page address is too long.")
    .regex(/^\/[A-Za-z0-9/_-]*$/, "That isn't a page of Tandem."),
});

export const notificationChoices = ["IN_APP_AND_EMAIL", "IN_APP", "OFF"] as const;
export const zNotificationChoice = z.enum(notificationChoices);
export type NotificationChoice = z.infer<typeof zNotificationChoice>;

/** Every notification type; a key that isn't one is refused, not ignored. */
export const zNotificationType = z.enum(Object.values(NotificationType) as [NotificationType, ...NotificationType[]]);

/** A local wall-clock time, "00:00" to "23:59". */
export const zLocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 22:00.");

export const zQuietHours = z
  .object({ on: z.boolean(), start: zLocalTime, end: zLocalTime })
  .strict()
  .refine((quiet) => quiet.start !== quiet.end, { message: "Quiet hours need different start and end times.", path: ["end"] });

/** Choices for the types the member changes (others keep what they had), and their quiet hours. */
export const zSetPreferencesInput = z
  .object({
    choices: z.partialRecord(zNotificationType, zNotificationChoice),
    quietHours: zQuietHours,
  })
  .strict();
export type SetPreferencesInput = z.infer<typeof zSetPreferencesInput>;
