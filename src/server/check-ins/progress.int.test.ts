import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { apiOf } from "@/test/agreement-docs";
import { malformed } from "@/test/callers";
import { answerInput, checkInPartnership, lastStarted, logLatestInput, noonUtc } from "@/test/check-ins";
import { createMember } from "@/test/factories";
import { newPartnership } from "@/test/partners";

const db = getDb();

/** Check-ins logged straight into the table for the daily noon rhythm, `daysAgo` each (the API only logs recent ones). */
async function loggedDaysAgo(partnershipId: string, loggedById: string, days: readonly number[]) {
  for (const daysAgo of days) {
    const start = noonUtc(daysAgo, lastStarted());
    await db.checkIn.create({ data: { partnershipId, occurrenceStart: start, happenedAt: start, durationMinutes: 30, channel: "VIDEO", loggedById } });
  }
}

describe("check-in progress", () => {
  it("shows both partners their weeks, feelings and milestones, with the partner's private mood left out", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    await loggedDaysAgo(partnershipId, a.id, [29, 25, 21, 18, 14, 11, 7, 5, 3]);
    const { checkInId } = await apiOf(b).checkIns.log(logLatestInput(partnershipId));
    await apiOf(a).checkIns.answer({ ...answerInput(partnershipId, checkInId), mood: 4, energy: 2, commitmentsDone: [0, 1] });
    await apiOf(b).checkIns.answer({ ...answerInput(partnershipId, checkInId), mood: 1, energy: 5, moodPrivate: true, commitmentsDone: [0] });

    const seenByA = await apiOf(a).checkIns.progress({ partnershipId });
    expect(seenByA.totalCheckIns).toBe(10);
    expect(seenByA.weeks).toHaveLength(12);
    expect(seenByA.weeks.reduce((sum, w) => sum + w.kept, 0)).toBe(10);
    expect(seenByA.weeks.reduce((sum, w) => sum + w.commitmentsDone.you, 0)).toBe(2);
    expect(seenByA.weeks.reduce((sum, w) => sum + w.commitmentsDone.partner, 0)).toBe(1);
    expect(seenByA.weeks.some((w) => w.planned > 0)).toBe(true);
    expect(seenByA.feelings.you).toEqual([{ at: lastStarted(), mood: 4, energy: 2 }]);
    // b kept mood and energy private: nothing of them reaches a, not even a blank point.
    expect(seenByA.feelings.partner).toEqual([]);
    expect(JSON.stringify(seenByA)).not.toMatch(/"mood":1\b|"energy":5\b|moodPrivate/);
    expect(seenByA.milestones.map((m) => m.kind)).toEqual(["first-check-in", "four-weeks", "ten-check-ins"]);
    expect(seenByA.milestones[0]?.reachedAt).toEqual(noonUtc(29, lastStarted()));

    const seenByB = await apiOf(b).checkIns.progress({ partnershipId });
    expect(seenByB.feelings.you).toEqual([{ at: lastStarted(), mood: 1, energy: 5 }]);
    expect(seenByB.feelings.partner).toEqual([{ at: lastStarted(), mood: 4, energy: 2 }]);
    expect(seenByB.weeks.reduce((sum, w) => sum + w.commitmentsDone.you, 0)).toBe(1);
  });

  it("marks the weeks of a pause", async () => {
    const { partnershipId, a } = await checkInPartnership(db);
    // Pausing isn't a procedure yet: the timeline event is what progress reads.
    await db.partnershipEvent.create({ data: { partnershipId, actorId: a.id, type: "PAUSED", createdAt: new Date(Date.now() - 60_000) } });
    const progress = await apiOf(a).checkIns.progress({ partnershipId });
    expect(progress.weeks.at(-1)?.paused).toBe(true);
    expect(progress.weeks[0]?.paused).toBe(false);
  });

  it("is empty before the first check-in and before an agreement", async () => {
    const { partnershipId, a } = await checkInPartnership(db);
    expect(await apiOf(a).checkIns.progress({ partnershipId })).toMatchObject({ totalCheckIns: 0, milestones: [], feelings: { you: [], partner: [] } });
    const drafting = await newPartnership(db);
    const progress = await apiOf(drafting.sender).checkIns.progress({ partnershipId: drafting.partnershipId });
    expect(progress).toMatchObject({ status: "DRAFTING", totalCheckIns: 0 });
    expect(progress.weeks.every((w) => w.planned === 0 && w.kept === 0)).toBe(true);
  });

  it("answers NOT_FOUND to a stranger and to a blocked pair", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    const stranger = await createMember(db);
    await expect(apiOf(stranger).checkIns.progress({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.block.create({ data: { blockerId: b.id, blockedId: a.id } });
    await expect(apiOf(a).checkIns.progress({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(b).checkIns.progress({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each([
    ["no id", {}],
    ["a NUL byte in the id", { partnershipId: "abc\u0000def" }],
    ["a number", { partnershipId: 42 }],
    ["an oversized id", { partnershipId: "x".repeat(5000) }],
  ])("refuses %s with BAD_REQUEST", async (_, input) => {
    const { a } = await checkInPartnership(db);
    await expect(apiOf(a).checkIns.progress(malformed(input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
