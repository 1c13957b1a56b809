/**
 * Every weight and threshold the compatibility scorer uses, in one place, each with the reason
 * it has that value. Changing any of them changes scores: bump `scorerVersion` in ./scorer.ts.
 * Fits are 0..1 inside the scorer and shown as 0–100.
 */
import type { CheckInFrequency, FactorName, MissedCheckInResponse, RelationshipStyle } from "./types";

/** How much each factor counts in one direction's score (they sum to 1). */
export const factorWeights: Record<FactorName, number> = {
  commitment: 0.3, // mismatched commitment is what most often leads to frustration and drift
  schedule: 0.25, // check-ins only happen in time both members actually have
  values: 0.25, // shared values and outlook make it safe to be honest with each other
  communication: 0.2, // style differences matter but are the easiest to talk through
};

export const commitmentWeights = {
  // Parts of the commitment fit (sum to 1).
  seriousness: 0.3, // how committed each feels is the core of "matched commitment"
  hours: 0.25, // time available is what makes commitment real
  frequency: 0.3, // the rhythm is agreed first and felt every week
  length: 0.075, // how long they intend to go counts a little: plans change and reviews exist
  reliability: 0.075, // self-rated follow-through counts a little: self-ratings are rough
  excessShare: 0.5, // a partner keener or freer than you matters half as much as one less so
  frequencyStepFit: [1, 0.6, 0.2, 0] as const, // fit by steps apart on daily…fortnightly; two steps is hard to bridge
  maxSustainableSteps: 1, // two steps apart (daily vs weekly) means one can't keep the other's rhythm
  // Minutes a week each rhythm takes: 7 × 20 min, 3 × 30 min, one hour, an hour every other week.
  minutesNeeded: { DAILY: 140, SEVERAL_A_WEEK: 90, WEEKLY: 60, FORTNIGHTLY: 30 } satisfies Record<CheckInFrequency, number>,
  unsustainableMultiplier: 0.5, // a rhythm the partner can't sustain halves that direction's commitment fit…
  unsustainableDirection: 0.7, // …and scales that whole direction too: "mismatched commitment leads to frustration"
  // A gap in how much each wants to put in (seriousness and hours), 0..1 (see `commitmentGap`).
  gapSeriousnessFree: 1, // one point apart on the 1–5 scale is noise, as for every other scale
  gapSeriousnessFull: 4, // "curious, exploring" against "fully committed" is as large as it gets
  gapHoursFreeRatio: 2, // one having twice the hours of the other is ordinary (2 h and 4 h)
  gapHoursFullRatio: 8, // eight times the hours (1 h and 8 h) is as large as it gets; measured in doublings
  // A gap scales both directions by 1 − gapPenalty × gap: the keener one feels let down, the other
  // pressed. At 0.3, seriousness 4 vs 1 with 4 h vs 1 h a week (gap ≈ 0.83) takes a quarter off,
  // so a pair that agrees on everything else lands near 68, well below a strong fit.
  gapPenalty: 0.3,
  largeGap: 0.5, // from here the gap is always named in "talk about" (second only to a missing language)
};

export const scheduleWeights = {
  // What each rhythm needs from the overlap: a contiguous stretch of `minutes` on `days` local days.
  needs: {
    DAILY: { days: 5, minutes: 30 }, // "most days": a short check-in on at least five days
    SEVERAL_A_WEEK: { days: 3, minutes: 45 }, // three unhurried check-ins on different days
    WEEKLY: { days: 1, minutes: 60 }, // one hour on one day
    FORTNIGHTLY: { days: 1, minutes: 60 }, // the same hour, used every other week
  } satisfies Record<CheckInFrequency, { days: number; minutes: number }>,
  needShare: 0.8, // meeting the rhythm's need is most of the schedule fit
  flexSaturation: 3, // the rest is slack to reschedule, which stops counting at 3× the need
};

export const valuesWeights = {
  sharedValues: 0.45, // shared values are what members chose as mattering most
  beliefs: 0.4, // agreement on the statements shows a shared outlook on setbacks and help
  focusAreas: 0.15, // a shared focus helps a little; different struggles can still support each other
  valuesForFull: 3, // sharing three of your values (or all of them, if you chose fewer) is a full fit
  focusForFull: 1, // one shared focus area is enough common ground
};

export const communicationWeights = {
  // Parts of the communication fit (sum to 1).
  feedback: 0.25, // feedback delivered the wrong way can feel like an attack
  missedCheckIn: 0.15, // what happens after a check-in that didn't happen sets the tone
  disclosure: 0.15, // very different pacing can feel like pressure or distance
  replyTime: 0.15, // unmet reply expectations read as being ignored
  relationship: 0.2, // peer vs mentoring shapes every conversation
  channels: 0.1, // a shared channel matters, but most people can adapt
  // How well the partner's missed-check-in wish sits with yours (symmetric).
  missedFit: {
    NUDGE: { NUDGE: 1, SPACE: 0.6, CALL_OUT: 0.6 }, // a nudge sits between space and candour: a mild difference either way
    SPACE: { NUDGE: 0.6, SPACE: 1, CALL_OUT: 0.2 }, // space and being called out are opposite instincts
    CALL_OUT: { NUDGE: 0.6, SPACE: 0.2, CALL_OUT: 1 }, // (the same table, read from the other side)
  } satisfies Record<MissedCheckInResponse, Record<MissedCheckInResponse, number>>,
  replyShortfallStep: 0.35, // per step a partner replies slower than you expect; faster costs nothing
  // Your wish (row) against the partner's (column): mentee and mentor complete each other.
  relationshipFit: {
    PEER: { PEER: 1, EITHER: 1, MENTOR_ME: 0.5, MENTOR_OTHERS: 0.5 }, // a peer is happiest with a peer or someone open to it
    MENTOR_ME: { MENTOR_OTHERS: 1, EITHER: 0.8, PEER: 0.5, MENTOR_ME: 0.3 }, // two people each hoping to be guided leaves nobody guiding
    MENTOR_OTHERS: { MENTOR_ME: 1, EITHER: 0.8, PEER: 0.5, MENTOR_OTHERS: 0.3 }, // two would-be mentors leaves nobody to guide
    EITHER: { PEER: 1, EITHER: 1, MENTOR_ME: 0.9, MENTOR_OTHERS: 0.9 }, // open to anything; mentoring asks a little more of them
  } satisfies Record<RelationshipStyle, Record<RelationshipStyle, number>>,
  noSharedChannelFit: 0.3, // no shared channel is workable (people adapt) but a real cost
};

/** "Talk about this" items: when a difference is worth raising, and how important it is. */
export const talkWeights = {
  max: 2, // more than two items would read as a list of problems
  scaleGap: 2, // 1–5 scales two or more points apart are worth agreeing on; one point is noise
  // Importance, multiplied by how big the difference is (0..1); highest first.
  importance: {
    language: 1, // without a shared language nothing else works, so it comes first
    commitment: 0.95, // a large gap in what each wants to put in is the most common cause of drift
    frequency: 0.9, // the rhythm is the first thing they will agree in writing
    relationship: 0.8, // peer vs mentoring changes what each expects from the other
    feedback: 0.7, // feedback given the wrong way hurts most
    missedCheckIn: 0.6, // the first check-in that doesn't happen tests this
    replyTime: 0.5, // easily agreed once it is said out loud
    disclosure: 0.4, // pacing usually settles itself once named
    channels: 0.3, // picking a channel is a quick practical choice
  },
};

/** Reasons: how strong each kind is (0..1); the strongest 2–4 are shown. */
export const reasonWeights = {
  max: 4, // four reasons fit on a card and stay readable
  min: 2, // one reason alone reads as thin
  minStrength: 0.3, // weaker reasons are only used to reach the minimum
  rhythmBase: 0.4, // the overlap is always specific and true
  rhythmSameFrequency: 0.2, // "you both want weekly check-ins" is the strongest kind of sentence
  rhythmSchedule: 0.4, // scaled by the schedule fit, so a thin overlap sinks down the list
  valuesBase: 0.35, // shared values are chosen and specific, so even one reads well
  valuesPerShared: 0.15, // each shared value makes the sentence stronger
  mentorship: 0.75, // a mentee finding a mentor is what both asked for
  focus: 0.6, // a shared struggle is a strong, specific bond
  commitmentFull: 0.6, // same seriousness and similar hours
  commitmentSeriousness: 0.45, // same seriousness only
  belief: 0.45, // both strongly agree with the same statement
  peers: 0.35, // both want peers: true but common
  sameStyle: 0.32, // same feedback, reply or missed-check-in wish: true but small
  length: 0.3, // same intended length: nice to know
  slot: 0.2, // a good time for both: always true, used to reach the minimum
  hoursCloseRatio: 0.75, // hours within this ratio count as "about the same"
  bucketShare: 0.6, // overlap "mostly" in one part of the week when this share falls there
};

/** Suggested check-in slots. */
export const slotWeights = {
  max: 3, // a few options to choose from without overwhelming (the picker supports at most 3)
  sessionQuarters: 4, // a check-in slot is ideally a contiguous hour
  comfortStart: 7 * 60, // 07:00 local for both: nobody is asked to check in before breakfast
  comfortEnd: 22 * 60, // 22:00 local for both: an evening slot, not the middle of the night
  comfortFalloff: 8 * 60, // minutes outside the window (summed over both) at which comfort reaches 0
  lengthShare: 0.5, // slot quality: half from having the full hour…
  comfortShare: 0.5, // …half from a comfortable local time for both
  qualityTolerance: 0.25, // extra suggestions may be a little worse than the best, not much
  spreadBonus: 0.05, // per day of the smallest gap between suggestions: Mon/Wed/Fri beats Mon/Tue/Wed
  // A suggestion is acted on within weeks; daylight-saving gaps between zones last one to three
  // weeks, so four weeks ahead catches the end of any gap the scored week is in (or one starting).
  changeHorizonWeeks: 4,
  maxChanges: 2, // a gap that opens and closes inside the horizon: both moves are said
};
