/** Commitment fit in one direction: how well `other` matches what `self` wants to put in. */
import type { AnswerProfile, CheckInFrequency, IntendedLength } from "./types";
import { commitmentWeights as w } from "./weights";

export const frequencyOrder: readonly CheckInFrequency[] = ["DAILY", "SEVERAL_A_WEEK", "WEEKLY", "FORTNIGHTLY"];
const lengthOrder: readonly IntendedLength[] = ["TRIAL_4_WEEKS", "THREE_MONTHS", "OPEN_ENDED"];

/** Steps apart on daily → several a week → weekly → fortnightly (0..3). */
export const frequencySteps = (x: CheckInFrequency, y: CheckInFrequency): number => Math.abs(frequencyOrder.indexOf(x) - frequencyOrder.indexOf(y));

/** 1 when equal; a shortfall (other below self) costs fully, an excess costs `excessShare`. */
function closeness(self: number, other: number, range: number): number {
  const gap = self - other;
  return 1 - (gap > 0 ? gap : -gap * w.excessShare) / range;
}

/** Whether `other` can keep the rhythm `self` wants: close enough, and with the hours it takes. */
export function canSustain(self: AnswerProfile, other: AnswerProfile): boolean {
  return frequencySteps(self.checkInFrequency, other.checkInFrequency) <= w.maxSustainableSteps && other.hoursPerWeek * 60 >= w.minutesNeeded[self.checkInFrequency];
}

export function commitmentFit(self: AnswerProfile, other: AnswerProfile): number {
  const seriousness = closeness(self.seriousness, other.seriousness, 4);
  const hours = other.hoursPerWeek < self.hoursPerWeek ? other.hoursPerWeek / self.hoursPerWeek : 1 - w.excessShare * (1 - self.hoursPerWeek / other.hoursPerWeek);
  const frequency = w.frequencyStepFit[frequencySteps(self.checkInFrequency, other.checkInFrequency)] ?? 0;
  const length = 1 - Math.abs(lengthOrder.indexOf(self.intendedLength) - lengthOrder.indexOf(other.intendedLength)) / 2;
  const reliability = 1 - Math.max(0, self.reliability - other.reliability) / 4;
  const fit = w.seriousness * seriousness + w.hours * hours + w.frequency * frequency + w.length * length + w.reliability * reliability;
  return canSustain(self, other) ? fit : fit * w.unsustainableMultiplier;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export type CommitmentGap = {
  /** 0..1 from how far apart the two feel on the 1–5 seriousness scale. */
  seriousness: number;
  /** 0..1 from how many times more hours a week one has than the other. */
  hours: number;
  /** 0..1: both together (either alone can make it large). */
  total: number;
};

/** How far apart two members are in what they want to put in; symmetric. */
export function commitmentGap(a: AnswerProfile, b: AnswerProfile): CommitmentGap {
  const seriousness = clamp01((Math.abs(a.seriousness - b.seriousness) - w.gapSeriousnessFree) / (w.gapSeriousnessFull - w.gapSeriousnessFree));
  const ratio = Math.max(a.hoursPerWeek, b.hoursPerWeek) / Math.max(1, Math.min(a.hoursPerWeek, b.hoursPerWeek));
  const hours = clamp01((Math.log2(ratio) - Math.log2(w.gapHoursFreeRatio)) / (Math.log2(w.gapHoursFullRatio) - Math.log2(w.gapHoursFreeRatio)));
  return { seriousness, hours, total: 1 - (1 - seriousness) * (1 - hours) };
}

/** What a commitment gap leaves of each direction's score (1 without a gap). */
export const commitmentGapMultiplier = (a: AnswerProfile, b: AnswerProfile): number => 1 - w.gapPenalty * commitmentGap(a, b).total;
