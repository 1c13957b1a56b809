import type { CrisisContact, CrisisCountry } from "@/shared/crisis/resources";
import { crisisDirectory } from "@/shared/crisis/resources";
import { contactHref } from "./crisis-contact-link";

/** The main line's number, and whether the same number also takes texts ("call or text 988"). */
function mainContact(country: CrisisCountry): { verb: string; contact: CrisisContact } {
  const [first, ...others] = country.lines[0].contacts;
  const textsToo = first.kind === "call" && others.some((c) => c.kind === "text" && c.dial === first.dial && !c.keyword);
  return { verb: first.kind === "text" ? "text" : textsToo ? "call or text" : "call", contact: first };
}

function PhoneNumber({ contact, links }: { contact: CrisisContact; links: boolean }) {
  if (!links) return <strong className="font-semibold">{contact.display}</strong>;
  return (
    <a href={contactHref(contact)} className="font-semibold underline">
      {contact.display}
    </a>
  );
}

/**
 * VOICE.md's safety sentence for where the member is: "If you might hurt yourself or are in
 * danger, call 116 123 (Samaritans) or 999 now." Without a country it names no number of ours
 * and points to the local emergency number and the directory.
 */
export function DangerSentence({ country, links = true }: { country: CrisisCountry | null; links?: boolean }) {
  if (!country) {
    return (
      <>
        If you might hurt yourself or are in danger, call your local emergency number now, or{" "}
        <a href={crisisDirectory.url} className="font-semibold underline">
          find a free helpline where you are
        </a>
        .
      </>
    );
  }
  const { verb, contact } = mainContact(country);
  return (
    <>
      If you might hurt yourself or are in danger, {verb} <PhoneNumber contact={contact} links={links} /> ({country.lines[0].shortName}) or{" "}
      <PhoneNumber contact={country.emergency[0]} links={links} /> now.
    </>
  );
}
