import { describe, expect, it } from "vitest";
import { actOnReport, unsuspendRefusal, type ActFacts } from "./rules";

const open: ActFacts = { status: "OPEN", aboutModerator: false, byModerator: false, reported: "ACTIVE" };

describe("acting on a report", () => {
  it("resolves an open report once, as the action says", () => {
    expect(actOnReport(open, "DISMISS")).toEqual({ ok: true, status: "DISMISSED" });
    expect(actOnReport(open, "WARN")).toEqual({ ok: true, status: "WARNED" });
    expect(actOnReport(open, "SUSPEND")).toEqual({ ok: true, status: "SUSPENDED" });
  });

  it("refuses a report that is already resolved, whatever it was resolved as", () => {
    for (const status of ["DISMISSED", "WARNED", "SUSPENDED"] as const) {
      for (const action of ["DISMISS", "WARN", "SUSPEND"] as const) expect(actOnReport({ ...open, status }, action)).toEqual({ ok: false, reason: "ALREADY_RESOLVED" });
    }
  });

  it("never lets a moderator decide a report about themselves, even a resolved one", () => {
    expect(actOnReport({ ...open, aboutModerator: true }, "DISMISS")).toEqual({ ok: false, reason: "ABOUT_YOURSELF" });
    expect(actOnReport({ ...open, aboutModerator: true, status: "WARNED" }, "SUSPEND")).toEqual({ ok: false, reason: "ABOUT_YOURSELF" });
  });

  it("leaves a report a moderator sent themselves to another moderator", () => {
    expect(actOnReport({ ...open, byModerator: true }, "SUSPEND")).toEqual({ ok: false, reason: "YOUR_OWN_REPORT" });
  });

  it("can only dismiss a report about someone who has left Tandem", () => {
    for (const reported of ["DELETED", "GONE"] as const) {
      expect(actOnReport({ ...open, reported }, "WARN")).toEqual({ ok: false, reason: "MEMBER_GONE" });
      expect(actOnReport({ ...open, reported }, "SUSPEND")).toEqual({ ok: false, reason: "MEMBER_GONE" });
      expect(actOnReport({ ...open, reported }, "DISMISS")).toEqual({ ok: true, status: "DISMISSED" });
    }
  });

  it("may still warn or suspend someone already suspended by another report", () => {
    expect(actOnReport({ ...open, reported: "SUSPENDED" }, "SUSPEND")).toEqual({ ok: true, status: "SUSPENDED" });
    expect(actOnReport({ ...open, reported: "SUSPENDED" }, "WARN")).toEqual({ ok: true, status: "WARNED" });
  });
});

describe("unsuspending", () => {
  it("unsuspends only a suspended member, and never oneself", () => {
    expect(unsuspendRefusal({ self: false, member: "SUSPENDED" })).toBeNull();
    expect(unsuspendRefusal({ self: false, member: "ACTIVE" })).toBe("NOT_SUSPENDED");
    expect(unsuspendRefusal({ self: false, member: "DELETED" })).toBe("NOT_SUSPENDED");
    expect(unsuspendRefusal({ self: true, member: "SUSPENDED" })).toBe("YOURSELF");
  });
});
