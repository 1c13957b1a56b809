/**
 * Test helpers for the scorer: a complete profile with sensible defaults, and local availability
 * blocks. Pure; used by the scorer's tests and benchmarks only.
 */
import { slotIndex } from "@/shared/time/availability-summary";
import type { MatchProfile } from "@/server/matching/scorer/types";

/** A week when London is on GMT and New York on EST (no DST change inside it). */
export const novemberWeek = new Date("2026-11-23T00:00:00Z");

export const weekdays = [0, 1, 2, 3, 4] as const;
export const weekend = [5, 6] as const;

/** Local slots on `days` (0 = Monday) from `from` to `to` ("HH:mm" on the half hour, `to` exclusive, "24:00" allowed). */
export function slots(days: readonly number[], from: string, to: string): number[] {
  const halfHours = (time: string) => {
    const [h, m] = time.split(":").map(Number);
    return h! * 2 + (m === 30 ? 1 : 0);
  };
  const out: number[] = [];
  for (const day of days) for (let h = halfHours(from); h < halfHours(to); h++) out.push(slotIndex(day, h));
  return out;
}

let counter = 0;

/** A member in London who wants weekly check-ins on weekday evenings (18:00–21:00). */
export function profile(overrides: Partial<MatchProfile> = {}): MatchProfile {
  counter++;
  return {
    memberId: `member-${counter}`,
    displayName: "Sam",
    timezone: "Europe/London",
    languages: ["en"],
    focusAreas: ["LONELINESS"],
    seriousness: 4,
    hoursPerWeek: 3,
    checkInFrequency: "WEEKLY",
    intendedLength: "THREE_MONTHS",
    reliability: 4,
    availabilitySlots: slots(weekdays, "18:00", "21:00"),
    channels: ["VIDEO", "TEXT"],
    values: ["HONESTY", "PATIENCE", "KINDNESS"],
    beliefs: { loneliness_signal: 4, setbacks_progress: 4, asking_for_help: 4, small_steps: 4, honesty_over_comfort: 3 },
    needsSobrietyFriendlyPartner: false,
    sobrietyFriendly: true,
    feedbackStyle: 3,
    missedCheckInResponse: "NUDGE",
    disclosurePace: 3,
    replyTime: "WITHIN_24H",
    relationshipStyle: "PEER",
    mustShareLanguage: false,
    ...overrides,
  };
}
