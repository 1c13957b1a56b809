/**
 * The agreement's sections (PRODUCT.md §5), in the order members read them. Each is edited on its
 * own: a free-text part (one Y.Text in the shared document) and, for some, structured fields.
 * Partner "a" and "b" are the two members in `orderPartners` order; their names fill the labels.
 */
export type PartnerSlot = "a" | "b";
export type PartnerNames = Record<PartnerSlot, string>;

export const textSectionIds = [
  "goalsA",
  "goalsB",
  "questions",
  "communication",
  "boundariesA",
  "boundariesB",
  "missedCheckIns",
  "conflict",
  "pause",
  "ending",
] as const;
export type TextSectionId = (typeof textSectionIds)[number];

export const sectionIds = [
  "goalsA",
  "goalsB",
  "rhythm",
  "questions",
  "communication",
  "boundariesA",
  "boundariesB",
  "missedCheckIns",
  "conflict",
  "pause",
  "review",
  "ending",
] as const;
export type SectionId = (typeof sectionIds)[number];

type SectionText = {
  /** What the member sees above the section; partner sections name their partner. */
  label: (names: PartnerNames) => string;
  hint: string;
  maxLength: number;
  /** Whether the agreement can be signed with this section empty. */
  required: boolean;
};

export const maxCommitments = 5;

const goals = (slot: PartnerSlot): SectionText => ({
  label: (names) => `${names[slot]}'s goals and commitments`,
  hint: `1 to ${maxCommitments} commitments, one per line starting with "-": what you'll do, how often, and how you'll both know it happened.`,
  maxLength: 2000,
  required: true,
});

const boundaries = (slot: PartnerSlot): SectionText => ({
  label: (names) => `${names[slot]}'s boundaries`,
  hint: "Topics to leave alone, times not to be contacted, anything that helps this feel safe. It's fine to leave this short.",
  maxLength: 1500,
  required: false,
});

export const textSections: Record<TextSectionId, SectionText> = {
  goalsA: goals("a"),
  goalsB: goals("b"),
  questions: {
    label: () => "Check-in questions",
    hint: "The questions you'll both answer at each check-in, one per line.",
    maxLength: 1500,
    required: true,
  },
  communication: {
    label: () => "How we talk to each other",
    hint: "How quickly you reply, how you like feedback, and anything you'd rather not talk about.",
    maxLength: 1500,
    required: true,
  },
  boundariesA: boundaries("a"),
  boundariesB: boundaries("b"),
  missedCheckIns: {
    label: () => "If a check-in doesn't happen",
    hint: "How long you wait before it counts as missed, and what happens after one, two and three in a row.",
    maxLength: 1500,
    required: true,
  },
  conflict: {
    label: () => "If something doesn't sit right",
    hint: "How you'll raise a problem and work through it together.",
    maxLength: 1500,
    required: true,
  },
  pause: {
    label: () => "Taking a pause",
    hint: "How much notice you'll give and how you'll pick things up again. The longest pause is set below.",
    maxLength: 1500,
    required: true,
  },
  ending: {
    label: () => "If one of us wants to stop",
    hint: "How you'd like to say goodbye: notice, a final check-in, and a promise of no blame.",
    maxLength: 1500,
    required: true,
  },
};

/** Titles of the sections that hold only structured fields, and of the text sections with fields. */
export const sectionTitles: Record<SectionId, (names: PartnerNames) => string> = {
  ...(Object.fromEntries(textSectionIds.map((id) => [id, textSections[id].label])) as Record<TextSectionId, (names: PartnerNames) => string>),
  rhythm: () => "When and how we check in",
  review: () => "Looking back together",
};

/** The two members in a fixed order (by member id), so "a" and "b" never swap between readers. */
export function orderPartners<T extends { memberId: string }>(first: T, second: T): [T, T] {
  return first.memberId < second.memberId ? [first, second] : [second, first];
}
