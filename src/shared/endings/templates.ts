/**
 * The closing messages a member can send with an ending without writing their own (PRODUCT.md §9).
 * Each blames nobody and explains nothing private: they say thank you and wish the partner well.
 * The partner sees the text; the ending row keeps only the id.
 */
export const closingTemplates = [
  {
    id: "thank-you",
    label: "Thank you",
    text: "Thank you for the time and care you gave our partnership. I'm wishing you well with everything ahead.",
  },
  {
    id: "different-season",
    label: "A different season",
    text: "I'm in a different season of life right now and need to step back. It isn't about anything you did. Thank you for showing up for me.",
  },
  {
    id: "learned-a-lot",
    label: "I learned a lot",
    text: "Our check-ins taught me a lot about keeping going. Thank you for being part of that. I hope your next partnership is a good one.",
  },
  {
    id: "timing",
    label: "The timing",
    text: "The timing isn't right for me any more, and I'd rather say so than drift away. Thank you for being a steady partner.",
  },
  {
    id: "cheering-you-on",
    label: "Cheering you on",
    text: "It was good to work alongside you. I'll be cheering you on with your goals from here.",
  },
] as const;

export type ClosingTemplateId = (typeof closingTemplates)[number]["id"];
export const closingTemplateIds = closingTemplates.map((t) => t.id) as [ClosingTemplateId, ...ClosingTemplateId[]];

/** The words of a template, or null for an id that isn't (or is no longer) one of them. */
export function templateText(id: string): string | null {
  return closingTemplates.find((t) => t.id === id)?.text ?? null;
}
