import "server-only";
import { appUrl, signature } from "@/server/mail/compose";

/** Why a calendar email goes out; each has its own words. */
export type InvitationReason = "IN_FORCE" | "AMENDED" | "REPLACED" | "ENDED" | "PAUSE_CHANGED";

/**
 * The words of the email a check-in invitation or cancellation rides in. Like the catalog's emails
 * they name nobody and quote nothing of the agreement: an inbox may be read by someone else. An
 * ending reads the same however it came about, so nobody can tell from it why.
 */
export function invitationWords(reason: InvitationReason, to: { displayName: string }, partnershipId: string): { subject: string; text: string } {
  const page = appUrl(`/partnerships/${partnershipId}`);
  const hi = `Hi ${to.displayName},\n\n`;
  switch (reason) {
    case "IN_FORCE":
      return {
        subject: "Your check-ins, for your calendar",
        text: `${hi}Your agreement is in force, so your check-ins come with this email as a calendar invitation. Adding it puts them beside your other plans. If your agreement changes or your partnership ends, we'll send your calendar an update.\n\n${page}${signature()}`,
      };
    case "AMENDED":
      return {
        subject: "Your updated check-ins, for your calendar",
        text: `${hi}Your updated agreement is in force, so your check-ins as they are now come with this email as a calendar invitation.\n\n${page}${signature()}`,
      };
    case "REPLACED":
      return {
        subject: "Your earlier check-ins, out of your calendar",
        text: `${hi}Your agreement changed, so the check-ins of the earlier version are no longer planned. This email takes them out of your calendar; the updated ones come in a separate email.\n\n${page}${signature()}`,
      };
    case "PAUSE_CHANGED":
      return {
        subject: "Your check-ins, updated for your pause",
        text: `${hi}Your pause changed when your check-ins happen, so they come with this email again as a calendar update. The ones that fall in your pause are left out.\n\n${page}${signature()}`,
      };
    case "ENDED":
      return {
        subject: "Your check-ins are no longer planned",
        text: `${hi}Your partnership has ended, so its check-ins are no longer planned. This email takes them out of your calendar.\n\nWhenever you're ready, you can look at new suggestions:\n\n${appUrl("/matches")}${signature()}`,
      };
  }
}
