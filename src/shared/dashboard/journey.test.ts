import { describe, expect, it } from "vitest";
import { journey, type JourneyInput } from "./journey";

const base: JourneyInput = {
  completedSteps: 0,
  answerSteps: 5,
  finished: false,
  openToMatching: false,
  emailVerified: true,
  waitingRequests: 0,
  partnerships: [],
  checkedIn: false,
};
const summary = (input: Partial<JourneyInput>) => journey({ ...base, ...input }).map((s) => `${s.current ? ">" : " "}${s.status.done ? "x" : "-"} ${s.id}: ${s.status.words}`);

describe("journey", () => {
  it("a new member starts at the questionnaire, every later step waiting on the one before", () => {
    expect(summary({})).toEqual([
      ">- answers: Not started yet",
      " - matching: At the end of the questionnaire",
      " - partner: Once you're open to matching",
      " - agreement: Once you have a partner",
      " - checkIn: Once your agreement is signed",
    ]);
    expect(summary({ completedSteps: 2 })[0]).toBe(">- answers: In progress: 2 of 5 steps saved");
  });

  it("after the questionnaire: matching is next, and says when the email still needs confirming", () => {
    expect(summary({ finished: true }).slice(0, 2)).toEqual([" x answers: Done", ">- matching: Whenever you're ready"]);
    expect(summary({ finished: true, emailVerified: false })[1]).toBe(">- matching: After you confirm your email");
  });

  it("open to matching: finding a partner is next, and a waiting request is named", () => {
    expect(summary({ finished: true, openToMatching: true }).slice(1, 3)).toEqual([" x matching: Done: you're open to matching", ">- partner: Your suggestions are ready to look through"]);
    expect(summary({ finished: true, openToMatching: true, waitingRequests: 1 })[2]).toBe(">- partner: A request is waiting for your answer");
    expect(summary({ finished: true, openToMatching: true, waitingRequests: 2 })[2]).toBe(">- partner: 2 requests are waiting for your answer");
  });

  it("with a partner drafting: the agreement is the current step, even when no longer open to matching", () => {
    expect(summary({ finished: true, partnerships: [{ status: "DRAFTING", partnerName: "Sam" }] }).slice(1)).toEqual([
      " x matching: Done: you found a partner",
      " x partner: Done: you're partners with Sam",
      ">- agreement: In progress: writing it with Sam",
      " - checkIn: Once your agreement is signed",
    ]);
  });

  it("signed: the first check-in is next; once logged every step is done and none is current", () => {
    const partnerships = [
      { status: "ACTIVE", partnerName: "Sam" },
      { status: "PAUSED", partnerName: "Kit" },
      { status: "DRAFTING", partnerName: "Ada" },
      { status: "ENDED", partnerName: "Lee" },
    ] as const;
    expect(summary({ finished: true, openToMatching: true, partnerships }).slice(2)).toEqual([
      " x partner: Done: you're partners with Sam, Kit and Ada",
      " x agreement: Done: signed with Sam and Kit",
      ">- checkIn: Coming up: log it once you've met",
    ]);
    const done = journey({ ...base, finished: true, partnerships, checkedIn: true });
    expect(done.every((s) => s.status.done && !s.current)).toBe(true);
  });

  it("a member whose partnerships all ended is back at finding a partner", () => {
    expect(summary({ finished: true, openToMatching: true, partnerships: [{ status: "ENDED", partnerName: "Lee" }] }).slice(2, 4)).toEqual([
      ">- partner: Your suggestions are ready to look through",
      " - agreement: Once you have a partner",
    ]);
  });
});
