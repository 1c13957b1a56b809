"use client";

// First: before any module below builds a zod schema.
import "./zod-without-eval";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import * as Y from "yjs";
import { watchPartnerFieldChanges } from "@/shared/agreement/field-changes";
import { fieldSection, type FieldKey } from "@/shared/agreement/fields";
import { agreementFields, agreementText, readAgreementDoc, type FieldError as SectionFieldError } from "@/shared/agreement/doc";
import { createPresence, presenceWords, setEditingSection } from "@/shared/agreement/presence";
import { sectionIds, sectionTitles, textSectionIds, textSections, type PartnerNames, type PartnerSlot, type SectionId, type TextSectionId } from "@/shared/agreement/sections";
import { anchorCaret, applyTextareaChange, caretIndex } from "@/shared/agreement/textarea";
import { asPlainText } from "@/shared/text/plain-text";
import { FieldError, FieldHint, Label, Textarea } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { AgreementFieldsFor, fieldSectionIds } from "./agreement-fields";
import { fieldChangeWords } from "./field-change-words";
import { SigningPanel } from "./signing-panel";
import type { SigningView } from "./signing-words";
import { SyncStatusLine } from "./sync-status";
import { usePartnerPresence } from "./use-presence";
import { docFromState, remoteOrigin, useAgreementSync, type AgreementState } from "./use-agreement-sync";

const localOrigin = Symbol("local");

type Props = {
  partnershipId: string;
  initial: AgreementState;
  names: PartnerNames;
  ownSlot: PartnerSlot;
  /** Where signing stands, to show proposing and signing above the draft. */
  signing?: { initial: SigningView; partnerName: string };
};

/** Re-renders on every change to the document, local or remote, with what it now reads as. */
function useDocReading(doc: Y.Doc) {
  const cache = useRef<ReturnType<typeof readAgreementDoc> | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      const onUpdate = () => {
        cache.current = null;
        notify();
      };
      doc.on("update", onUpdate);
      return () => doc.off("update", onUpdate);
    },
    [doc],
  );
  const read = useCallback(() => (cache.current ??= readAgreementDoc(doc)), [doc]);
  return useSyncExternalStore(subscribe, read, read);
}

/** The agreement, written by both partners at once: one text area per text section, form controls for the fields. */
export function AgreementEditor({ partnershipId, initial, names, ownSlot, signing }: Props) {
  const [doc] = useState(() => docFromState(initial));
  const [awareness] = useState(() => createPresence(doc, ownSlot));
  const partnerEditing = usePartnerPresence(awareness, partnershipId, ownSlot);
  const partnerSlot: PartnerSlot = ownSlot === "a" ? "b" : "a";
  // Fields are last-writer-wins: say so when the partner's value replaces one on this screen.
  const [fieldNotices, setFieldNotices] = useState<Partial<Record<SectionId, string>>>({});
  useEffect(
    () =>
      watchPartnerFieldChanges(doc, (changes) =>
        setFieldNotices((notices) => ({ ...notices, ...Object.fromEntries(changes.map((c) => [fieldSection[c.key], fieldChangeWords(names[partnerSlot], c)])) })),
      ),
    [doc, names, partnerSlot],
  );
  const areas = useRef(new Map<TextSectionId, HTMLTextAreaElement>());
  const reading = useDocReading(doc);

  // The partner's update lands in the text areas with each selection carried through it.
  const applyRemote = useCallback(
    (update: Uint8Array) => {
      const carets = [...areas.current].map(([section, area]) => {
        const text = agreementText(doc, section);
        return { section, area, start: anchorCaret(text, area.selectionStart), end: anchorCaret(text, area.selectionEnd) };
      });
      Y.applyUpdate(doc, update, remoteOrigin);
      for (const { section, area, start, end } of carets) {
        const text = agreementText(doc, section);
        const value = text.toString();
        if (area.value === value) continue;
        area.value = value;
        area.setSelectionRange(caretIndex(text, start), caretIndex(text, end));
      }
    },
    [doc],
  );
  const status = useAgreementSync(doc, partnershipId, initial.lastId, applyRemote);
  const errors = reading.valid ? {} : reading.errors;
  const hydrated = useHydrated();

  const onInput = (section: TextSectionId) => (event: React.FormEvent<HTMLTextAreaElement>) => {
    const text = agreementText(doc, section);
    // A paste can bring hidden characters nobody means to write, which the agreement cannot keep.
    applyTextareaChange(text, text.toString(), asPlainText(event.currentTarget.value), localOrigin);
  };
  const fields = useMemo(() => agreementFields(doc), [doc]);
  const setField = useCallback((key: FieldKey, value: unknown) => doc.transact(() => fields.set(key, value), localOrigin), [doc, fields]);

  return (
    // This chunk hydrates after the page's own: until then a change would not reach the draft (and
    // hydration would undo it), so the server's rendering shows the controls disabled.
    <fieldset disabled={!hydrated} role="presentation" className="mt-8 min-w-0">
      <SyncStatusLine status={status} />
      {signing ? <SigningPanel partnershipId={partnershipId} initial={signing.initial} partnerName={signing.partnerName} names={names} reading={reading} saved={status.state === "saved"} /> : null}
      <p aria-live="polite" className="sr-only">
        {partnerEditing.map((section) => presenceWords(names, partnerSlot, section)).join(". ")}
      </p>
      <div className="mt-6 space-y-10">
        {sectionIds.map((section) => (
          <section
            key={section}
            aria-labelledby={`section-${section}`}
            className="space-y-3"
            onFocus={() => setEditingSection(awareness, section)}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) setEditingSection(awareness, null);
            }}
          >
            <SectionBody
              section={section}
              names={names}
              errors={errors[section] ?? []}
              initialText={isText(section) ? reading.content.text[section] : ""}
              register={(area) => {
                if (!isText(section)) return;
                if (area) areas.current.set(section, area);
                else areas.current.delete(section);
              }}
              onInput={isText(section) ? onInput(section) : undefined}
            />
            {partnerEditing.includes(section) ? <p className="text-sm font-medium text-primary-text">{presenceWords(names, partnerSlot, section)}</p> : null}
            {fieldSectionIds.includes(section) ? (
              <p aria-live="polite" className="text-sm font-medium text-primary-text empty:hidden">
                {fieldNotices[section]}
              </p>
            ) : null}
            {fieldSectionIds.includes(section) ? (
              <AgreementFieldsFor section={section} fields={reading.content.fields} errors={errors[section] ?? []} onChange={setField} />
            ) : null}
          </section>
        ))}
      </div>
    </fieldset>
  );
}

const isText = (section: SectionId): section is TextSectionId => (textSectionIds as readonly string[]).includes(section);

type SectionBodyProps = {
  section: SectionId;
  names: PartnerNames;
  errors: SectionFieldError[];
  initialText: string;
  register: (area: HTMLTextAreaElement | null) => void;
  onInput?: (event: React.FormEvent<HTMLTextAreaElement>) => void;
};

/** A section's heading and, for text sections, its text area (uncontrolled: the document owns the text). */
function SectionBody({ section, names, errors, initialText, register, onInput }: SectionBodyProps) {
  const title = sectionTitles[section](names);
  if (!isText(section)) {
    return (
      <h2 id={`section-${section}`} className="text-xl font-semibold break-words">
        {title}
      </h2>
    );
  }
  const textErrors = errors.filter((e) => e.field === "text");
  const id = `text-${section}`;
  return (
    <>
      <h2 id={`section-${section}`} className="text-xl font-semibold break-words">
        <Label htmlFor={id} className="font-semibold!">
          {title}
          {textSections[section].required ? null : <span className="font-normal text-muted"> (optional)</span>}
        </Label>
      </h2>
      <FieldHint id={`${id}-hint`}>{textSections[section].hint}</FieldHint>
      {textErrors.map((e) => (
        <FieldError key={e.message} id={`${id}-error`}>
          {e.message}
        </FieldError>
      ))}
      <Textarea
        id={id}
        ref={register}
        rows={5}
        // Grows with its text (where supported), so a phone scrolls the page, not a box inside it.
        className="max-h-[32rem] min-h-36! field-sizing-content"
        defaultValue={initialText}
        onInput={onInput}
        maxLength={textSections[section].maxLength}
        aria-describedby={[`${id}-hint`, textErrors.length > 0 ? `${id}-error` : null].filter(Boolean).join(" ")}
        aria-invalid={textErrors.length > 0 ? true : undefined}
      />
    </>
  );
}
