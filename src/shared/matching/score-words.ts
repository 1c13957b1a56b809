/** The plain words the scorer uses in reasons and "talk about this" items (see VOICE.md). */
import type { Channel, CheckInFrequency, FocusArea, IntendedLength, LocalTime, MissedCheckInResponse, PersonalValue, ReplyTime, SlotChange } from "@/server/matching/scorer/types";

/** "A", "A and B", "A, B and C". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** 45 → "45 minutes", 60 → "1 hour", 90 → "1½ hours", 360 → "6 hours" (to the half hour). */
export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  const halfHours = Math.round(minutes / 30);
  const hours = Math.floor(halfHours / 2);
  const half = halfHours % 2 === 1 ? "½" : "";
  return hours === 1 && !half ? "1 hour" : `${hours}${half} hours`;
}

export const hoursText = (hours: number): string => (hours === 1 ? "1 hour" : `${hours} hours`);

/** "You both want … check-ins". */
export const frequencyCheckIns: Record<CheckInFrequency, string> = {
  DAILY: "daily check-ins",
  SEVERAL_A_WEEK: "check-ins a few times a week",
  WEEKLY: "weekly check-ins",
  FORTNIGHTLY: "check-ins every two weeks",
};

/** "You'd like to check in …". */
export const frequencyAdverb: Record<CheckInFrequency, string> = {
  DAILY: "every day",
  SEVERAL_A_WEEK: "a few times a week",
  WEEKLY: "once a week",
  FORTNIGHTLY: "every two weeks",
};

/** "You share …". */
export const valueWords: Record<PersonalValue, string> = {
  HONESTY: "honesty",
  CONSISTENCY: "consistency",
  COMPASSION: "compassion",
  HUMOUR: "humour",
  PRIVACY: "privacy",
  FAITH: "faith or spirituality",
  SOBRIETY_FIRST: "a sobriety-first outlook",
  GROWTH: "growth",
  INDEPENDENCE: "independence",
  PATIENCE: "patience",
  KINDNESS: "kindness",
  COURAGE: "courage",
  CURIOSITY: "curiosity",
  RELIABILITY: "reliability",
};

/** "You're both focused on …". */
export const focusWords: Record<FocusArea, string> = {
  LONELINESS: "feeling less alone",
  ADDICTION_RECOVERY: "recovery",
  HEALING_FROM_MANIPULATION: "healing after manipulation",
  SOCIAL_ANXIETY: "easing social anxiety",
  LIFE_TRANSITION: "a life transition",
  BUILDING_FRIENDSHIPS: "building friendships",
  FAMILY_RECONNECTION: "reconnecting with family",
};

/** "You and Sam both have … in mind". */
export const lengthWords: Record<IntendedLength, string> = {
  TRIAL_4_WEEKS: "a 4-week trial to start",
  THREE_MONTHS: "about three months",
  OPEN_ENDED: "something open-ended",
};

/** "… expects replies …". */
export const replyWords: Record<ReplyTime, string> = {
  SAME_DAY: "the same day",
  WITHIN_24H: "within 24 hours",
  WITHIN_48H: "within 48 hours",
};

/** "If a check-in doesn't happen, you'd like …". */
export const missedWords: Record<MissedCheckInResponse, string> = {
  NUDGE: "a gentle nudge",
  SPACE: "some space",
  CALL_OUT: "it named directly",
};

/** "You'd like to check in …". */
export const channelWords: Record<Channel, string> = {
  VIDEO: "by video",
  VOICE: "by voice call",
  TEXT: "by text chat",
  IN_PERSON: "in person",
};

export const orJoin = (parts: readonly string[]): string => (parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} or ${parts[parts.length - 1]}`);

/** Where most of the overlap falls, in A's local week: "on weekday evenings", "across the week". */
export const partWords = ["late at night", "in the mornings", "in the afternoons", "in the evenings"] as const;
export const dayPartWords = [
  ["on weekday nights", "on weekday mornings", "on weekday afternoons", "on weekday evenings"],
  ["on weekend nights", "on weekend mornings", "on weekend afternoons", "on weekend evenings"],
] as const;

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** "2027-03-28" → "28 March". */
export function dayMonth(isoDate: string): string {
  const [, month, day] = isoDate.split("-").map(Number);
  return `${day} ${monthNames[(month ?? 1) - 1]}`;
}

/**
 * "13:00 for them from 28 March" when a suggested time moves for the other member in the weeks
 * ahead (their clocks change and the viewer's don't, or the reverse); "…, then 12:00 from 11 April"
 * for a second move; their day is named when it isn't the viewer's. Null when it stays put.
 */
export function slotChangeWords(slot: { a: LocalTime; laterForB?: readonly SlotChange[] }): string | null {
  const changes = slot.laterForB ?? [];
  if (changes.length === 0) return null;
  const when = ({ b }: SlotChange) => (b.weekday === slot.a.weekday ? b.time : `${b.weekday}s ${b.time}`);
  const [first, ...rest] = changes;
  return [`${when(first!)} for them from ${dayMonth(first!.from)}`, ...rest.map((c) => `then ${when(c)} from ${dayMonth(c.from)}`)].join(", ");
}
