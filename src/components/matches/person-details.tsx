import { Clock } from "lucide-react";
import type { FocusArea } from "@/server/matching/scorer/types";
import type { PublicMember } from "@/server/partnerships/public-member";
import { TagList } from "./tag-list";
import { focusLabel, languageLabel } from "./words";

/** "Sam (they/them)": a member's name with their pronouns, for headings. */
export function NameWithPronouns({ person }: { person: Pick<PublicMember, "displayName" | "pronouns"> }) {
  return (
    <>
      {person.displayName}
      {person.pronouns ? <span className="text-base font-normal text-muted"> ({person.pronouns})</span> : null}
    </>
  );
}

/**
 * What a member chose to share about themselves: intro, focus areas and languages. Never their
 * email. `id` prefixes the label ids, so several people can be on one page.
 */
export function PersonDetails({ id, person }: { id: string; person: PublicMember }) {
  return (
    <div className="space-y-3">
      {person.intro ? <p className="whitespace-pre-line break-words">{person.intro}</p> : null}
      <TagList id={`${id}-focus`} label="Would like support with" items={person.focusAreas.map((area) => focusLabel(area as FocusArea))} />
      <TagList id={`${id}-languages`} label="Languages" items={person.languages.map(languageLabel)} />
    </div>
  );
}

/** A person's name (and pronouns) as a card heading, with their local time now beside it. */
export function PersonHeading({
  id,
  person,
  localTime,
  hiddenPrefix,
}: {
  id: string;
  person: Pick<PublicMember, "displayName" | "pronouns">;
  localTime: string | null;
  /** Words only screen readers hear before the name, e.g. "Your partner: ". */
  hiddenPrefix?: string;
}) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <h2 id={id} className="text-xl font-semibold break-words">
        {hiddenPrefix ? <span className="sr-only">{hiddenPrefix}</span> : null}
        <NameWithPronouns person={person} />
      </h2>
      {localTime ? (
        <p className="flex items-center gap-1.5 text-sm text-muted">
          <Clock aria-hidden="true" className="size-4 shrink-0" />
          {localTime}
        </p>
      ) : null}
    </div>
  );
}
