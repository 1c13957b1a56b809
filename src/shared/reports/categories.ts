import type { ReportCategoryInput } from "./limits";

/** The report categories in the members' words (PRODUCT.md §10), with a short plain description each. */
export const categoryWords: Record<ReportCategoryInput, { label: string; description: string }> = {
  HARASSMENT: { label: "Harassment", description: "Insults, threats, or contact that keeps coming after you asked it to stop." },
  MANIPULATION_OR_COERCION: { label: "Manipulation or coercion", description: "Guilt, pressure or tricks to make you do something you don't want to." },
  ROMANTIC_OR_SEXUAL_PRESSURE: { label: "Romantic or sexual pressure", description: "Flirting, sexual messages or pushing for a relationship you didn't ask for." },
  SPAM_OR_SCAM: { label: "Spam or scam", description: "Selling, asking for money, or links that look wrong." },
  SAFETY_CONCERN: { label: "Concern for someone's safety", description: "You're worried they, you or someone else might be hurt." },
  OTHER: { label: "Something else", description: "Anything else that doesn't feel right." },
};
