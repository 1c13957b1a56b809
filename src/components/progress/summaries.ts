/**
 * The one-sentence summary each progress chart carries, in words a person would say. Plain
 * counts, no streaks and no judgement: a quiet week is just a number.
 */
import { progressWeekCount, type FeelingPoint, type MilestoneKind, type WeekProgress } from "@/shared/check-ins/progress";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
const average = (values: readonly number[]) => (Math.round((sum(values) / values.length) * 10) / 10).toString();

export function keptSummary(weeks: readonly WeekProgress[]): string {
  const met = weeks.filter((w) => w.kept > 0).length;
  const total = sum(weeks.map((w) => w.kept));
  if (met === 0) return `No check-ins were logged in the last ${weeks.length} weeks.`;
  const pausedQuiet = weeks.filter((w) => w.paused && w.kept === 0).length;
  const of = pausedQuiet > 0 ? `${met} of the ${weeks.length - pausedQuiet} weeks you weren't paused` : `${met} of the last ${weeks.length} weeks`;
  const inAll = total > met ? `, ${plural(total, "check-in", "check-ins")} in all` : "";
  return `You met in ${of}${inAll}.`;
}

export function commitmentsSummary(weeks: readonly WeekProgress[], partnerName: string): string {
  const yours = sum(weeks.map((w) => w.commitmentsDone.you));
  const theirs = sum(weeks.map((w) => w.commitmentsDone.partner));
  if (yours + theirs === 0) return `No commitments ticked off in the last ${weeks.length} weeks yet. You can tick yours off when you answer a check-in.`;
  return `In the last ${weeks.length} weeks you ticked off ${plural(yours, "commitment", "commitments")} and ${partnerName} ticked off ${theirs}.`;
}

export function feelingsSummary(feelings: { you: readonly FeelingPoint[]; partner: readonly FeelingPoint[] }, partnerName: string): string {
  const sentences: string[] = [];
  if (feelings.you.length > 0) {
    sentences.push(
      `Your mood averaged ${average(feelings.you.map((p) => p.mood))} and your energy ${average(feelings.you.map((p) => p.energy))} out of 5, over ${plural(feelings.you.length, "check-in", "check-ins")}.`,
    );
  }
  if (feelings.partner.length > 0) {
    sentences.push(
      `${partnerName} shared theirs ${feelings.partner.length === 1 ? "once" : `${feelings.partner.length} times`}: mood ${average(feelings.partner.map((p) => p.mood))} and energy ${average(feelings.partner.map((p) => p.energy))} on average.`,
    );
  }
  return sentences.length > 0 ? sentences.join(" ") : `No mood or energy ratings in the last ${progressWeekCount} weeks yet. You rate them when you answer a check-in.`;
}

export const milestoneWords: Record<MilestoneKind, string> = {
  "first-check-in": "Your first check-in together",
  "four-weeks": "Four weeks of check-ins together",
  "ten-check-ins": "Ten check-ins together",
  "three-months": "Three months of check-ins together",
};
