import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor, malformed } from "@/test/callers";
import { createMember } from "@/test/factories";
import { sampleAnswers, stepInput } from "@/test/onboarding";
import { keptWeeks, refreshAllAvailability } from "./availability-store";
import { answerSteps, type AnswerStepId } from "@/shared/onboarding/questionnaire";
import type { StepFormValues } from "@/shared/onboarding/schemas";
import { sobrietyMismatchMessage } from "@/shared/onboarding/sobriety";

const db = getDb();

async function memberCaller(options: { verified?: boolean } = {}) {
  const member = await createMember(db, { verified: options.verified ?? true });
  return { member, api: callerFor({ member }).api };
}

async function saveAll(api: Awaited<ReturnType<typeof memberCaller>>["api"], upTo = answerSteps.length) {
  for (const step of answerSteps.slice(0, upTo)) await api.onboarding.saveStep(stepInput(step, sampleAnswers[step]));
}

async function weekBits(memberId: string) {
  return db.$queryRaw<{ weekStart: Date; set: number }[]>`
    SELECT "weekStart", bit_count(bits)::int AS set FROM availability_week WHERE "memberId" = ${memberId} ORDER BY "weekStart"`;
}

describe("onboarding.saveStep", () => {
  it("saves each step in order, resumes where the member left off, and reads every answer back", async () => {
    const { member, api } = await memberCaller();
    await saveAll(api, 3);
    const halfway = await api.onboarding.state();
    expect(halfway).toMatchObject({ completedSteps: 3, nextStep: "values", completedAt: null, openToMatching: false, questionnaireVersion: 1 });
    expect(halfway.answers).toEqual({ about: sampleAnswers.about, commitment: sampleAnswers.commitment, schedule: { ...sampleAnswers.schedule, availability: [...sampleAnswers.schedule.availability].sort((a, b) => a - b) } });
    await saveAll(api);
    const done = await api.onboarding.state();
    expect(done.nextStep).toBeNull();
    expect(done.answers.values).toEqual(sampleAnswers.values);
    expect(done.answers.boundaries).toEqual(sampleAnswers.boundaries);
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ displayName: "Robin", timezone: "Asia/Kolkata" });
  });

  it('asks for sobriety answers that agree: "Sobriety first" with "not sobriety-friendly" is refused and nothing is written', async () => {
    const { member, api } = await memberCaller();
    await saveAll(api, 3);
    const mismatch: StepFormValues["values"] = { ...sampleAnswers.values, values: ["SOBRIETY_FIRST", "HONESTY"], sobrietyFriendly: false };
    await expect(api.onboarding.saveStep(stepInput("values", mismatch))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ path: ["answers", "sobrietyFriendly"], message: sobrietyMismatchMessage })] },
    });
    expect(await db.profile.findUniqueOrThrow({ where: { memberId: member.id } })).toMatchObject({ completedSteps: 3, personalValues: [], sobrietyFriendly: null });

    await api.onboarding.saveStep(stepInput("values", { ...mismatch, sobrietyFriendly: true }));
    expect(await db.profile.findUniqueOrThrow({ where: { memberId: member.id } })).toMatchObject({ personalValues: ["SOBRIETY_FIRST", "HONESTY"], sobrietyFriendly: true });
    await api.onboarding.saveStep(stepInput("values", { ...sampleAnswers.values, sobrietyFriendly: false }));
    expect(await db.profile.findUniqueOrThrow({ where: { memberId: member.id } })).toMatchObject({ personalValues: sampleAnswers.values.values, sobrietyFriendly: false });
  });

  it("still reads back a profile saved before the sobriety answers had to agree", async () => {
    const { member, api } = await memberCaller();
    await saveAll(api);
    await db.profile.update({ where: { memberId: member.id }, data: { personalValues: ["SOBRIETY_FIRST"], sobrietyFriendly: false } });
    expect((await api.onboarding.state()).answers.values).toMatchObject({ values: ["SOBRIETY_FIRST"], sobrietyFriendly: false });
  });

  it("refuses a step saved out of order the first time, and writes nothing", async () => {
    const { member, api } = await memberCaller();
    await expect(api.onboarding.saveStep({ step: "schedule", answers: sampleAnswers.schedule })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: 'Please finish "About you" first.',
    });
    const profile = await db.profile.findUnique({ where: { memberId: member.id } });
    expect(profile?.completedSteps ?? 0).toBe(0);
    expect(profile?.availabilitySlots ?? []).toEqual([]);
    expect(await weekBits(member.id)).toEqual([]);
  });

  it("stores the schedule as local slots plus UTC bits for this week and next", async () => {
    const { member, api } = await memberCaller();
    await saveAll(api, 3);
    const weeks = await weekBits(member.id);
    // Asia/Kolkata has no daylight saving: each 30-minute slot is exactly two UTC quarters.
    expect(weeks.map((w) => w.set)).toEqual([8, 8]);
    expect(weeks.map((w) => w.weekStart.toISOString().slice(0, 10))).toEqual(keptWeeks(new Date()).map((d) => d.toISOString().slice(0, 10)));
  });

  it.each<[string, AnswerStepId, unknown]>([
    ["an out-of-range scale answer", "commitment", { ...sampleAnswers.commitment, seriousness: 6 }],
    ["an unknown value", "values", { ...sampleAnswers.values, values: ["GREED"] }],
    ["more than 5 values", "values", { ...sampleAnswers.values, values: ["HONESTY", "PATIENCE", "HUMOUR", "GROWTH", "COURAGE", "KINDNESS"] }],
    ["an unknown language", "about", { ...sampleAnswers.about, languages: ["xx"] }],
    ["an over-long intro", "about", { ...sampleAnswers.about, intro: "x".repeat(501) }],
    ["an unknown timezone", "schedule", { ...sampleAnswers.schedule, timezone: "Moon/Tranquility" }],
    ["an empty availability grid", "schedule", { ...sampleAnswers.schedule, availability: [] }],
    ["a slot outside the week", "schedule", { ...sampleAnswers.schedule, availability: [336] }],
    ["a missing belief", "values", { ...sampleAnswers.values, beliefs: { loneliness_signal: 5 } }],
  ])("rejects %s with a clear error and writes nothing", async (_label, step, answers) => {
    const { member, api } = await memberCaller();
    await saveAll(api, answerSteps.indexOf(step));
    const before = await db.profile.findUnique({ where: { memberId: member.id } });
    await expect(api.onboarding.saveStep(malformed({ step, answers }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.profile.findUnique({ where: { memberId: member.id } })).toEqual(before);
  });

  it("lets a finished member edit one step alone, recomputing availability", async () => {
    const { member, api } = await memberCaller();
    await saveAll(api);
    await api.onboarding.finish({ openToMatching: false });
    await api.onboarding.saveStep({ step: "schedule", answers: { ...sampleAnswers.schedule, availability: [100] } });
    expect((await weekBits(member.id)).map((w) => w.set)).toEqual([2, 2]);
    expect((await api.onboarding.state()).completedSteps).toBe(6);
  });

  it("keeps progress consistent when two steps are saved at the same moment", async () => {
    const { member, api } = await memberCaller();
    const [about, commitment] = await Promise.allSettled([
      api.onboarding.saveStep({ step: "about", answers: sampleAnswers.about }),
      api.onboarding.saveStep({ step: "commitment", answers: sampleAnswers.commitment }),
    ]);
    expect(about.status).toBe("fulfilled");
    const profile = await db.profile.findUniqueOrThrow({ where: { memberId: member.id } });
    expect(profile.completedSteps).toBe(commitment.status === "fulfilled" ? 2 : 1);
    if (commitment.status === "rejected") expect(profile.seriousness).toBeNull();
  });

  it("asks anonymous callers to sign in", async () => {
    const { api } = callerFor();
    await expect(api.onboarding.state()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.onboarding.saveStep({ step: "about", answers: sampleAnswers.about })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("only ever changes the caller's own answers", async () => {
    const a = await memberCaller();
    const b = await memberCaller();
    await saveAll(a.api, 1);
    await b.api.onboarding.saveStep({ step: "about", answers: { ...sampleAnswers.about, displayName: "Someone else" } });
    expect((await a.api.onboarding.state()).answers.about?.displayName).toBe("Robin");
  });
});

describe("finishing and opening to matching", () => {
  it("needs every step before finishing", async () => {
    const { api } = await memberCaller();
    await saveAll(api, 5);
    await expect(api.onboarding.finish({ openToMatching: false })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("never opens an unverified member to matching, and says what to do", async () => {
    const { member, api } = await memberCaller({ verified: false });
    await saveAll(api);
    await expect(api.onboarding.finish({ openToMatching: true })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", fieldErrors: { openToMatching: expect.any(Array) } });
    expect((await db.profile.findUniqueOrThrow({ where: { memberId: member.id } })).completedAt).toBeNull();
    expect(await api.onboarding.finish({ openToMatching: false })).toMatchObject({ openToMatching: false });
  });

  it("opens a verified member only when they choose it, and lets them close again", async () => {
    const { member, api } = await memberCaller();
    await saveAll(api);
    expect(await api.onboarding.finish({ openToMatching: true })).toMatchObject({ openToMatching: true });
    expect((await db.profile.findUniqueOrThrow({ where: { memberId: member.id } })).openToMatchingAt).toBeInstanceOf(Date);
    expect(await api.onboarding.setOpenToMatching({ open: false })).toMatchObject({ openToMatching: false });
    await expect(api.onboarding.setOpenToMatching(malformed({ open: "yes" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("requires an explicit choice", async () => {
    const { api } = await memberCaller();
    await saveAll(api);
    await expect(api.onboarding.finish(malformed({}))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("onboarding.updateProfile", () => {
  it("keeps the local grid as entered when the timezone changes, and moves its UTC weeks", async () => {
    const { member, api } = await memberCaller();
    await saveAll(api, 3);
    const before = await db.$queryRaw<{ bits: string }[]>`SELECT bits::text FROM availability_week WHERE "memberId" = ${member.id} ORDER BY "weekStart" LIMIT 1`;
    await api.onboarding.updateProfile({ displayName: "Robin", pronouns: null, intro: null, timezone: "Asia/Tokyo", languages: ["en"] });
    const after = await db.$queryRaw<{ bits: string }[]>`SELECT bits::text FROM availability_week WHERE "memberId" = ${member.id} ORDER BY "weekStart" LIMIT 1`;
    expect(after[0]?.bits).not.toEqual(before[0]?.bits);
    expect((await db.profile.findUniqueOrThrow({ where: { memberId: member.id } })).availabilitySlots).toEqual([...sampleAnswers.schedule.availability].sort((a, b) => a - b));
    expect((await api.onboarding.state()).timezone).toBe("Asia/Tokyo");
  });

  it("rejects bad input and anonymous callers", async () => {
    const { api } = await memberCaller();
    await expect(api.onboarding.updateProfile({ displayName: "", pronouns: null, intro: null, timezone: "UTC", languages: ["en"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor().api.onboarding.updateProfile({ displayName: "A", pronouns: null, intro: null, timezone: "UTC", languages: ["en"] })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("refreshAllAvailability (the weekly job)", () => {
  it("writes this and next week for every member with a grid, and drops past weeks", async () => {
    const { member, api } = await memberCaller();
    await saveAll(api, 3);
    await db.$executeRaw`INSERT INTO availability_week ("memberId", "weekStart", bits) VALUES (${member.id}, '2020-01-06', repeat('1', 672)::bit(672))`;
    const inAWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    await refreshAllAvailability(db, inAWeek, 50);
    const weeks = (await weekBits(member.id)).map((w) => w.weekStart.toISOString().slice(0, 10));
    expect(weeks).toEqual(keptWeeks(inAWeek).map((d) => d.toISOString().slice(0, 10)));
  });
});

describe("field errors over HTTP", () => {
  it("point at the nested answer that needs another look", async () => {
    const { fetchRequestHandler } = await import("@trpc/server/adapters/fetch");
    const { appRouter } = await import("@/server/api/root");
    const member = await createMember(db);
    const req = new Request("http://test/api/trpc/onboarding.saveStep", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { step: "commitment", answers: { ...sampleAnswers.commitment, seriousness: 9 } } }),
    });
    const res = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => callerFor({ member }).ctx });
    const body = (await res.json()) as { error: { json: { data: { fieldErrors: Record<string, string[]> } } } };
    expect(res.status).toBe(400);
    expect(Object.keys(body.error.json.data.fieldErrors)).toEqual(["answers.seriousness"]);
  });
});

describe("onboarding.state before About you is saved", () => {
  it("still shows what settings → profile saved", async () => {
    const { api } = await memberCaller();
    await api.onboarding.updateProfile({ displayName: "Kit", pronouns: "he/him", intro: "Hello", timezone: "Europe/Paris", languages: ["fr"] });
    const state = await api.onboarding.state();
    expect(state.profile).toEqual({ pronouns: "he/him", intro: "Hello", languages: ["fr"] });
    expect(state.answers.about).toBeUndefined();
  });
});
