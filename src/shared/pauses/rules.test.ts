import { describe, expect, it } from "vitest";
import {
  acceptedStatus,
  dayOf,
  initialStatus,
  mayAct,
  pauseMoves,
  pauseTermsOf,
  pauseTransition,
  planExtension,
  planPause,
  requestBlocker,
  type PauseMove,
  type PauseStatus,
} from "./rules";

const terms = { maxPauseWeeks: 2, pauseAlone: false, timeZone: "Europe/Berlin" };
/** 10:00 in Berlin on Wednesday 2 June 2027 (08:00 UTC). */
const now = new Date("2027-06-02T08:00:00Z");
const berlinMidnight = (day: string) => new Date(`${day}T00:00:00+02:00`);

describe("pauseTermsOf", () => {
  it("reads the pause terms and the zone of an agreement", () => {
    expect(pauseTermsOf({ fields: { maxPauseWeeks: 4, pauseAlone: true, timezone: "Asia/Tokyo", time: "18:00" } })).toEqual({ maxPauseWeeks: 4, pauseAlone: true, timeZone: "Asia/Tokyo" });
  });

  it.each([
    ["no fields", {}],
    ["not an object", "text"],
    ["a limit out of range", { fields: { maxPauseWeeks: 13, pauseAlone: true, timezone: "UTC" } }],
    ["no pauseAlone", { fields: { maxPauseWeeks: 4, timezone: "UTC" } }],
    ["an unknown zone", { fields: { maxPauseWeeks: 4, pauseAlone: false, timezone: "Mars/Olympus" } }],
  ])("gives null for %s", (_name, content) => {
    expect(pauseTermsOf(content)).toBeNull();
  });
});

describe("planPause", () => {
  it("starts now and picks up again at 00:00 on the chosen day, in the agreement's zone", () => {
    expect(planPause({ start: "now", resumesOn: "2027-06-09" }, terms, now)).toEqual({ ok: true, startsAt: now, endsAt: berlinMidnight("2027-06-09"), startsNow: true });
  });

  it("treats today's date as now", () => {
    expect(planPause({ start: "2027-06-02", resumesOn: "2027-06-09" }, terms, now)).toMatchObject({ ok: true, startsAt: now, startsNow: true });
  });

  it("starts a later pause at 00:00 on its first day", () => {
    expect(planPause({ start: "2027-06-05", resumesOn: "2027-06-12" }, terms, now)).toEqual({ ok: true, startsAt: berlinMidnight("2027-06-05"), endsAt: berlinMidnight("2027-06-12"), startsNow: false });
  });

  it("counts today in the agreement's zone, not UTC", () => {
    // 23:30 UTC on 1 June is already 2 June in Berlin.
    const lateUtc = new Date("2027-06-01T23:30:00Z");
    expect(planPause({ start: "2027-06-02", resumesOn: "2027-06-03" }, terms, lateUtc)).toMatchObject({ ok: true, startsNow: true });
    expect(planPause({ start: "2027-06-01", resumesOn: "2027-06-03" }, terms, lateUtc)).toMatchObject({ ok: false, field: "start" });
  });

  it("allows exactly the agreement's maximum and refuses a day more", () => {
    expect(planPause({ start: "now", resumesOn: "2027-06-16" }, terms, now)).toMatchObject({ ok: true });
    expect(planPause({ start: "now", resumesOn: "2027-06-17" }, terms, now)).toEqual({ ok: false, field: "resumesOn", message: "Your agreement allows a pause of up to 2 weeks. Choose an earlier day." });
    expect(planPause({ start: "2027-06-10", resumesOn: "2027-06-25" }, { ...terms, maxPauseWeeks: 1 }, now)).toMatchObject({ ok: false, message: expect.stringContaining("1 week.") });
  });

  it.each([
    ["a start in the past", { start: "2027-06-01", resumesOn: "2027-06-05" }, "start"],
    ["a start that is not a date", { start: "tomorrow", resumesOn: "2027-06-05" }, "start"],
    ["an impossible date", { start: "2027-02-30", resumesOn: "2027-06-05" }, "start"],
    ["no resume date", { start: "now", resumesOn: "" }, "resumesOn"],
    ["a resume day on the first day", { start: "2027-06-05", resumesOn: "2027-06-05" }, "resumesOn"],
    ["a resume day before the first day", { start: "2027-06-05", resumesOn: "2027-06-04" }, "resumesOn"],
    ["resuming today", { start: "now", resumesOn: "2027-06-02" }, "resumesOn"],
  ])("refuses %s", (_name, input, field) => {
    expect(planPause(input, terms, now)).toMatchObject({ ok: false, field });
  });

  it("is one day shorter across a daylight-saving change, never a day longer", () => {
    // Berlin moves its clocks forward on 28 March 2027: a 14-day pause across it is still allowed.
    const march = new Date("2027-03-20T10:00:00Z");
    expect(planPause({ start: "now", resumesOn: "2027-04-03" }, terms, march)).toMatchObject({ ok: true, endsAt: new Date("2027-04-03T00:00:00+02:00") });
  });
});

describe("planExtension", () => {
  const active = { startsAt: new Date("2027-05-30T12:00:00Z"), endsAt: berlinMidnight("2027-06-06") };

  it("moves the day it picks up again later, starting where the pause was going to end", () => {
    expect(planExtension(active, "2027-06-10", terms, now)).toEqual({ ok: true, startsAt: active.endsAt, endsAt: berlinMidnight("2027-06-10"), startsNow: false });
  });

  it("counts the whole pause against the maximum", () => {
    expect(planExtension(active, "2027-06-13", terms, now)).toMatchObject({ ok: true });
    expect(planExtension(active, "2027-06-14", terms, now)).toMatchObject({ ok: false, field: "resumesOn", message: expect.stringContaining("in all") });
  });

  it.each([
    ["the same day", "2027-06-06"],
    ["an earlier day", "2027-06-04"],
    ["not a date", "soon"],
  ])("refuses %s", (_name, day) => {
    expect(planExtension(active, day, terms, now)).toMatchObject({ ok: false, field: "resumesOn" });
  });

  it("refuses a pause whose end has already come", () => {
    expect(planExtension(active, "2027-06-10", terms, new Date("2027-06-06T00:05:00+02:00"))).toMatchObject({ ok: false, field: "pause" });
  });
});

describe("the status machine", () => {
  const statuses: PauseStatus[] = ["REQUESTED", "SCHEDULED", "ACTIVE", "ENDED", "DECLINED", "WITHDRAWN"];
  const expected: Record<PauseMove, Partial<Record<PauseStatus, PauseStatus>>> = {
    START: { REQUESTED: "ACTIVE", SCHEDULED: "ACTIVE" },
    SCHEDULE: { REQUESTED: "SCHEDULED" },
    DECLINE: { REQUESTED: "DECLINED" },
    WITHDRAW: { REQUESTED: "WITHDRAWN", SCHEDULED: "WITHDRAWN" },
    END: { ACTIVE: "ENDED" },
    MERGE: {},
  };

  for (const move of Object.keys(pauseMoves) as PauseMove[]) {
    it.each(statuses)(`${move} from %s for a pause`, (status) => {
      expect(pauseTransition(status, move)).toBe(expected[move][status] ?? null);
    });
  }

  it("merges an agreed extension, and never starts or plans one as a pause of its own", () => {
    expect(pauseTransition("REQUESTED", "MERGE", "EXTENSION")).toBe("ENDED");
    expect(pauseTransition("REQUESTED", "START", "EXTENSION")).toBeNull();
    expect(pauseTransition("REQUESTED", "SCHEDULE", "EXTENSION")).toBeNull();
    expect(pauseTransition("REQUESTED", "DECLINE", "EXTENSION")).toBe("DECLINED");
    expect(pauseTransition("REQUESTED", "WITHDRAW", "EXTENSION")).toBe("WITHDRAWN");
    expect(pauseTransition("ACTIVE", "MERGE", "EXTENSION")).toBeNull();
  });

  it("starts alone at once or on its day, and otherwise waits for the partner", () => {
    expect(initialStatus({ alone: true, startsNow: true })).toBe("ACTIVE");
    expect(initialStatus({ alone: true, startsNow: false })).toBe("SCHEDULED");
    expect(initialStatus({ alone: false, startsNow: true })).toBe("REQUESTED");
    expect(initialStatus({ alone: false, startsNow: false })).toBe("REQUESTED");
  });

  it("an agreed request starts if its start has come, is planned if not, and can't be agreed once its end has passed", () => {
    const pause = { startsAt: new Date("2027-06-05T00:00:00Z"), endsAt: new Date("2027-06-10T00:00:00Z") };
    expect(acceptedStatus(pause, new Date("2027-06-04T00:00:00Z"))).toBe("SCHEDULED");
    expect(acceptedStatus(pause, new Date("2027-06-05T00:00:00Z"))).toBe("ACTIVE");
    expect(acceptedStatus(pause, new Date("2027-06-10T00:00:00Z"))).toBe("EXPIRED");
  });
});

describe("who may do what", () => {
  const asked = (status: PauseStatus) => ({ status, requestedById: "me" });

  it("only the partner answers, and only a request", () => {
    expect(mayAct("ANSWER", asked("REQUESTED"), "partner")).toBe(true);
    expect(mayAct("ANSWER", asked("REQUESTED"), "me")).toBe(false);
    expect(mayAct("ANSWER", asked("SCHEDULED"), "partner")).toBe(false);
    expect(mayAct("ANSWER", { status: "REQUESTED", requestedById: null }, "partner")).toBe(false);
  });

  it("only the requester withdraws, a request or a planned pause", () => {
    expect(mayAct("WITHDRAW", asked("REQUESTED"), "me")).toBe(true);
    expect(mayAct("WITHDRAW", asked("SCHEDULED"), "me")).toBe(true);
    expect(mayAct("WITHDRAW", asked("REQUESTED"), "partner")).toBe(false);
    expect(mayAct("WITHDRAW", asked("ACTIVE"), "me")).toBe(false);
  });

  it.each(["RESUME", "EXTEND"] as const)("either partner may %s a running pause, and only a running one", (action) => {
    expect(mayAct(action, asked("ACTIVE"), "me")).toBe(true);
    expect(mayAct(action, asked("ACTIVE"), "partner")).toBe(true);
    for (const status of ["REQUESTED", "SCHEDULED", "ENDED", "DECLINED", "WITHDRAWN"] as const) expect(mayAct(action, asked(status), "me")).toBe(false);
  });
});

describe("requestBlocker", () => {
  it("lets a first pause through", () => {
    expect(requestBlocker([], "PAUSE")).toBeNull();
  });

  it("refuses a second request while one waits", () => {
    expect(requestBlocker([{ status: "REQUESTED", kind: "PAUSE" }], "PAUSE")).toMatch(/already a pause request/);
    expect(requestBlocker([{ status: "ACTIVE", kind: "PAUSE" }, { status: "REQUESTED", kind: "EXTENSION" }], "EXTENSION")).toMatch(/already a pause request/);
  });

  it("refuses a pause that would overlap a planned or running one", () => {
    expect(requestBlocker([{ status: "SCHEDULED", kind: "PAUSE" }], "PAUSE")).toMatch(/already have a pause planned/);
    expect(requestBlocker([{ status: "ACTIVE", kind: "PAUSE" }], "PAUSE")).toMatch(/ask to make it longer/);
  });

  it("extends only a running pause", () => {
    expect(requestBlocker([{ status: "ACTIVE", kind: "PAUSE" }], "EXTENSION")).toBeNull();
    expect(requestBlocker([{ status: "SCHEDULED", kind: "PAUSE" }], "EXTENSION")).toMatch(/has begun/);
    expect(requestBlocker([], "EXTENSION")).toMatch(/has begun/);
  });
});

describe("dayOf", () => {
  it("names the day in the given zone", () => {
    expect(dayOf(new Date("2027-06-01T23:30:00Z"), "Europe/Berlin")).toBe("2027-06-02");
    expect(dayOf(new Date("2027-06-01T23:30:00Z"), "UTC")).toBe("2027-06-01");
  });
});
