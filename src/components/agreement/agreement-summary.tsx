import { fieldKeys, fieldSection, type FieldKey } from "@/shared/agreement/fields";
import type { Agreement } from "@/shared/agreement/schema";
import { sectionIds, sectionTitles, textSectionIds, type PartnerNames, type SectionId, type TextSectionId } from "@/shared/agreement/sections";
import { fieldLabels, fieldValueWords } from "@/shared/agreement/field-words";

const isText = (section: SectionId): section is TextSectionId => (textSectionIds as readonly string[]).includes(section);
const fieldsOf = (section: SectionId): FieldKey[] => fieldKeys.filter((key) => fieldSection[key] === section);

function fieldValue(key: FieldKey, agreement: Agreement): string {
  if (key === "durationMinutes") return `${agreement.fields.durationMinutes} minutes`;
  if (key === "maxPauseWeeks") return `${agreement.fields.maxPauseWeeks} weeks`;
  return fieldValueWords(key, agreement.fields[key]);
}

/** A frozen version of the agreement, read-only, section by section as in the editor. */
export function AgreementSummary({ agreement, names, headingLevel = "h3" }: { agreement: Agreement; names: PartnerNames; headingLevel?: "h2" | "h3" }) {
  const Heading = headingLevel;
  return (
    <div className="space-y-6">
      {sectionIds.map((section) => {
        const text = isText(section) ? agreement.text[section].trim() : "";
        const fields = fieldsOf(section);
        return (
          <section key={section} className="space-y-2">
            <Heading className="text-lg font-semibold break-words">{sectionTitles[section](names)}</Heading>
            {isText(section) ? <p className="whitespace-pre-wrap break-words">{text === "" ? <span className="text-muted">Left empty.</span> : text}</p> : null}
            {fields.length > 0 ? (
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
                {fields.map((key) => (
                  <div key={key} className="contents">
                    <dt className="font-medium">{fieldLabels[key]}</dt>
                    <dd className="break-words">{fieldValue(key, agreement)}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
