import { Card } from "@/components/ui/card";
import type { CrisisLine } from "@/shared/crisis/resources";
import { CrisisContactLink } from "./crisis-contact-link";

/** "samaritans.org" for the source link's words. */
function siteName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** One crisis line: who it is, what it's for, when it answers, how to reach it, and where that comes from. */
export function CrisisLineCard({ line }: { line: CrisisLine }) {
  return (
    <Card as="li">
      <h3 className="text-lg font-semibold">{line.name}</h3>
      <p className="mt-1 text-muted">{line.purpose}</p>
      {line.hours ? <p className="mt-1 text-sm text-muted">Open {line.hours.toLowerCase()}.</p> : null}
      <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        {line.contacts.map((contact) => (
          <CrisisContactLink key={`${contact.kind}-${contact.dial}`} contact={contact} />
        ))}
      </p>
      <p className="mt-2 text-sm text-muted">
        Source:{" "}
        <a href={line.source} className="inline-flex min-h-6 items-center text-primary-text underline" rel="noopener">
          {siteName(line.source)}
        </a>
      </p>
    </Card>
  );
}
