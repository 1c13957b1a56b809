/** The words of a first draft: warm, plain, in both partners' names, blaming nobody. */
import type { StepAnswers } from "@/shared/onboarding/schemas";
import { replyTimes } from "@/shared/onboarding/questionnaire";
import { withoutControlCharacters } from "@/shared/text/plain-text";
import type { PartnerNames } from "./sections";

type Communication = Pick<StepAnswers["communication"], "feedbackStyle" | "missedCheckInResponse" | "replyTime">;
type Frequency = StepAnswers["commitment"]["checkInFrequency"];

const howOften: Record<Frequency, string> = {
  DAILY: "every day",
  SEVERAL_A_WEEK: "a few times a week",
  WEEKLY: "every week",
  FORTNIGHTLY: "every two weeks",
};

export function goalsText(goals: readonly string[], frequency: Frequency, partnerName: string): string {
  return goals
    .map((goal) => `- ${withoutControlCharacters(goal).replace(/\s+/g, " ").trim()} — how often: ${howOften[frequency]}; how we'll know: I'll tell ${partnerName} how it went at our check-in.`)
    .join("\n");
}

export const defaultQuestions = [
  "What was your last commitment, and how did it go?",
  "What's one win since we last talked?",
  "What felt hard?",
  "What will you do before next time?",
  "How can I support you?",
].join("\n");

const replyWords: Record<Communication["replyTime"], string> = {
  SAME_DAY: "the same day",
  WITHIN_24H: "within a day",
  WITHIN_48H: "within two days",
};

function feedbackWords(style: number): string {
  if (style <= 2) return "feedback straight and direct";
  if (style >= 4) return "feedback gentle";
  return "feedback honest and kind in equal measure";
}

export function communicationText(names: PartnerNames, a: Communication, b: Communication): string {
  const order = replyTimes.map((r) => r.value);
  const reply = order[Math.max(order.indexOf(a.replyTime), order.indexOf(b.replyTime))]!;
  const feedbackA = feedbackWords(a.feedbackStyle);
  const feedbackB = feedbackWords(b.feedbackStyle);
  const feedback = feedbackA === feedbackB ? `We both like ${feedbackA}.` : `${names.a} likes ${feedbackA}; ${names.b} likes ${feedbackB}.`;
  return [
    `We reply to each other's messages ${replyWords[reply]}. If we can't, a short "I'm here, back soon" is enough.`,
    feedback,
    "We leave each other's off-limit topics alone (see our boundaries) unless the other brings them up.",
  ].join("\n");
}

export function boundariesText(offLimitTopics: string | null, partnerName: string): string {
  const topics = offLimitTopics ? withoutControlCharacters(offLimitTopics).trim() : "";
  return topics
    ? `Topics I'd rather we leave alone: ${topics}`
    : `Nothing written yet. Add anything you'd like ${partnerName} to know or to steer clear of.`;
}

const afterOneMiss: Record<Communication["missedCheckInResponse"], string> = {
  NUDGE: "a gentle nudge",
  SPACE: "some space first, then a kind hello",
  CALL_OUT: "it said plainly",
};

export function missedCheckInsText(names: PartnerNames, a: Communication["missedCheckInResponse"], b: Communication["missedCheckInResponse"]): string {
  const afterOne = a === b ? `we'd both like ${afterOneMiss[a]}.` : `${names.a} would like ${afterOneMiss[a]}, and ${names.b} would like ${afterOneMiss[b]}.`;
  return [
    "A check-in counts as missed when it hasn't happened 24 hours after the agreed time.",
    `After one missed check-in: ${afterOne}`,
    "After two in a row: we talk about whether our rhythm still fits, and change it if it doesn't.",
    "After three in a row: we think together about a pause or a review. No blame either way.",
  ].join("\n");
}

export const conflictText = [
  "If something doesn't sit right, we say so within a few days, kindly and in private.",
  "We describe what happened and how it felt, rather than what the other person is.",
  "We listen first, then look for one small change we can both try.",
  "If we can't work it out, either of us may suggest a pause or a review.",
].join("\n");

export const pauseText = [
  "Either of us may ask for a pause when life gets full. We give as much notice as we can; a short message is enough.",
  "When the pause ends, we pick up with our next check-in, with no catching up to do.",
].join("\n");

export const endingText = [
  "Either of us may end this at any time, and neither needs a reason.",
  "If it feels right, we'd like one final check-in to say goodbye.",
  "Whatever happens, no blame: this was worth trying.",
].join("\n");
