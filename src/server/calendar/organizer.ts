import "server-only";
import type { Mailbox } from "./ics";

const named = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/;
const bare = /^\s*([^<>\s"]+@[^<>\s"]+)\s*$/;

/**
 * The organizer of check-in invitations: the address Tandem sends from (MAIL_FROM), so replies
 * never reach a member and neither member's address is shown to the other.
 */
export function calendarOrganizer(mailFrom: string | undefined = process.env.MAIL_FROM): Mailbox {
  const fallback = { name: "Tandem", email: "hello@tandem.local" };
  if (!mailFrom) return fallback;
  const withName = named.exec(mailFrom);
  if (withName?.[2]) return { name: withName[1]?.trim() || "Tandem", email: withName[2] };
  const address = bare.exec(mailFrom)?.[1];
  return address ? { name: "Tandem", email: address } : fallback;
}
