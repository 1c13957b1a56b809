import { describe, expect, it } from "vitest";
import { feelingsOf, lastWeeks, milestonesReached, weeklyProgress, type LoggedCheckIn } from "./progress";

const utc = (iso: string) => new Date(`${iso}Z`);
const hours = (span: { start: Date; end: Date }) => (span.end.getTime() - span.start.getTime()) / 3_600_000;

const me = "member-me";
const sam = "member-sam";
const answer = (memberId: string, over: Partial<LoggedCheckIn["answers"][number]> = {}) => ({ memberId, mood: 3, energy: 3, moodPrivate: false, commitmentsDone: [], ...over });

describe("lastWeeks", () => {
  // Thursday 1 April 2027; the UK moved its clocks forward on Sunday 28 March.
  const now = utc("2027-04-01T12:00:00");

  it("gives twelve Monday-to-Monday weeks in the viewer's zone, this week last", () => {
    const weeks = lastWeeks("Europe/London", now);
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toEqual({ start: utc("2027-03-28T23:00:00"), end: utc("2027-04-04T23:00:00") });
    expect(weeks[0]?.start).toEqual(utc("2027-01-11T00:00:00"));
    weeks.slice(1).forEach((week, i) => expect(week.start).toEqual(weeks[i]?.end));
  });

  it("makes the week of a daylight-saving change an hour shorter or longer", () => {
    const spring = lastWeeks("Europe/London", now);
    expect(hours(spring[10]!)).toBe(167);
    const autumn = lastWeeks("America/New_York", utc("2027-11-10T12:00:00"));
    // 7 November 2027: clocks go back an hour in New York.
    expect(hours(autumn[10]!)).toBe(169);
    expect(autumn[11]?.start).toEqual(utc("2027-11-08T05:00:00"));
  });

  it("puts a check-in in the week its local time falls in", () => {
    const weeks = lastWeeks("Europe/London", now);
    // 23:30 UTC on Sunday 28 March is 00:30 on Monday 29 March in London.
    const checkIns = [{ occurrenceStart: utc("2027-03-28T23:30:00"), answers: [] }];
    const progress = weeklyProgress(weeks, checkIns, { viewerId: me, paused: [], plannedStarts: [] });
    expect(progress[10]?.kept).toBe(0);
    expect(progress[11]?.kept).toBe(1);
    // The same instant seen from New York is still Sunday: the earlier week.
    const fromNewYork = weeklyProgress(lastWeeks("America/New_York", now), checkIns, { viewerId: me, paused: [], plannedStarts: [] });
    expect(fromNewYork[10]?.kept).toBe(1);
  });

  it("falls back to UTC for an unknown zone rather than failing", () => {
    expect(lastWeeks("Not/AZone", now)[11]?.start).toEqual(utc("2027-03-29T00:00:00"));
  });
});

describe("weeklyProgress", () => {
  const weeks = lastWeeks("UTC", utc("2027-04-01T12:00:00"), 3);
  // Weeks of 15, 22 and 29 March 2027.

  it("counts check-ins, planned ones and commitments done by each partner per week", () => {
    const checkIns: LoggedCheckIn[] = [
      { occurrenceStart: utc("2027-03-16T18:00:00"), answers: [answer(me, { commitmentsDone: [0, 1] }), answer(sam, { commitmentsDone: [0] })] },
      { occurrenceStart: utc("2027-03-18T18:00:00"), answers: [answer(me, { commitmentsDone: [1] })] },
      { occurrenceStart: utc("2027-03-30T18:00:00"), answers: [] },
    ];
    const plannedStarts = [utc("2027-03-16T18:00:00"), utc("2027-03-18T18:00:00"), utc("2027-03-23T18:00:00"), utc("2027-03-30T18:00:00")];
    const progress = weeklyProgress(weeks, checkIns, { viewerId: me, paused: [], plannedStarts });
    expect(progress.map((w) => [w.kept, w.planned, w.commitmentsDone.you, w.commitmentsDone.partner])).toEqual([
      [2, 2, 3, 1],
      [0, 1, 0, 0],
      [1, 1, 0, 0],
    ]);
  });

  it("marks the weeks a pause touched, including one still open", () => {
    const closed = weeklyProgress(weeks, [], { viewerId: me, paused: [{ start: utc("2027-03-20T10:00:00"), end: utc("2027-03-24T10:00:00") }], plannedStarts: [] });
    expect(closed.map((w) => w.paused)).toEqual([true, true, false]);
    const open = weeklyProgress(weeks, [], { viewerId: me, paused: [{ start: utc("2027-03-29T00:00:00"), end: null }], plannedStarts: [] });
    expect(open.map((w) => w.paused)).toEqual([false, false, true]);
    const endedAtMonday = weeklyProgress(weeks, [], { viewerId: me, paused: [{ start: utc("2027-03-20T00:00:00"), end: utc("2027-03-22T00:00:00") }], plannedStarts: [] });
    expect(endedAtMonday.map((w) => w.paused)).toEqual([true, false, false]);
  });
});

describe("feelingsOf", () => {
  it("gives all of the viewer's own mood and energy, in time order", () => {
    const checkIns: LoggedCheckIn[] = [
      { occurrenceStart: utc("2027-03-20T18:00:00"), answers: [answer(me, { mood: 2, energy: 4, moodPrivate: true })] },
      { occurrenceStart: utc("2027-03-13T18:00:00"), answers: [answer(me, { mood: 4, energy: 1 })] },
    ];
    expect(feelingsOf(checkIns, me).you).toEqual([
      { at: utc("2027-03-13T18:00:00"), mood: 4, energy: 1 },
      { at: utc("2027-03-20T18:00:00"), mood: 2, energy: 4 },
    ]);
  });

  it("leaves out the partner's mood and energy wherever they kept them private", () => {
    const checkIns: LoggedCheckIn[] = [
      { occurrenceStart: utc("2027-03-13T18:00:00"), answers: [answer(sam, { mood: 1, energy: 2, moodPrivate: true })] },
      { occurrenceStart: utc("2027-03-20T18:00:00"), answers: [answer(sam, { mood: 5, energy: 4 })] },
    ];
    const { partner } = feelingsOf(checkIns, me);
    expect(partner).toEqual([{ at: utc("2027-03-20T18:00:00"), mood: 5, energy: 4 }]);
    expect(JSON.stringify(partner)).not.toContain('"mood":1');
  });
});

describe("milestonesReached", () => {
  const first = utc("2027-01-10T18:00:00");

  it("has none before the first check-in", () => {
    expect(milestonesReached({ first: null, tenth: null, zone: "UTC", now: first })).toEqual([]);
  });

  it("gives each milestone reached by now, in order, with when it was reached", () => {
    const tenth = utc("2027-03-14T18:00:00");
    expect(milestonesReached({ first, tenth, zone: "Europe/London", now: utc("2027-04-20T00:00:00") })).toEqual([
      { kind: "first-check-in", reachedAt: first },
      { kind: "four-weeks", reachedAt: utc("2027-02-07T18:00:00") },
      { kind: "ten-check-ins", reachedAt: tenth },
      // Three calendar months on, at the same wall-clock time: London is on summer time by then.
      { kind: "three-months", reachedAt: utc("2027-04-10T17:00:00") },
    ]);
  });

  it("leaves out milestones still ahead", () => {
    const kinds = milestonesReached({ first, tenth: null, zone: "UTC", now: utc("2027-02-07T17:59:00") }).map((m) => m.kind);
    expect(kinds).toEqual(["first-check-in"]);
  });
});
