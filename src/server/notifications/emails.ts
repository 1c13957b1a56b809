import "server-only";
import { appUrl, signature } from "@/server/mail/compose";
import type { OutgoingEmail } from "@/server/mail/transport";
import type { NotificationType } from "@/generated/prisma/client";
import type { NotificationData } from "./service";

/**
 * The email beside an in-app notice. It names nobody and quotes nothing: an inbox may be read by
 * someone else, so the details wait behind sign-in.
 */
export function notificationEmail(type: NotificationType, to: { email: string; displayName: string }, data: NotificationData): OutgoingEmail {
  switch (type) {
    case "REQUEST_RECEIVED":
      return {
        to: to.email,
        subject: "Someone would like to be your accountability partner",
        text: `Hi ${to.displayName},\n\nA Tandem member would like to be your accountability partner. You can read their request and answer it whenever you're ready:\n\n${appUrl("/requests")}\n\nThe request stays open for 7 days. Saying "not right now" is always fine: they will only see that the match isn't available.${signature}`,
      };
    case "REQUEST_ACCEPTED":
      return {
        to: to.email,
        subject: "Your partnership request was accepted",
        text: `Hi ${to.displayName},\n\nGood news: your request was accepted. Your new partnership is waiting for the two of you to shape your agreement together:\n\n${appUrl(data.partnershipId ? `/partnerships/${data.partnershipId}` : "/requests")}${signature}`,
      };
  }
}
