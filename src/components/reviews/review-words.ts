/** Words for reviews: each rating's question and its five answers, and how a review is named. */
import type { RatingKey } from "@/shared/reviews/schemas";

export const ratingWords: Record<RatingKey, { legend: string; short: string; words: readonly string[] }> = {
  commitment: { legend: "How well have we both kept our commitments?", short: "Commitment", words: ["Hardly at all", "Now and then", "About half the time", "Mostly", "Fully"] },
  scheduleFit: { legend: "How well does our check-in schedule fit my life?", short: "Schedule fit", words: ["Not at all", "Poorly", "It's okay", "Well", "Perfectly"] },
  values: { legend: "How well do our values and ways of working match?", short: "Shared values", words: ["Not at all", "A little", "Somewhat", "Well", "Very well"] },
  communication: { legend: "How easy is it to talk with each other?", short: "Communication", words: ["Very hard", "Hard", "Okay", "Easy", "Very easy"] },
};

export const ratingText = (key: RatingKey, value: number) => `${value} – ${ratingWords[key].words[value - 1] ?? ""}`;

export const reviewTitle = (review: { kind: "TRIAL" | "QUARTERLY"; number: number }) => (review.kind === "TRIAL" ? "Your 4-week trial review" : `Review ${review.number}`);

export const reviewStatusWords: Record<"OPEN" | "REVEALED" | "CLOSED", string> = {
  OPEN: "Waiting for answers",
  REVEALED: "Answered by you both",
  CLOSED: "Closed when the partnership ended",
};
