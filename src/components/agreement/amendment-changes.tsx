import type { PartnerNames } from "@/shared/agreement/sections";
import { sectionTitles } from "@/shared/agreement/sections";
import type { SectionDiff, WordPart } from "@/shared/agreement/section-diff";
import { fieldLabels, fieldValueWords } from "@/shared/agreement/field-words";

function Words({ parts, keep }: { parts: WordPart[]; keep: "removed" | "added" }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {parts.map((part, index) => {
        if (part.change === "same") return <span key={index}>{part.text}</span>;
        if (part.change !== keep) return null;
        return keep === "removed" ? (
          <del key={index} className="rounded bg-danger-soft px-0.5">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={index} className="rounded bg-primary-soft px-0.5 font-medium no-underline">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        );
      })}
    </p>
  );
}

/** What a change to the agreement would do, section by section: the version in force beside the change. */
export function AmendmentChanges({ changes, names, inForceNumber }: { changes: SectionDiff[]; names: PartnerNames; inForceNumber: number }) {
  if (changes.length === 0) return <p className="text-muted">Nothing differs from version {inForceNumber} yet.</p>;
  return (
    <div className="space-y-6" data-testid="amendment-changes">
      {changes.map((change) => (
        <section key={change.section} className="space-y-2">
          <h3 className="text-lg font-semibold break-words">{sectionTitles[change.section](names)}</h3>
          {change.words ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <div>
                <p className="text-sm font-medium text-muted">In force (version {inForceNumber})</p>
                <Words parts={change.words} keep="removed" />
              </div>
              <div>
                <p className="text-sm font-medium text-muted">With the change</p>
                <Words parts={change.words} keep="added" />
              </div>
            </div>
          ) : null}
          {change.fields.length > 0 ? (
            <ul className="space-y-1">
              {change.fields.map((field) => (
                <li key={field.key}>
                  <span className="font-medium">{fieldLabels[field.key]}:</span> {fieldValueWords(field.key, field.before)} → {fieldValueWords(field.key, field.after)}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}
