import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { apiOf } from "@/test/agreement-docs";
import { malformed } from "@/test/callers";
import { checkInPartnership, checkInQuestions, goalsOfA, goalsOfB, lastStarted, noonUtc } from "@/test/check-ins";
import { createMember, testPassword } from "@/test/factories";
import { newPartnership } from "@/test/partners";
import { exportMemberData } from "@/server/privacy/export";

const db = getDb();
const minute = 60_000;

const logInput = (partnershipId: string, start: Date) => ({ partnershipId, occurrenceStart: start, happenedAt: new Date(start.getTime() + 5 * minute), durationMinutes: 35, channel: "VIDEO" as const });

const answers = (over: Record<string, unknown> = {}) => ({
  answers: [
    { text: "A steady week, walked most days.", private: false },
    { text: "Worry about money kept me up.", private: true },
  ],
  mood: 4,
  energy: 3,
  moodPrivate: false,
  win: "Finished the application.",
  winPrivate: false,
  nextCommitment: "Walk before work on Monday.",
  nextCommitmentPrivate: true,
  commitmentsDone: [1],
  ...over,
});

const rowsOf = async (partnershipId: string) => ({
  checkIns: await db.checkIn.count({ where: { partnershipId } }),
  answers: await db.checkInAnswer.count({ where: { checkIn: { partnershipId } } }),
  events: await db.partnershipEvent.count({ where: { partnershipId, type: "CHECK_IN_LOGGED" } }),
});

describe("logging a check-in", () => {
  it("lets both partners log, answer and read each other's shared answers only", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    const start = lastStarted();

    const listed = await apiOf(a).checkIns.list({ partnershipId });
    expect(listed.hasAgreement).toBe(true);
    expect(listed.occurrences.find((o) => o.start.getTime() === start.getTime())).toMatchObject({ state: "open", checkInId: null });
    expect(listed.occurrences.length).toBeLessThanOrEqual(16);

    const logged = await apiOf(a).checkIns.log(logInput(partnershipId, start));
    expect(logged.created).toBe(true);
    const event = await db.partnershipEvent.findFirstOrThrow({ where: { partnershipId, type: "CHECK_IN_LOGGED" } });
    expect(event).toMatchObject({ actorId: a.id, data: { checkInId: logged.checkInId } });

    await apiOf(a).checkIns.answer({ partnershipId, checkInId: logged.checkInId, ...answers() });
    await apiOf(b).checkIns.answer({
      partnershipId,
      checkInId: logged.checkInId,
      ...answers({ answers: [{ text: "Good.", private: false }, { text: "", private: false }], mood: 2, energy: 5, moodPrivate: true, win: "", nextCommitment: "Read twice.", nextCommitmentPrivate: false, commitmentsDone: [0] }),
    });

    const mine = await apiOf(a).checkIns.get({ partnershipId, checkInId: logged.checkInId });
    expect(mine.checkIn).toMatchObject({ loggedBy: "you", durationMinutes: 35, channel: "VIDEO" });
    expect(mine.questions).toEqual(checkInQuestions);
    expect(mine.commitments).toEqual(goalsOfA);
    expect(mine.mine?.answers).toEqual([
      { question: checkInQuestions[0], text: "A steady week, walked most days.", private: false },
      { question: checkInQuestions[1], text: "Worry about money kept me up.", private: true },
    ]);
    expect(mine.mine).toMatchObject({ mood: 4, energy: 3, nextCommitment: "Walk before work on Monday.", nextCommitmentPrivate: true, commitmentsDone: [1] });
    expect(mine.partner).toMatchObject({
      answers: [{ question: checkInQuestions[0], text: "Good." }],
      feelings: null,
      win: null,
      nextCommitment: "Read twice.",
      commitmentsDone: goalsOfB,
    });

    const theirs = await apiOf(b).checkIns.get({ partnershipId, checkInId: logged.checkInId });
    expect(theirs.checkIn.loggedBy).toBe("partner");
    expect(theirs.commitments).toEqual(goalsOfB);
    expect(theirs.partner).toMatchObject({
      answers: [{ question: checkInQuestions[0], text: "A steady week, walked most days." }],
      feelings: { mood: 4, energy: 3 },
      win: "Finished the application.",
      nextCommitment: null,
      commitmentsDone: [goalsOfA[1]],
    });
    // Private text never leaves the server, not even as a flag beside a blank.
    const json = JSON.stringify(theirs);
    expect(json).not.toContain("Worry about money");
    expect(json).not.toContain("Walk before work");
    expect(JSON.stringify(theirs.partner)).not.toMatch(/private|Private/);

    const after = await apiOf(b).checkIns.list({ partnershipId });
    expect(after.occurrences.find((o) => o.start.getTime() === start.getTime())).toMatchObject({ state: "logged", checkInId: logged.checkInId, youAnswered: true, partnerAnswered: true });
  });

  it("lets a member change their answers", async () => {
    const { partnershipId, a } = await checkInPartnership(db);
    const { checkInId } = await apiOf(a).checkIns.log(logInput(partnershipId, lastStarted()));
    await apiOf(a).checkIns.answer({ partnershipId, checkInId, ...answers() });
    await apiOf(a).checkIns.answer({ partnershipId, checkInId, ...answers({ mood: 1 }) });
    expect((await apiOf(a).checkIns.get({ partnershipId, checkInId })).mine?.mood).toBe(1);
    expect(await db.checkInAnswer.count({ where: { checkInId } })).toBe(1);
  });

  it("keeps one row when both partners (or two browsers) log the same check-in at once", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    const start = lastStarted();
    const results = await Promise.all([a, b, a, b].map((m) => apiOf(m).checkIns.log(logInput(partnershipId, start))));
    expect(new Set(results.map((r) => r.checkInId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await rowsOf(partnershipId)).toEqual({ checkIns: 1, answers: 0, events: 1 });
  });
});

describe("refusing what can't be logged", () => {
  it("refuses a future, a made-up and a too-old check-in, and a start time in the future, writing nothing", async () => {
    const { partnershipId, a } = await checkInPartnership(db);
    const now = new Date();
    const cases = [
      { input: logInput(partnershipId, noonUtc(-2)), message: /hasn't happened yet/ },
      { input: logInput(partnershipId, new Date(lastStarted().getTime() + 7 * minute)), message: /isn't one of your planned check-ins/ },
      { input: logInput(partnershipId, noonUtc(20)), message: /more than 14 days ago/ },
      { input: logInput(partnershipId, noonUtc(40)), message: /isn't one of your planned check-ins/ },
      { input: { ...logInput(partnershipId, lastStarted()), happenedAt: new Date(now.getTime() + 60 * minute) }, message: /hasn't come yet/ },
    ];
    for (const { input, message } of cases) {
      await expect(apiOf(a).checkIns.log(input)).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(message) });
    }
    expect(await rowsOf(partnershipId)).toEqual({ checkIns: 0, answers: 0, events: 0 });
  });

  it("refuses kindly while paused or before an agreement, and after the end", async () => {
    const { partnershipId, a } = await checkInPartnership(db);
    await db.partnership.update({ where: { id: partnershipId }, data: { status: "PAUSED" } });
    await expect(apiOf(a).checkIns.log(logInput(partnershipId, lastStarted()))).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringMatching(/paused/) });
    await db.partnership.update({ where: { id: partnershipId }, data: { status: "ENDED" } });
    await expect(apiOf(a).checkIns.log(logInput(partnershipId, lastStarted()))).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringMatching(/ended/) });
    expect((await apiOf(a).checkIns.list({ partnershipId })).hasAgreement).toBe(false);

    const drafting = await newPartnership(db);
    await expect(apiOf(drafting.sender).checkIns.log(logInput(drafting.partnershipId, lastStarted()))).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await apiOf(drafting.sender).checkIns.list({ partnershipId: drafting.partnershipId })).toMatchObject({ hasAgreement: false, occurrences: [] });
    expect(await rowsOf(partnershipId)).toEqual({ checkIns: 0, answers: 0, events: 0 });
  });

  it("answers NOT_FOUND to a stranger, to a blocked pair, and for another partnership's check-in", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    const { checkInId } = await apiOf(a).checkIns.log(logInput(partnershipId, lastStarted()));
    const stranger = await createMember(db);
    const api = apiOf(stranger);
    for (const call of [
      () => api.checkIns.list({ partnershipId }),
      () => api.checkIns.get({ partnershipId, checkInId }),
      () => api.checkIns.log(logInput(partnershipId, lastStarted())),
      () => api.checkIns.answer({ partnershipId, checkInId, ...answers() }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }

    const other = await checkInPartnership(db);
    await expect(apiOf(other.a).checkIns.get({ partnershipId: other.partnershipId, checkInId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(other.a).checkIns.answer({ partnershipId: other.partnershipId, checkInId, ...answers() })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await db.block.create({ data: { blockerId: b.id, blockedId: a.id } });
    await expect(apiOf(a).checkIns.get({ partnershipId, checkInId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(b).checkIns.list({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.checkInAnswer.count({ where: { checkInId } })).toBe(0);
  });
});

describe("bad answers", () => {
  it.each([
    ["mood 0", { mood: 0 }],
    ["mood 6", { mood: 6 }],
    ["mood 2.5", { mood: 2.5 }],
    ["energy as text", { energy: "3" }],
    ["a NUL in an answer", { answers: [{ text: "fine\u0000", private: false }, { text: "", private: false }] }],
    ["a NUL in the win", { win: "yes\u0000" }],
    ["an oversized win", { win: "x".repeat(1001) }],
    ["an oversized next commitment", { nextCommitment: "x".repeat(501) }],
    ["an oversized answer", { answers: [{ text: "x".repeat(2001), private: false }, { text: "", private: false }] }],
    ["too many answers", { answers: Array.from({ length: 13 }, () => ({ text: "", private: false })) }],
    ["a commitment ticked twice", { commitmentsDone: [0, 0] }],
    ["a commitment beyond the five", { commitmentsDone: [5] }],
  ])("refuses %s clearly, writing nothing", async (_name, over) => {
    const { partnershipId, a } = await checkInPartnership(db);
    const { checkInId } = await apiOf(a).checkIns.log(logInput(partnershipId, lastStarted()));
    await expect(apiOf(a).checkIns.answer(malformed({ partnershipId, checkInId, ...answers(over) }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.checkInAnswer.count({ where: { checkInId } })).toBe(0);
  });

  it("refuses a commitment the member doesn't have, and answers to questions that changed", async () => {
    const { partnershipId, a } = await checkInPartnership(db);
    const { checkInId } = await apiOf(a).checkIns.log(logInput(partnershipId, lastStarted()));
    await expect(apiOf(a).checkIns.answer({ partnershipId, checkInId, ...answers({ commitmentsDone: [2] }) })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/your agreement/) });
    await expect(apiOf(a).checkIns.answer({ partnershipId, checkInId, ...answers({ answers: [{ text: "Only one", private: false }] }) })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/questions have changed/) });
    expect(await db.checkInAnswer.count({ where: { checkInId } })).toBe(0);
  });

  it("refuses a bad log input clearly, writing nothing", async () => {
    const { partnershipId, a } = await checkInPartnership(db);
    const valid = logInput(partnershipId, lastStarted());
    for (const over of [{ durationMinutes: 4 }, { durationMinutes: 241 }, { durationMinutes: 30.5 }, { channel: "CARRIER_PIGEON" }, { happenedAt: "yesterday" }, { occurrenceStart: new Date(Number.NaN) }]) {
      await expect(apiOf(a).checkIns.log(malformed({ ...valid, ...over }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await rowsOf(partnershipId)).toEqual({ checkIns: 0, answers: 0, events: 0 });
  });
});

describe("the member's data export", () => {
  it("holds their own answers, private ones too, and none of the partner's", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    const { checkInId } = await apiOf(b).checkIns.log(logInput(partnershipId, lastStarted()));
    await apiOf(a).checkIns.answer({ partnershipId, checkInId, ...answers() });
    await apiOf(b).checkIns.answer({ partnershipId, checkInId, ...answers({ win: "The partner's own win.", commitmentsDone: [0] }) });
    const data = await exportMemberData(db, a.id);
    expect(data.checkIns).toEqual([
      expect.objectContaining({ partnershipId, loggedBy: "partner", durationMinutes: 35, yourAnswers: expect.objectContaining({ win: "Finished the application.", answers: expect.arrayContaining([expect.objectContaining({ text: "Worry about money kept me up.", private: true })]) }) }),
    ]);
    expect(JSON.stringify(data)).not.toContain("The partner's own win.");
  });
});

describe("deleting an account", () => {
  it("removes the member's answers and keeps the check-in and the partner's answers", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    const { checkInId } = await apiOf(a).checkIns.log(logInput(partnershipId, lastStarted()));
    await apiOf(a).checkIns.answer({ partnershipId, checkInId, ...answers() });
    await apiOf(b).checkIns.answer({ partnershipId, checkInId, ...answers({ commitmentsDone: [0] }) });
    await apiOf(a).privacy.deleteAccount({ password: testPassword, confirm: true });
    expect(await db.checkInAnswer.findMany({ where: { checkInId }, select: { memberId: true } })).toEqual([{ memberId: b.id }]);
    expect(await db.checkIn.count({ where: { id: checkInId } })).toBe(1);
  });
});
