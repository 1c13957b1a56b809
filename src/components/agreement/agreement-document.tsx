import { useId } from "react";
import type { Agreement } from "@/shared/agreement/schema";
import type { PartnerNames } from "@/shared/agreement/sections";
import { documentSections, emptySectionWords, versionDocument, type DocumentSection, type TextBlock, type VersionMeta } from "@/shared/agreement/version-document";
import { cn } from "@/components/ui/cn";

type Props = {
  agreement: Agreement;
  meta: VersionMeta;
  /** 1 when the document is the page (its title is the page's h1); 2 when it sits under the page's own h1. */
  headingLevel?: 1 | 2;
  className?: string;
};

/**
 * One agreement version, read-only, in the same order and words as its Markdown export. Renders on
 * the server; prints cleanly (the site's header and footer hide themselves when printed, and the
 * page around this should do the same for its own links and buttons with `print:hidden`).
 */
export function AgreementDocument({ agreement, meta, headingLevel = 1, className }: Props) {
  const id = useId();
  const document = versionDocument(agreement, meta);
  const Title = headingLevel === 1 ? "h1" : "h2";
  return (
    <article aria-labelledby={`${id}-title`} className={cn("break-words", className)}>
      <header>
        <Title id={`${id}-title`} className="text-3xl font-semibold tracking-tight sm:text-4xl print:text-2xl">
          {document.title}
        </Title>
        <p className="mt-3 text-muted">{document.standing}</p>
        <ul className="mt-2 space-y-1 text-muted">
          {document.signatures.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </header>
      <SectionList sections={document.sections} idPrefix={id} headingLevel={headingLevel === 1 ? 2 : 3} className="mt-10" />
    </article>
  );
}

/**
 * The sections alone, for a version shown under a heading of its own (the agreement in force, a
 * proposal waiting for a signature): the same rendering as the whole document.
 */
export function AgreementSections({ agreement, names, headingLevel = 3, className }: { agreement: Agreement; names: PartnerNames; headingLevel?: 2 | 3; className?: string }) {
  const id = useId();
  return <SectionList sections={documentSections(agreement, names)} idPrefix={id} headingLevel={headingLevel} className={className} />;
}

function SectionList({ sections, idPrefix, headingLevel, className }: { sections: DocumentSection[]; idPrefix: string; headingLevel: 2 | 3; className?: string }) {
  return (
    <div className={cn("space-y-10 print:mt-8 print:space-y-6", className)}>
      {sections.map((section) => (
        <Section key={section.id} section={section} headingId={`${idPrefix}-${section.id}`} level={headingLevel} />
      ))}
    </div>
  );
}

function Section({ section, headingId, level }: { section: DocumentSection; headingId: string; level: number }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <Heading id={headingId} className="text-xl font-semibold print:break-after-avoid">
        {section.title}
      </Heading>
      {section.blocks?.map((block, index) => <Block key={index} block={block} />)}
      {section.blocks?.length === 0 ? <p className="text-muted italic">{emptySectionWords}</p> : null}
      {section.fields.length > 0 ? (
        <dl className="space-y-2 rounded-xl border border-line p-4 print:rounded-none print:border-0 print:p-0">
          {section.fields.map((field) => (
            <div key={field.key} className="sm:grid sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)] sm:gap-4 print:break-inside-avoid">
              <dt className="text-muted">{field.label}</dt>
              <dd className="font-medium">{field.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}

function Block({ block }: { block: TextBlock }) {
  if (block.kind === "paragraph") return <p>{block.text}</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {block.items.map((item, index) => (
        <li key={index} className="print:break-inside-avoid">
          {item}
        </li>
      ))}
    </ul>
  );
}
