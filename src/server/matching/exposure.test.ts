import { describe, expect, it } from "vitest";
import { exposurePenalty } from "./exposure";

describe("exposurePenalty", () => {
  it("is zero for someone nobody has asked lately", () => {
    expect(exposurePenalty(0, 0)).toBe(0);
  });

  it("grows with pending and recent requests, pending weighing more", () => {
    expect(exposurePenalty(1, 0)).toBeGreaterThan(exposurePenalty(0, 1));
    expect(exposurePenalty(2, 3)).toBeGreaterThan(exposurePenalty(1, 3));
    expect(exposurePenalty(2, 4)).toBeGreaterThan(exposurePenalty(2, 3));
  });

  it("is capped so a much better fit still ranks first", () => {
    expect(exposurePenalty(3, 100)).toBe(20);
  });
});
