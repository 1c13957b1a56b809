import { describe, expect, it } from "vitest";
import { factorWords, fitWords, languageLabel, reasonsNameValues, rhythmLabel, sharedValuesSentence, slotSentence, theirTimeNow } from "./words";

describe("suggestion card words", () => {
  it("names shared values in plain words, or says nothing", () => {
    expect(sharedValuesSentence(["HONESTY", "PATIENCE"])).toBe("You both value honesty and patience.");
    expect(sharedValuesSentence(["HONESTY", "FAITH", "KINDNESS"])).toBe("You both value honesty, faith or spirituality and kindness.");
    expect(sharedValuesSentence([])).toBeNull();
  });

  it("labels languages, keeping an unknown code as it is", () => {
    expect(languageLabel("es")).toBe("Spanish");
    expect(languageLabel("bsl")).toBe("British Sign Language");
    expect(languageLabel("xx")).toBe("xx");
  });

  it("gives their local time now, naming the day only when it differs", () => {
    const now = new Date("2026-03-02T19:40:00Z"); // a Monday
    expect(theirTimeNow(now, "Europe/London", "Europe/Lisbon")).toBe("It's 19:40 for them");
    expect(theirTimeNow(now, "Asia/Tokyo", "Europe/Lisbon")).toBe("It's 04:40 on Tuesday for them");
    expect(theirTimeNow(now, "America/New_York", null)).toBe("It's 14:40 for them");
    expect(theirTimeNow(now, "Not/AZone", "Europe/Lisbon")).toBeNull();
  });

  it("describes check-in slots for both people", () => {
    expect(slotSentence({ a: { weekday: "Monday", time: "20:00" }, b: { weekday: "Monday", time: "14:30" } })).toBe("Mondays 20:00 for you (14:30 for them)");
    expect(slotSentence({ a: { weekday: "Monday", time: "21:00" }, b: { weekday: "Tuesday", time: "05:00" } })).toBe(
      "Mondays 21:00 for you (Tuesdays 05:00 for them)",
    );
    expect(slotSentence({ a: { weekday: "Friday", time: "18:00" }, b: { weekday: "Friday", time: "18:00" } })).toBe("Fridays 18:00 for you both");
  });

  it("says when their time moves with a clock change in the coming weeks", () => {
    const later = [{ from: "2027-03-28", b: { weekday: "Monday", time: "13:00" } }];
    expect(slotSentence({ a: { weekday: "Monday", time: "08:00" }, b: { weekday: "Monday", time: "12:00" }, laterForB: later })).toMatch(
      /^Mondays 08:00 for you \(12:00 for them; 13:00 for them from 28 March\)$/,
    );
  });

  it("puts each part of the fit in words", () => {
    expect(factorWords("schedule", 80)).toBe("Schedule: strong");
    expect(factorWords("values", 79)).toBe("Values: good");
    expect(factorWords("commitment", 50)).toBe("Commitment: fair");
    expect(factorWords("communication", 49)).toBe("Communication: worth talking about");
  });

  it("says a fit in words, never a number", () => {
    expect(fitWords(100)).toBe("A strong fit");
    expect(fitWords(80)).toBe("A strong fit");
    expect(fitWords(79.9)).toBe("A good fit");
    expect(fitWords(65)).toBe("A good fit");
    expect(fitWords(50)).toBe("A fair fit");
    expect(fitWords(49)).toBe("Some common ground");
    expect(fitWords(0)).toBe("Some common ground");
  });

  it("knows when a reason already names the shared values, and labels rhythms", () => {
    expect(reasonsNameValues(["You share honesty and patience.", "You both want weekly check-ins."])).toBe(true);
    expect(reasonsNameValues(["You both want weekly check-ins."])).toBe(false);
    expect(rhythmLabel("FORTNIGHTLY")).toBe("Every two weeks");
  });
});
