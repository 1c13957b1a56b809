import type { FocusArea } from "@/server/matching/score-types";
import type { PublicMember } from "@/server/matching/public-profile";
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
