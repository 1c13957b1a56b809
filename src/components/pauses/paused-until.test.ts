import { describe, expect, it } from "vitest";
import { pausedUntilWords, resumeDay } from "./paused-until";

describe("pausedUntilWords", () => {
  const endsAt = new Date("2027-06-09T00:00:00+02:00"); // 00:00 in Berlin on Wednesday 9 June

  it("names the day it picks up again in the viewer's zone", () => {
    expect(pausedUntilWords(endsAt, "Europe/Berlin")).toBe("Paused until Wednesday 9 June");
    expect(resumeDay(endsAt, "Asia/Tokyo")).toBe("Wednesday 9 June");
  });

  it("shows a partner far west the evening it really picks up for them", () => {
    expect(resumeDay(endsAt, "America/New_York")).toBe("Tuesday 8 June");
  });

  it("falls back to UTC for a zone that doesn't read", () => {
    expect(resumeDay(endsAt, "Mars/Olympus")).toBe("Tuesday 8 June");
  });
});
