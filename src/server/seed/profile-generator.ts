/**
 * Varied, realistic questionnaire answers for demo and benchmark members, from a seeded PRNG so
 * every run makes the same people. Pure.
 */
import { availabilityPresets } from "@/shared/time/availability-summary";
import { beliefStatements, channels, checkInFrequencies, focusAreas, intendedLengths, missedCheckInResponses, relationshipStyles, replyTimes, values } from "@/shared/onboarding/questionnaire";
import type { StepAnswers } from "@/shared/onboarding/schemas";

export type GeneratedProfile = { displayName: string; timezone: string; answers: StepAnswers };

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = [
  "Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Grace", "Hiro", "Ines", "Jonas", "Kavya", "Liam", "Maya", "Nadia", "Omar", "Priya",
  "Quinn", "Rosa", "Sami", "Tess", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Aroha", "Bilal", "Carmen", "Dara", "Emeka",
  "Freya", "Gabriel", "Hana", "Ivan", "Jun", "Kofi", "Lea", "Mateo", "Noor", "Olu", "Pia", "Rahul", "Sofia", "Tariq", "Valeria", "Wiremu",
];

/** Zones weighted towards where people live, including half- and quarter-hour offsets and the south. */
const zones = [
  "America/New_York", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Los_Angeles",
  "America/Toronto", "America/Mexico_City", "America/Sao_Paulo", "America/Santiago", "America/St_Johns", "Europe/London",
  "Europe/London", "Europe/Berlin", "Europe/Madrid", "Europe/Paris", "Europe/Warsaw", "Europe/Istanbul", "Africa/Lagos",
  "Africa/Nairobi", "Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka",
  "Asia/Bangkok", "Asia/Singapore", "Asia/Manila", "Asia/Tokyo", "Asia/Seoul", "Australia/Sydney", "Australia/Adelaide",
  "Australia/Perth", "Pacific/Auckland",
];

type Language = StepAnswers["about"]["languages"][number];

const zoneLanguages: Record<string, Language[]> = {
  "America/Mexico_City": ["es"], "America/Sao_Paulo": ["pt"], "America/Santiago": ["es"], "Europe/Berlin": ["de"], "Europe/Madrid": ["es"],
  "Europe/Paris": ["fr"], "Europe/Warsaw": ["pl"], "Europe/Istanbul": ["tr"], "Africa/Lagos": ["yo"], "Africa/Nairobi": ["sw"],
  "Asia/Dubai": ["ar"], "Asia/Kolkata": ["hi", "ta"], "Asia/Kathmandu": ["ne"], "Asia/Dhaka": ["bn"], "Asia/Bangkok": ["th"],
  "Asia/Manila": ["tl"], "Asia/Tokyo": ["ja"], "Asia/Seoul": ["ko"],
};

const intros = [
  "Moved to a new city last year and still finding my people.",
  "Eighteen months sober and want a steady weekly check-in.",
  "Rebuilding trust in my own judgement after a hard relationship.",
  "Recently retired and the days feel long. Looking for structure.",
  "Social anxiety makes reaching out hard; small steps help.",
  "Caring for a parent and losing touch with friends. Want to change that.",
  "Working from home, going days without a real conversation.",
  "Back in touch with my brother after years; want support keeping it going.",
];

const goals = [
  "Message one friend every week",
  "Go to a community class once a week",
  "Stay on track with my recovery meetings",
  "Say yes to one invitation a month",
  "Call my family on Sundays",
  "Join a walking group",
  "Practise saying no without apologising",
  "Keep a short journal after hard days",
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function some<T>(random: () => number, list: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const shuffled = [...list].sort(() => random() - 0.5);
  return [...new Set(shuffled.slice(0, count))];
}

const scale = (random: () => number, centre = 3) => Math.max(1, Math.min(5, Math.round(centre + (random() - 0.5) * 3)));

export function generateProfile(index: number, seed = 2026): GeneratedProfile {
  const random = prng(seed * 100_003 + index);
  const timezone = pick(random, zones);
  const displayName = `${pick(random, firstNames)} ${String.fromCharCode(65 + Math.floor(random() * 26))}.`;
  const focus = some(random, focusAreas.map((f) => f.value), 1, 3);
  const recovery = focus.includes("ADDICTION_RECOVERY");
  const slots = [...new Set(some(random, availabilityPresets, 1, 3).flatMap((preset) => preset.slots))].sort((a, b) => a - b);
  const frequency = pick(random, checkInFrequencies).value;
  return {
    displayName,
    timezone,
    answers: {
      about: {
        displayName,
        pronouns: random() < 0.5 ? pick(random, ["she/her", "he/him", "they/them"]) : null,
        intro: pick(random, intros),
        languages: [...new Set<Language>(["en", ...(random() < 0.7 ? (zoneLanguages[timezone] ?? []) : [])])],
        focusAreas: focus,
        goals: some(random, goals, 1, 3),
      },
      commitment: {
        seriousness: scale(random, 3.8),
        hoursPerWeek: frequency === "DAILY" ? 4 + Math.floor(random() * 6) : 1 + Math.floor(random() * 5),
        checkInFrequency: frequency,
        intendedLength: pick(random, intendedLengths).value,
        reliability: scale(random, 3.5),
      },
      schedule: { timezone, availability: slots, channels: some(random, channels.map((c) => c.value), 1, 3) },
      values: {
        values: some(random, values.map((v) => v.value), 2, 5).filter((v) => recovery || v !== "SOBRIETY_FIRST").slice(0, 5),
        beliefs: Object.fromEntries(beliefStatements.map((s) => [s.id, scale(random, 4)])) as StepAnswers["values"]["beliefs"],
        needsSobrietyFriendlyPartner: recovery && random() < 0.7,
        sobrietyFriendly: recovery || random() < 0.6,
      },
      communication: {
        feedbackStyle: scale(random),
        missedCheckInResponse: pick(random, missedCheckInResponses).value,
        disclosurePace: scale(random),
        replyTime: pick(random, replyTimes).value,
        relationshipStyle: pick(random, relationshipStyles).value,
      },
      boundaries: { offLimitTopics: null, partnerPreferences: null, mustShareLanguage: random() < 0.15 },
    },
  };
}
