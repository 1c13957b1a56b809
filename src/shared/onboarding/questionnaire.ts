/**
 * The onboarding questionnaire, version 1: its steps and every choice with the words members
 * see. Pure and shared by the forms, the procedures and (later) the scorer. A change to what is
 * asked bumps `questionnaireVersion`; each saved answer set records the version it answered.
 */
export const questionnaireVersion = 1;

export const steps = [
  { id: "about", title: "About you" },
  { id: "commitment", title: "Commitment" },
  { id: "schedule", title: "Schedule" },
  { id: "values", title: "Values" },
  { id: "communication", title: "Communication" },
  { id: "boundaries", title: "Boundaries & preferences" },
  { id: "review", title: "Review" },
] as const;

export type StepId = (typeof steps)[number]["id"];
export type AnswerStepId = Exclude<StepId, "review">;
export const answerSteps = steps.filter((s) => s.id !== "review").map((s) => s.id) as AnswerStepId[];

/** 1-based position of a step, as shown in the progress bar. */
export function stepNumber(id: StepId): number {
  return steps.findIndex((s) => s.id === id) + 1;
}

type Options<T extends string> = readonly { value: T; label: string }[];
const options = <const T extends string>(list: Options<T>) => list;
export const valuesOf = <T extends string>(list: Options<T>) => list.map((o) => o.value) as [T, ...T[]];
export const labelOf = <T extends string>(list: Options<T>, value: T) => list.find((o) => o.value === value)?.label ?? value;

export const focusAreas = options([
  { value: "LONELINESS", label: "Loneliness & isolation" },
  { value: "ADDICTION_RECOVERY", label: "Addiction recovery" },
  { value: "HEALING_FROM_MANIPULATION", label: "Healing from manipulation" },
  { value: "SOCIAL_ANXIETY", label: "Social anxiety" },
  { value: "LIFE_TRANSITION", label: "A life transition" },
  { value: "BUILDING_FRIENDSHIPS", label: "Building friendships" },
  { value: "FAMILY_RECONNECTION", label: "Family reconnection" },
]);

export const languages = options([
  { value: "en", label: "English" },
  { value: "es", label: "Spanish" },
  { value: "fr", label: "French" },
  { value: "de", label: "German" },
  { value: "it", label: "Italian" },
  { value: "pt", label: "Portuguese" },
  { value: "nl", label: "Dutch" },
  { value: "pl", label: "Polish" },
  { value: "uk", label: "Ukrainian" },
  { value: "ru", label: "Russian" },
  { value: "tr", label: "Turkish" },
  { value: "ar", label: "Arabic" },
  { value: "he", label: "Hebrew" },
  { value: "fa", label: "Persian" },
  { value: "hi", label: "Hindi" },
  { value: "bn", label: "Bengali" },
  { value: "ur", label: "Urdu" },
  { value: "ta", label: "Tamil" },
  { value: "ne", label: "Nepali" },
  { value: "zh", label: "Chinese" },
  { value: "ja", label: "Japanese" },
  { value: "ko", label: "Korean" },
  { value: "vi", label: "Vietnamese" },
  { value: "th", label: "Thai" },
  { value: "id", label: "Indonesian" },
  { value: "tl", label: "Filipino" },
  { value: "sw", label: "Swahili" },
  { value: "am", label: "Amharic" },
  { value: "yo", label: "Yoruba" },
  { value: "sv", label: "Swedish" },
  { value: "no", label: "Norwegian" },
  { value: "da", label: "Danish" },
  { value: "fi", label: "Finnish" },
  { value: "el", label: "Greek" },
  { value: "ro", label: "Romanian" },
  { value: "hu", label: "Hungarian" },
  { value: "cs", label: "Czech" },
  { value: "asl", label: "American Sign Language" },
  { value: "bsl", label: "British Sign Language" },
]);

export const checkInFrequencies = options([
  { value: "DAILY", label: "Every day" },
  { value: "SEVERAL_A_WEEK", label: "A few times a week" },
  { value: "WEEKLY", label: "Once a week" },
  { value: "FORTNIGHTLY", label: "Every two weeks" },
]);

export const intendedLengths = options([
  { value: "TRIAL_4_WEEKS", label: "A 4-week trial" },
  { value: "THREE_MONTHS", label: "About 3 months" },
  { value: "OPEN_ENDED", label: "Open-ended" },
]);

export const channels = options([
  { value: "VIDEO", label: "Video call" },
  { value: "VOICE", label: "Voice call" },
  { value: "TEXT", label: "Text chat" },
  { value: "IN_PERSON", label: "In person" },
]);

export const values = options([
  { value: "HONESTY", label: "Honesty" },
  { value: "CONSISTENCY", label: "Consistency" },
  { value: "COMPASSION", label: "Compassion" },
  { value: "HUMOUR", label: "Humour" },
  { value: "PRIVACY", label: "Privacy" },
  { value: "FAITH", label: "Faith or spirituality" },
  { value: "SOBRIETY_FIRST", label: "Sobriety first" },
  { value: "GROWTH", label: "Growth" },
  { value: "INDEPENDENCE", label: "Independence" },
  { value: "PATIENCE", label: "Patience" },
  { value: "KINDNESS", label: "Kindness" },
  { value: "COURAGE", label: "Courage" },
  { value: "CURIOSITY", label: "Curiosity" },
  { value: "RELIABILITY", label: "Reliability" },
]);
export const maxValues = 5;

/** Statements members rate 1 (disagree) to 5 (agree). Ids are stable; wording may be polished. */
export const beliefStatements = [
  { id: "loneliness_signal", text: "Loneliness is a signal, not a flaw." },
  { id: "setbacks_progress", text: "Setbacks are part of progress." },
  { id: "asking_for_help", text: "Asking for help is a strength." },
  { id: "small_steps", text: "Small steps count." },
  { id: "honesty_over_comfort", text: "Honesty matters more than comfort." },
] as const;
export type BeliefId = (typeof beliefStatements)[number]["id"];

export const missedCheckInResponses = options([
  { value: "NUDGE", label: "Send me a gentle nudge" },
  { value: "SPACE", label: "Give me some space" },
  { value: "CALL_OUT", label: "Call it out directly" },
]);

export const replyTimes = options([
  { value: "SAME_DAY", label: "The same day" },
  { value: "WITHIN_24H", label: "Within 24 hours" },
  { value: "WITHIN_48H", label: "Within 48 hours" },
]);

export const relationshipStyles = options([
  { value: "PEER", label: "Two peers supporting each other" },
  { value: "MENTOR_ME", label: "Someone a little further along to guide me" },
  { value: "MENTOR_OTHERS", label: "I'd like to guide someone" },
  { value: "EITHER", label: "Either is fine" },
]);

/** The ends of each 1–5 scale, in the members' words. */
export const scales = {
  seriousness: ["Curious, exploring", "Fully committed"],
  reliability: ["I often lose track", "I almost always follow through"],
  feedbackStyle: ["Direct", "Gentle"],
  disclosurePace: ["I open up slowly", "I share openly"],
  belief: ["Disagree", "Agree"],
} as const;
