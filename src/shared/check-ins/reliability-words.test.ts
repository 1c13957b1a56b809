import { describe, expect, it } from "vitest";
import { reliabilityWords } from "./reliability-words";

describe("reliabilityWords", () => {
  it("says what happened kindly, and nothing before there is anything to count", () => {
    expect(reliabilityWords({ met: 0, of: 0 })).toBeNull();
    expect(reliabilityWords({ met: 7, of: 8 })).toBe("You've met 7 of your last 8 check-ins.");
    expect(reliabilityWords({ met: 1, of: 1 })).toBe("You've met for your last check-in.");
    expect(reliabilityWords({ met: 5, of: 5 })).toBe("You've met for all 5 of your recent check-ins.");
    expect(reliabilityWords({ met: 0, of: 3 })).toBe("Your last 3 check-ins didn't get logged. That's okay — if the rhythm doesn't fit any more, a talk about it might help.");
    expect(reliabilityWords({ met: 0, of: 1 })).toContain("Your last check-in didn't get logged.");
  });
});
