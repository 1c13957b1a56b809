import { describe, expect, it } from "vitest";
import type { NotificationType } from "@/generated/prisma/client";
import { getDb } from "@/server/db/client";
import { endQuietly } from "@/server/partnerships/transitions";
import { apiOf } from "@/test/agreement-docs";
import { malformed } from "@/test/callers";
import { onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { dayFromNow, midnightUtc, pausePartnership } from "@/test/pauses";
import { outcomeOf } from "@/test/router-paths";
import { insertPause } from "./access";

const db = getDb();

const rowsOf = (partnershipId: string) =>
  db.partnershipPause.findMany({ where: { partnershipId }, orderBy: { createdAt: "asc" }, select: { id: true, status: true, kind: true, requestedById: true, answersId: true, extendsId: true, startsAt: true, endsAt: true, reason: true, endedHow: true } });
const statusOf = async (partnershipId: string) => (await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { status: true } })).status;
const eventsOf = async (partnershipId: string) =>
  (await db.partnershipEvent.findMany({ where: { partnershipId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { type: true, actorId: true, data: true } })).filter((e) => e.type.startsWith("PAUSE") || e.type === "RESUMED");
const noticesOf = (memberId: string, type: NotificationType) => db.notification.findMany({ where: { memberId, type }, select: { data: true } });

describe("pauses.request where one may pause alone", () => {
  it("starts a pause now through the kernel: PAUSED, one event, the partner told kindly, the reason kept to its author", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true });
    const resumesOn = dayFromNow(7);
    const result = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn, reason: "A hard week at work.", message: "Back soon, take care." });
    expect(result.status).toBe("ACTIVE");
    expect(await statusOf(partnershipId)).toBe("PAUSED");
    expect(await rowsOf(partnershipId)).toMatchObject([{ id: result.pauseId, status: "ACTIVE", requestedById: a.id, endsAt: midnightUtc(resumesOn), reason: "A hard week at work." }]);
    expect(await eventsOf(partnershipId)).toEqual([{ type: "PAUSED", actorId: a.id, data: { pauseId: result.pauseId } }]);
    expect(await noticesOf(b.id, "PAUSE_STARTED")).toHaveLength(1);
    expect(await noticesOf(a.id, "PAUSE_STARTED")).toHaveLength(0);
    const [notice] = (await apiOf(b).notifications.list()).items.filter((n) => n.type === "PAUSE_STARTED");
    expect(notice?.text).toContain("picks up again on");

    const mine = await apiOf(a).pauses.current({ partnershipId });
    const theirs = await apiOf(b).pauses.current({ partnershipId });
    expect(mine.pause).toMatchObject({ id: result.pauseId, status: "ACTIVE", mine: true, reason: "A hard week at work." });
    expect(theirs.pause).toMatchObject({ id: result.pauseId, status: "ACTIVE", mine: false, reason: null });
    expect(JSON.stringify(theirs)).not.toContain("hard week");
    expect(theirs.terms).toEqual({ maxPauseWeeks: 4, pauseAlone: true, timeZone: "UTC" });

    const partnership = await apiOf(b).partnerships.get({ partnershipId });
    expect(partnership.pausedUntil).toEqual(midnightUtc(resumesOn));
  });

  it("plans a later pause (SCHEDULED) without pausing yet", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true });
    const result = await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(3), resumesOn: dayFromNow(10) });
    expect(result.status).toBe("SCHEDULED");
    expect(await statusOf(partnershipId)).toBe("ACTIVE");
    expect(await rowsOf(partnershipId)).toMatchObject([{ status: "SCHEDULED", startsAt: midnightUtc(dayFromNow(3)) }]);
    expect(await eventsOf(partnershipId)).toEqual([{ type: "PAUSE_SCHEDULED", actorId: a.id, data: { pauseId: result.pauseId } }]);
    expect(await noticesOf(b.id, "PAUSE_STARTED")).toHaveLength(1);
  });
});

describe("check-ins while paused", () => {
  it("the upcoming check-ins leave out a planned pause and carry on after it", async () => {
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: true });
    await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(1), resumesOn: dayFromNow(3) });
    const [upcoming] = await apiOf(a).calendar.upcoming({ partnershipId });
    const days = (upcoming?.starts ?? []).map((at) => at.toISOString().slice(0, 10));
    expect(days).not.toContain(dayFromNow(1));
    expect(days).not.toContain(dayFromNow(2));
    expect(days).toContain(dayFromNow(3));
  });

  it("a running pause shows the check-ins after its planned end", async () => {
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: true });
    await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(2) });
    const [upcoming] = await apiOf(a).calendar.upcoming({ partnershipId });
    expect(upcoming?.starts[0]?.toISOString()).toBe(`${dayFromNow(2)}T12:00:00.000Z`);
  });
});

describe("pauses needing the partner's consent", () => {
  it("waits for an answer; accepting starts it; either resumes early and both are welcomed back", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId, status } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5), reason: "Private.", message: "Could we rest a week?" });
    expect(status).toBe("REQUESTED");
    expect(await statusOf(partnershipId)).toBe("ACTIVE");
    expect(await noticesOf(b.id, "PAUSE_REQUESTED")).toEqual([{ data: { partnershipId, fromMemberId: a.id, pauseId, extension: false } }]);
    const seen = await apiOf(b).pauses.current({ partnershipId });
    expect(seen.request).toMatchObject({ id: pauseId, mine: false, message: "Could we rest a week?", reason: null });

    expect(await apiOf(b).pauses.answer({ partnershipId, pauseId, answer: "ACCEPT" })).toEqual({ status: "ACTIVE" });
    expect(await statusOf(partnershipId)).toBe("PAUSED");
    expect(await noticesOf(a.id, "PAUSE_ANSWERED")).toEqual([{ data: { partnershipId, fromMemberId: b.id, pauseId, answer: "ACCEPTED" } }]);

    expect(await apiOf(b).pauses.resume({ partnershipId, pauseId })).toEqual({ status: "ENDED" });
    expect(await statusOf(partnershipId)).toBe("ACTIVE");
    expect(await rowsOf(partnershipId)).toMatchObject([{ status: "ENDED", endedHow: "EARLY" }]);
    expect((await eventsOf(partnershipId)).map((e) => e.type)).toEqual(["PAUSE_REQUESTED", "PAUSED", "RESUMED"]);
    expect((await eventsOf(partnershipId)).at(-1)).toEqual({ type: "RESUMED", actorId: b.id, data: { pauseId, how: "EARLY" } });
    for (const member of [a, b]) {
      const [welcome] = await noticesOf(member.id, "PAUSE_RESUMED");
      expect(welcome?.data).toMatchObject({ partnershipId, next: expect.any(Number) });
    }
  });

  it("declining leaves the partnership as it was", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) });
    expect(await apiOf(b).pauses.answer({ partnershipId, pauseId, answer: "DECLINE" })).toEqual({ status: "DECLINED" });
    expect(await statusOf(partnershipId)).toBe("ACTIVE");
    expect(await noticesOf(a.id, "PAUSE_ANSWERED")).toMatchObject([{ data: { answer: "DECLINED" } }]);
    expect((await eventsOf(partnershipId)).map((e) => e.type)).toEqual(["PAUSE_REQUESTED", "PAUSE_DECLINED"]);
  });

  it("a later pause agreed is planned; its requester may withdraw it", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(2), resumesOn: dayFromNow(6) });
    expect(await apiOf(b).pauses.answer({ partnershipId, pauseId, answer: "ACCEPT" })).toEqual({ status: "SCHEDULED" });
    expect(await outcomeOf(() => apiOf(b).pauses.withdraw({ partnershipId, pauseId }))).toBe("FORBIDDEN");
    expect(await apiOf(a).pauses.withdraw({ partnershipId, pauseId })).toEqual({ status: "WITHDRAWN" });
    expect((await eventsOf(partnershipId)).map((e) => e.type)).toEqual(["PAUSE_REQUESTED", "PAUSE_SCHEDULED", "PAUSE_WITHDRAWN"]);
    // The partner who agreed to it hears it is off; the one who withdrew hears nothing.
    expect(await noticesOf(b.id, "PAUSE_WITHDRAWN")).toEqual([{ data: { partnershipId, fromMemberId: a.id, pauseId, planned: true } }]);
    expect(await noticesOf(a.id, "PAUSE_WITHDRAWN")).toEqual([]);
  });

  it("a request taken back before it is answered tells the partner there is nothing to answer", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) });
    expect(await apiOf(a).pauses.withdraw({ partnershipId, pauseId })).toEqual({ status: "WITHDRAWN" });
    expect(await noticesOf(b.id, "PAUSE_WITHDRAWN")).toEqual([{ data: { partnershipId, fromMemberId: a.id, pauseId, planned: false } }]);
    const { items } = await apiOf(b).notifications.list();
    expect(items[0]).toMatchObject({ type: "PAUSE_WITHDRAWN", text: expect.stringContaining("took back their request for a pause") });
    expect(await outcomeOf(() => apiOf(a).pauses.withdraw({ partnershipId, pauseId }))).toBe("CONFLICT");
    expect(await noticesOf(b.id, "PAUSE_WITHDRAWN")).toHaveLength(1);
  });

  it("other dates withdraw the first request and wait for the first member's answer", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(9), reason: "Mine only." });
    const { pauseId: other } = await apiOf(b).pauses.proposeDates({ partnershipId, pauseId, start: dayFromNow(3), resumesOn: dayFromNow(8), message: "Could we start Friday?" });
    expect(await rowsOf(partnershipId)).toMatchObject([
      { id: pauseId, status: "WITHDRAWN" },
      { id: other, status: "REQUESTED", requestedById: b.id, answersId: pauseId, reason: null },
    ]);
    expect(await noticesOf(a.id, "PAUSE_ANSWERED")).toMatchObject([{ data: { answer: "OTHER_DATES", pauseId: other } }]);
    expect((await apiOf(a).pauses.current({ partnershipId })).request).toMatchObject({ id: other, mine: false, otherDates: true, message: "Could we start Friday?" });
    expect(await apiOf(a).pauses.answer({ partnershipId, pauseId: other, answer: "ACCEPT" })).toEqual({ status: "SCHEDULED" });
  });

  it("an extension needs the same consent, and lengthens the running pause when agreed", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) });
    await apiOf(b).pauses.answer({ partnershipId, pauseId, answer: "ACCEPT" });
    const asked = await apiOf(a).pauses.extend({ partnershipId, pauseId, resumesOn: dayFromNow(12) });
    expect(asked.status).toBe("REQUESTED");
    expect(await noticesOf(b.id, "PAUSE_REQUESTED")).toHaveLength(2);
    expect(await apiOf(b).pauses.answer({ partnershipId, pauseId: asked.pauseId, answer: "ACCEPT" })).toEqual({ status: "EXTENDED" });
    expect(await rowsOf(partnershipId)).toMatchObject([
      { id: pauseId, status: "ACTIVE", endsAt: midnightUtc(dayFromNow(12)) },
      { id: asked.pauseId, kind: "EXTENSION", extendsId: pauseId, status: "ENDED" },
    ]);
    expect((await eventsOf(partnershipId)).at(-1)).toEqual({ type: "PAUSE_EXTENDED", actorId: b.id, data: { pauseId } });
  });

  it("extends alone where the agreement allows it", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) });
    expect((await apiOf(b).pauses.extend({ partnershipId, pauseId, resumesOn: dayFromNow(9) })).status).toBe("EXTENDED");
    expect((await rowsOf(partnershipId))[0]).toMatchObject({ endsAt: midnightUtc(dayFromNow(9)) });
    expect(await noticesOf(a.id, "PAUSE_STARTED")).toHaveLength(1);
  });
});

describe("pauses refused", () => {
  it("a pause longer than the agreement allows, or overlapping one planned, writes nothing", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true, maxPauseWeeks: 1 });
    const tooLong = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(8) }).catch((e: unknown) => e);
    expect(tooLong).toMatchObject({ code: "BAD_REQUEST", message: "Your agreement allows a pause of up to 1 week. Choose an earlier day." });
    expect(await rowsOf(partnershipId)).toEqual([]);

    await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(2), resumesOn: dayFromNow(6) });
    const overlap = await apiOf(b).pauses.request({ partnershipId, start: dayFromNow(4), resumesOn: dayFromNow(8) }).catch((e: unknown) => e);
    expect(overlap).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already have a pause planned") });
    expect(await rowsOf(partnershipId)).toHaveLength(1);
  });

  it("a start in the past is refused with the field named", async () => {
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: true });
    const error = await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(-1), resumesOn: dayFromNow(3) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("already passed") });
  });

  it("answering one's own request is refused", async () => {
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) });
    for (const call of [() => apiOf(a).pauses.answer({ partnershipId, pauseId, answer: "ACCEPT" }), () => apiOf(a).pauses.proposeDates({ partnershipId, pauseId, start: "now", resumesOn: dayFromNow(3) })]) {
      expect(await outcomeOf(call)).toBe("FORBIDDEN");
    }
    expect(await rowsOf(partnershipId)).toMatchObject([{ status: "REQUESTED" }]);
  });

  it("a stranger and a blocked pair find nothing, and nothing is written", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) });
    const stranger = await onboardedMember(db);
    expect(await outcomeOf(() => apiOf(stranger).pauses.current({ partnershipId }))).toBe("NOT_FOUND");
    expect(await outcomeOf(() => apiOf(stranger).pauses.answer({ partnershipId, pauseId, answer: "ACCEPT" }))).toBe("NOT_FOUND");
    expect(await outcomeOf(() => apiOf(stranger).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) }))).toBe("NOT_FOUND");
    await db.block.create({ data: { blockerId: a.id, blockedId: b.id } });
    expect(await outcomeOf(() => apiOf(b).pauses.answer({ partnershipId, pauseId, answer: "ACCEPT" }))).toBe("NOT_FOUND");
    expect(await outcomeOf(() => apiOf(a).pauses.withdraw({ partnershipId, pauseId }))).toBe("NOT_FOUND");
    expect(await rowsOf(partnershipId)).toMatchObject([{ status: "REQUESTED" }]);
  });

  it("a pause of another partnership is not found", async () => {
    const one = await pausePartnership(db, { pauseAlone: false });
    const two = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(two.a).pauses.request({ partnershipId: two.partnershipId, start: "now", resumesOn: dayFromNow(5) });
    expect(await outcomeOf(() => apiOf(one.b).pauses.answer({ partnershipId: one.partnershipId, pauseId, answer: "ACCEPT" }))).toBe("NOT_FOUND");
  });

  it("a draft can't pause and an ended partnership can't resume", async () => {
    const draft = await newPartnership(db);
    const error = await apiOf(draft.sender).pauses.request({ partnershipId: draft.partnershipId, start: "now", resumesOn: dayFromNow(5) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("once your agreement is signed") });

    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) });
    await db.$transaction((tx) => endQuietly(tx, { memberId: a.id, otherId: b.id }));
    const resumed = await apiOf(b).pauses.resume({ partnershipId, pauseId }).catch((e: unknown) => e);
    expect(resumed).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("has ended") });
    expect(await rowsOf(partnershipId)).toMatchObject([{ status: "ENDED", endedHow: "PARTNERSHIP_ENDED" }]);
  });

  it.each([
    ["a NUL byte in the reason", { reason: "tired\u0000" }],
    ["a NUL byte in the message", { message: "see you\u0000" }],
    ["a reason over 500 characters", { reason: "x".repeat(501) }],
    ["a start that is no date", { start: "soon" }],
  ])("%s is BAD_REQUEST and writes nothing", async (_name, change) => {
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: true });
    const input = { partnershipId, start: "now", resumesOn: dayFromNow(5), ...change };
    expect(await outcomeOf(() => apiOf(a).pauses.request(malformed(input)))).toBe("BAD_REQUEST");
    expect(await rowsOf(partnershipId)).toEqual([]);
  });
});

describe("pauses at the same moment", () => {
  it("two pause requests at once: one wins, the other is told clearly", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const outcomes = await Promise.all([
      outcomeOf(() => apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) })),
      outcomeOf(() => apiOf(b).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(6) })),
    ]);
    expect(outcomes.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await rowsOf(partnershipId)).toHaveLength(1);
  });

  it("two alone pauses at once: one starts, the other is told clearly", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true });
    const outcomes = await Promise.all([
      outcomeOf(() => apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) })),
      outcomeOf(() => apiOf(b).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(6) })),
    ]);
    expect(outcomes.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await rowsOf(partnershipId)).toMatchObject([{ status: "ACTIVE" }]);
    expect((await eventsOf(partnershipId)).map((e) => e.type)).toEqual(["PAUSED"]);
  });

  it("the partial unique index backs it: a second planned pause can't be written even past the service", async () => {
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: true });
    await apiOf(a).pauses.request({ partnershipId, start: dayFromNow(2), resumesOn: dayFromNow(4) });
    await expect(db.partnershipPause.create({ data: { partnershipId, status: "SCHEDULED", startsAt: midnightUtc(dayFromNow(5)), endsAt: midnightUtc(dayFromNow(6)) } })).rejects.toThrow();
    const second = { partnershipId, status: "SCHEDULED" as const, startsAt: midnightUtc(dayFromNow(5)), endsAt: midnightUtc(dayFromNow(6)) };
    await expect(db.$transaction((tx) => insertPause(tx, second))).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("accept racing withdraw: exactly one happens", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) });
    const outcomes = await Promise.all([
      outcomeOf(() => apiOf(b).pauses.answer({ partnershipId, pauseId, answer: "ACCEPT" })),
      outcomeOf(() => apiOf(a).pauses.withdraw({ partnershipId, pauseId })),
    ]);
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
    expect(outcomes.filter((o) => o !== "OK")).toEqual(["CONFLICT"]);
    const [row] = await rowsOf(partnershipId);
    expect(await statusOf(partnershipId)).toBe(row?.status === "ACTIVE" ? "PAUSED" : "ACTIVE");
  });

  it("a pause request and the partnership ending at the same moment: the ending withdraws it or the request is refused", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: false });
    const outcomes = await Promise.all([
      outcomeOf(() => apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) })),
      outcomeOf(() => db.$transaction((tx) => endQuietly(tx, { memberId: b.id, otherId: a.id }))),
    ]);
    expect(outcomes[1]).toBe("OK");
    expect(["OK", "PRECONDITION_FAILED"]).toContain(outcomes[0]);
    expect(await statusOf(partnershipId)).toBe("ENDED");
    for (const row of await rowsOf(partnershipId)) expect(row.status).toBe("WITHDRAWN");
  });

  it("two early resumes at once: one resumes, the other is told it changed", async () => {
    const { partnershipId, a, b } = await pausePartnership(db, { pauseAlone: true });
    const { pauseId } = await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(5) });
    const outcomes = await Promise.all([outcomeOf(() => apiOf(a).pauses.resume({ partnershipId, pauseId })), outcomeOf(() => apiOf(b).pauses.resume({ partnershipId, pauseId }))]);
    expect(outcomes.sort()).toEqual(["CONFLICT", "OK"]);
    expect((await eventsOf(partnershipId)).map((e) => e.type)).toEqual(["PAUSED", "RESUMED"]);
  });
});
