import { describe, expect, it } from "vitest";
import { answerSteps } from "@/shared/onboarding/questionnaire";
import { finish, nextStep, notStarted, saveStep, setOpenToMatching, type OnboardingProgress } from "./rules";

const now = new Date("2026-11-24T12:00:00Z");
const after = (completedSteps: number): OnboardingProgress => ({ ...notStarted, completedSteps });
const finished: OnboardingProgress = { completedSteps: 6, completedAt: new Date("2026-11-01T00:00:00Z"), openToMatching: false };

describe("saveStep", () => {
  it("takes the steps in order the first time", () => {
    let progress = notStarted;
    for (const [i, step] of answerSteps.entries()) {
      const result = saveStep(progress, step);
      expect(result).toEqual({ ok: true, progress: { ...progress, completedSteps: i + 1 } });
      if (result.ok) progress = result.progress;
    }
    expect(nextStep(progress)).toBeNull();
  });

  it("refuses a step ahead of the next one and names the step to do instead", () => {
    expect(saveStep(after(1), "schedule")).toEqual({ ok: false, reason: "OUT_OF_ORDER", nextStep: "commitment" });
    expect(saveStep(notStarted, "boundaries")).toEqual({ ok: false, reason: "OUT_OF_ORDER", nextStep: "about" });
  });

  it("lets earlier steps be saved again without losing progress", () => {
    expect(saveStep(after(4), "about")).toEqual({ ok: true, progress: after(4) });
  });

  it("lets any step be edited alone once finished", () => {
    for (const step of answerSteps) expect(saveStep(finished, step)).toEqual({ ok: true, progress: finished });
  });
});

describe("finish", () => {
  it("needs all six steps", () => {
    expect(finish(after(5), { openToMatching: false, emailVerified: true }, now)).toEqual({ ok: false, reason: "INCOMPLETE", nextStep: "boundaries" });
  });

  it("never opens to matching without a verified email", () => {
    expect(finish(after(6), { openToMatching: true, emailVerified: false }, now)).toEqual({ ok: false, reason: "EMAIL_UNVERIFIED" });
  });

  it("finishes closed or open, as chosen", () => {
    expect(finish(after(6), { openToMatching: false, emailVerified: false }, now)).toEqual({
      ok: true,
      progress: { completedSteps: 6, completedAt: now, openToMatching: false },
    });
    expect(finish(after(6), { openToMatching: true, emailVerified: true }, now)).toMatchObject({ ok: true, progress: { openToMatching: true } });
  });

  it("keeps the first finishing time when finished again", () => {
    expect(finish(finished, { openToMatching: true, emailVerified: true }, now)).toMatchObject({ progress: { completedAt: finished.completedAt } });
  });
});

describe("setOpenToMatching", () => {
  it("needs a finished questionnaire and, to open, a verified email", () => {
    expect(setOpenToMatching(after(6), { open: true, emailVerified: true })).toMatchObject({ ok: false, reason: "INCOMPLETE" });
    expect(setOpenToMatching(finished, { open: true, emailVerified: false })).toEqual({ ok: false, reason: "EMAIL_UNVERIFIED" });
    expect(setOpenToMatching(finished, { open: true, emailVerified: true })).toEqual({ ok: true, progress: { ...finished, openToMatching: true } });
  });

  it("can always close again", () => {
    const open = { ...finished, openToMatching: true };
    expect(setOpenToMatching(open, { open: false, emailVerified: false })).toEqual({ ok: true, progress: finished });
  });
});
