import { describe, expect, it } from "vitest";
import { notificationCatalog } from "./catalog";

const data = { partnershipId: "cpartnership0000000000001", fromMemberId: "cmember00000000000000001", at: Date.parse("2027-03-30T16:30:00Z"), timeZone: "Europe/Berlin" };
const nameOf = () => "Sam";

describe("check-in notices", () => {
  it("write the check-in in the reader's own zone, after the clocks changed", () => {
    const reminder = notificationCatalog.CHECK_IN_REMINDER.parse(data);
    expect(reminder?.describe(nameOf).text).toBe("Your check-in with Sam is coming up: Tuesday 30 March at 18:30.");
    const inTokyo = notificationCatalog.CHECK_IN_REMINDER.parse({ ...data, timeZone: "Asia/Tokyo" });
    expect(inTokyo?.describe(nameOf).text).toContain("Wednesday 31 March at 01:30");
  });

  it("fall back to UTC, and say so, when a stored zone no longer reads", () => {
    const notice = notificationCatalog.CHECK_IN_MISSED.parse({ ...data, timeZone: "Nowhere/Else" });
    expect(notice?.describe(nameOf).text).toContain("Tuesday 30 March at 16:30 UTC");
  });

  it("nudge kindly in-app, and name nobody by email", () => {
    const notice = notificationCatalog.CHECK_IN_MISSED.parse(data);
    expect(notice?.describe(nameOf)).toEqual({
      text: "Your check-in on Tuesday 30 March at 18:30 didn't get logged. Life happens — if you did meet, you can still log it; if not, a quick hello to Sam might help.",
      href: `/partnerships/${data.partnershipId}/check-ins`,
      action: "See your check-ins",
    });
    for (const email of [notice?.email({ displayName: "Alex" }), notificationCatalog.CHECK_IN_REMINDER.parse(data)?.email({ displayName: "Alex" })]) {
      expect(email?.text).toContain("Hi Alex");
      expect(email?.text).not.toContain("Sam");
      expect(email?.text).toContain(`/partnerships/${data.partnershipId}/check-ins`);
    }
  });

  it("invite a pause or a talk about the rhythm without naming anyone", () => {
    const notice = notificationCatalog.CHECK_IN_PAUSE_OR_REVIEW.parse({ partnershipId: data.partnershipId });
    expect(notice?.mentions).toEqual([]);
    expect(notice?.describe(nameOf).text).toBe("A few check-ins in a row haven't happened. That's okay — would a pause, or a talk about your rhythm, help?");
    expect(notice?.email({ displayName: "Alex" })?.subject).toBe("Would a pause or a change of rhythm help?");
  });

  it("warn each partner early, kindly, with no numbers and no one named", () => {
    const notice = notificationCatalog.CHECK_IN_EARLY_WARNING.parse({ partnershipId: data.partnershipId });
    expect(notice?.mentions).toEqual([]);
    const words = notice?.describe(nameOf);
    expect(words).toEqual({
      text: "Your check-ins have been a little quieter than usual lately. That's okay — would a pause, or a talk with your partner about your rhythm, help?",
      href: `/partnerships/${data.partnershipId}`,
      action: "See your partnership",
    });
    const email = notice?.email({ displayName: "Alex" });
    expect(email?.subject).toBe("Your check-ins have been quieter lately");
    for (const text of [words?.text, email?.text]) {
      expect(text).not.toMatch(/\d+ ?%|\b\d+ of \d+\b|Sam/);
    }
    expect(email?.text).toContain(`/partnerships/${data.partnershipId}`);
    expect(notificationCatalog.CHECK_IN_EARLY_WARNING.preference).toBe("partnerships");
  });
});
