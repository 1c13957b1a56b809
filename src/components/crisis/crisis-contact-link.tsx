import type { CrisisContact } from "@/shared/crisis/resources";
import { cn } from "@/components/ui/cn";

/** "Call 116 123", "Text SHOUT to 85258": what to do, in words. */
export function contactAction(contact: CrisisContact): string {
  if (contact.kind === "call") return `Call ${contact.display}`;
  return contact.keyword ? `Text ${contact.keyword} to ${contact.display}` : `Text ${contact.display}`;
}

/** The phone link for a contact: `tel:` to call, `sms:` to text. */
export function contactHref(contact: CrisisContact): string {
  return `${contact.kind === "call" ? "tel" : "sms"}:${contact.dial}`;
}

/** A crisis number as a link a phone can dial, with a 44 px tap target. */
export function CrisisContactLink({ contact, className }: { contact: CrisisContact; className?: string }) {
  return (
    <a href={contactHref(contact)} className={cn("inline-flex min-h-11 items-center font-medium text-primary-text underline", className)}>
      {contactAction(contact)}
      {contact.note ? <span className="ml-1 font-normal text-muted no-underline">({contact.note})</span> : null}
    </a>
  );
}
