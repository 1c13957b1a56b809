import "server-only";
import type { Db } from "@/server/db/client";
import { withPartnership } from "@/server/partnerships/access";
import { fieldKeys, type FieldKey } from "@/shared/agreement/fields";
import { fieldLabels, fieldValueWords } from "@/shared/agreement/field-words";
import { orderPartners, sectionIds, sectionTitles, type SectionId } from "@/shared/agreement/sections";
import { wordDiff, type DiffSegment } from "@/shared/text/word-diff";
import { currentDraft } from "./drafts";
import { recordHistory } from "./history";

/** The most entries one read returns, newest first. */
export const historyLimit = 200;

/** Who made a change, as the reader sees it: never an email, and the prefill is nobody's. */
export type HistoryAuthor = { kind: "you" } | { kind: "partner"; name: string } | { kind: "prefill" } | { kind: "former" };

export type HistoryChange =
  | { kind: "text"; segments: DiffSegment[] }
  | { kind: "field"; field: FieldKey; label: string; before: string; after: string };

export type HistoryEntry = { id: string; author: HistoryAuthor; section: SectionId; sectionLabel: string; startedAt: Date; endedAt: Date; change: HistoryChange };

export type AgreementHistory = { entries: HistoryEntry[]; more: boolean };

/** A field's stored JSON back into words; a value that isn't JSON reads as it is. */
function storedValueWords(field: FieldKey, stored: string): string {
  try {
    const value: unknown = JSON.parse(stored);
    return fieldValueWords(field, value);
  } catch {
    return stored;
  }
}

const isSectionId = (value: string): value is SectionId => (sectionIds as readonly string[]).includes(value);
const isFieldKey = (value: string): value is FieldKey => (fieldKeys as readonly string[]).includes(value);

/**
 * The draft's history, newest first, for a member of the partnership (strangers get NOT_FOUND).
 * Updates not yet recorded are recorded first, so it is current to the last saved change.
 */
export async function agreementHistory(db: Db, memberId: string, partnershipId: string): Promise<AgreementHistory> {
  const { draftId, partner, names } = await withPartnership(db, { partnershipId, memberId }, async (tx, access) => {
    const draft = await currentDraft(tx, partnershipId);
    const people = await tx.member.findMany({ where: { id: { in: [access.member.memberId, access.partner.memberId] } }, select: { id: true, displayName: true } });
    const nameOf = (id: string) => people.find((p) => p.id === id)?.displayName ?? "";
    const [a, b] = orderPartners({ memberId: access.member.memberId, name: nameOf(access.member.memberId) }, { memberId: access.partner.memberId, name: nameOf(access.partner.memberId) });
    return { draftId: draft.id, partner: { id: access.partner.memberId, name: nameOf(access.partner.memberId) }, names: { a: a.name, b: b.name } };
  });
  // Its own transaction: the partnership is not held locked (and pushes waiting) while it folds.
  await db.$transaction((tx) => recordHistory(tx, draftId), { timeout: 60_000 });

  const rows = await db.agreementHistoryEntry.findMany({
    where: { draftId },
    orderBy: [{ lastUpdateId: "desc" }, { id: "desc" }],
    take: historyLimit + 1,
    select: { id: true, authorId: true, section: true, field: true, before: true, after: true, startedAt: true, endedAt: true },
  });

  const authorOf = (authorId: string | null): HistoryAuthor =>
    authorId === null ? { kind: "prefill" } : authorId === memberId ? { kind: "you" } : authorId === partner.id ? { kind: "partner", name: partner.name } : { kind: "former" };

  const entries = rows.slice(0, historyLimit).flatMap((row): HistoryEntry[] => {
    if (!isSectionId(row.section)) return [];
    const field = row.field !== null && isFieldKey(row.field) ? row.field : null;
    const change: HistoryChange = field
      ? { kind: "field", field, label: fieldLabels[field], before: storedValueWords(field, row.before), after: storedValueWords(field, row.after) }
      : { kind: "text", segments: wordDiff(row.before, row.after) };
    return [{ id: row.id.toString(), author: authorOf(row.authorId), section: row.section, sectionLabel: sectionTitles[row.section](names), startedAt: row.startedAt, endedAt: row.endedAt, change }];
  });
  return { entries, more: rows.length > historyLimit };
}
