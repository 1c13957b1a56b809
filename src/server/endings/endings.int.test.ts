import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db/client";
import { getBoss } from "@/server/jobs/boss";
import { runTransition } from "@/server/partnerships/transitions";
import { currentDoc, editOf, seenOf } from "@/test/agreement-docs";
import { callerFor, malformed } from "@/test/callers";
import { checkInPartnership } from "@/test/check-ins";
import { createMember } from "@/test/factories";
import { lastEmailTo } from "@/test/mail";
import { isolatedSchedule, onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { finalCheckInGraceMs, rematchPriorityDays } from "@/shared/endings/rules";
import { templateText } from "@/shared/endings/templates";
import { finishScheduledEndings } from "./jobs";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const day = 24 * 60 * 60 * 1000;

/** An ACTIVE partnership with a daily 12:00 UTC check-in in force, between two named members. */
async function active(hour = isolatedSchedule()) {
  const sender = await onboardedMember(db, hour, { displayName: "Alex" });
  const recipient = await onboardedMember(db, hour, { displayName: "Sam" });
  const p = await newPartnership(db, { sender, recipient });
  await checkInPartnership(db, p);
  return { ...p, hour };
}

/** Everything an ending may write for this partnership and its members. */
async function written(partnershipId: string) {
  const row = await db.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: {
      status: true,
      doNotRematch: true,
      ending: true,
      reflections: { select: { memberId: true, text: true } },
      members: { select: { memberId: true, status: true, member: { select: { profile: { select: { rematchPriorityUntil: true } } } } }, orderBy: { memberId: "asc" } },
      events: { select: { type: true, actorId: true, data: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const memberIds = row.members.map((m) => m.memberId);
  const notices = await db.notification.findMany({ where: { memberId: { in: memberIds } }, select: { memberId: true, type: true }, orderBy: { createdAt: "asc" } });
  return { ...row, notices };
}

const endNow = (partnershipId: string, extra: object = {}) => ({ partnershipId, timing: "NOW" as const, ...extra });

describe("endings.end now", () => {
  it("ends it for both with one ENDED event, keeps the reason from the partner, and gives the partner priority and a kind notice", async () => {
    const { partnershipId, sender, recipient } = await active();
    const before = Date.now();
    expect(
      await apiOf(sender).endings.end(endNow(partnershipId, { reason: "Moving jobs, secretly relieved", closing: { kind: "TEMPLATE", templateId: "thank-you" } })),
    ).toEqual({ status: "ENDED" });

    const now = await written(partnershipId);
    expect(now).toMatchObject({ status: "ENDED", doNotRematch: true });
    expect(now.ending).toMatchObject({ status: "DONE", timing: "NOW", endedById: sender.id, reason: "Moving jobs, secretly relieved", closingTemplate: "thank-you", quietly: false });
    expect(now.events.filter((e) => e.type === "ENDED")).toEqual([{ type: "ENDED", actorId: sender.id, data: { how: "CHOSEN", quietly: false } }]);
    const priority = (id: string) => now.members.find((m) => m.memberId === id)?.member.profile?.rematchPriorityUntil ?? null;
    expect(priority(sender.id)).toBeNull();
    expect(priority(recipient.id)!.getTime()).toBeGreaterThanOrEqual(before + rematchPriorityDays * day - 1000);
    const pool = await db.matchingPool.findUniqueOrThrow({ where: { memberId: recipient.id }, select: { rematchPriorityUntil: true } });
    expect(pool.rematchPriorityUntil).toEqual(priority(recipient.id));

    const endingNotices = now.notices.filter((n) => ["PARTNERSHIP_ENDED", "REFLECTION_PROMPT"].includes(n.type));
    expect(endingNotices).toEqual(
      expect.arrayContaining([
        { memberId: recipient.id, type: "PARTNERSHIP_ENDED" },
        { memberId: recipient.id, type: "REFLECTION_PROMPT" },
        { memberId: sender.id, type: "REFLECTION_PROMPT" },
      ]),
    );
    expect(endingNotices).toHaveLength(3);
    const email = await lastEmailTo(recipient.email);
    expect(email?.subject).toBe("Your partnership has ended");
    for (const secret of ["Moving jobs", "Alex", sender.email]) expect(email?.textBody).not.toContain(secret);

    const mine = await apiOf(sender).partnerships.get({ partnershipId });
    expect(mine.ending).toMatchObject({ by: "you", how: "CHOSEN", chosen: { side: "chose", closingMessage: templateText("thank-you"), doNotRematch: true } });
    const theirs = await apiOf(recipient).partnerships.get({ partnershipId });
    expect(theirs.ending).toEqual({ by: "partner", how: "CHOSEN", chosen: { side: "partner", quietly: false, status: "DONE", finalCheckInAt: null, closingMessage: templateText("thank-you") } });
    expect(JSON.stringify(theirs)).not.toContain("Moving jobs");
    expect(JSON.stringify(await apiOf(recipient).endings.status({ partnershipId }))).not.toContain("Moving jobs");
  });

  it("quietly: the partner sees only that it ended, with no message and nobody named as choosing it", async () => {
    const { partnershipId, sender, recipient } = await active();
    await apiOf(recipient).endings.end(endNow(partnershipId, { quietly: true, doNotRematch: false, closing: { kind: "OWN_WORDS", text: "Take good care." } }));
    const theirs = await apiOf(sender).partnerships.get({ partnershipId });
    expect(theirs.ending).toEqual({ by: null, how: "CHOSEN", chosen: { side: "partner", quietly: true, status: "DONE", finalCheckInAt: null, closingMessage: null } });
    expect(theirs.timeline.find((e) => e.type === "ENDED")?.by).toBeNull();
    expect(JSON.stringify(theirs)).not.toContain("Take good care");
    const mine = await apiOf(recipient).partnerships.get({ partnershipId });
    expect(mine.ending).toMatchObject({ by: "you", chosen: { side: "chose", quietly: true, closingMessage: "Take good care.", doNotRematch: false } });
    expect((await written(partnershipId)).doNotRematch).toBe(false);
  });

  it("both partners at once, and a double click: exactly one ending, the others told it has already ended", async () => {
    const { partnershipId, sender, recipient } = await active();
    const results = await Promise.allSettled([sender, recipient, sender].map((m) => apiOf(m).endings.end(endNow(partnershipId))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("already ended") });
    const now = await written(partnershipId);
    expect(now.events.filter((e) => e.type === "ENDED")).toHaveLength(1);
    expect(now.notices.filter((n) => n.type === "PARTNERSHIP_ENDED")).toHaveLength(1);
  });

  it("racing a pause through the kernel: whichever goes first, it ends exactly once and nothing fails with a 500", async () => {
    const { partnershipId, sender, recipient } = await active();
    const results = await Promise.allSettled([
      runTransition(db, { partnershipId, memberId: recipient.id, action: "PAUSE", data: {} }),
      apiOf(sender).endings.end(endNow(partnershipId)),
    ]);
    expect(results[1].status).toBe("fulfilled");
    if (results[0].status === "rejected") expect(results[0].reason).toMatchObject({ code: "CONFLICT" });
    const now = await written(partnershipId);
    expect(now.status).toBe("ENDED");
    expect(now.events.filter((e) => e.type === "ENDED")).toHaveLength(1);
  });

  it("a paused partnership can be ended now", async () => {
    const { partnershipId, sender } = await active();
    await runTransition(db, { partnershipId, memberId: sender.id, action: "PAUSE", data: {} });
    expect(await apiOf(sender).endings.end(endNow(partnershipId))).toEqual({ status: "ENDED" });
  });
});

describe("endings.end after one final check-in", () => {
  it("plans it for the next check-in without changing the status, then the job ends it once that check-in is logged", async () => {
    const { partnershipId, sender, recipient } = await active();
    const status = await apiOf(sender).endings.status({ partnershipId });
    expect(status).toMatchObject({ status: "ACTIVE", ending: null, nextCheckInAt: expect.any(Date) });
    const result = await apiOf(sender).endings.end({ partnershipId, timing: "AFTER_FINAL_CHECK_IN", closing: { kind: "TEMPLATE", templateId: "timing" } });
    expect(result).toEqual({ status: "SCHEDULED", finalCheckInAt: status.nextCheckInAt });
    const finalCheckInAt = status.nextCheckInAt!;

    let now = await written(partnershipId);
    expect(now.status).toBe("ACTIVE");
    expect(now.ending).toMatchObject({ status: "SCHEDULED", timing: "AFTER_FINAL_CHECK_IN", finalCheckInAt });
    expect(now.events.at(-1)).toEqual({ type: "ENDING_SCHEDULED", actorId: sender.id, data: {} });
    expect(now.notices.filter((n) => n.type === "PARTNERSHIP_ENDING")).toEqual([{ memberId: recipient.id, type: "PARTNERSHIP_ENDING" }]);
    expect((await apiOf(recipient).endings.status({ partnershipId })).ending).toMatchObject({ side: "partner", status: "SCHEDULED", finalCheckInAt });

    // A second ending, by either partner, while one is planned.
    for (const m of [recipient, sender]) {
      for (const timing of ["NOW", "AFTER_FINAL_CHECK_IN"] as const) {
        await expect(apiOf(m).endings.end({ partnershipId, timing })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("already planned") });
      }
    }

    // Before the check-in happens nothing is due.
    expect(await finishScheduledEndings(db, new Date(finalCheckInAt.getTime() - 60_000))).toBe(0);
    await db.checkIn.create({ data: { partnershipId, occurrenceStart: finalCheckInAt, happenedAt: finalCheckInAt, durationMinutes: 30, channel: "VIDEO", loggedById: recipient.id } });
    expect(await finishScheduledEndings(db, new Date(finalCheckInAt.getTime() + 60 * 60_000))).toBe(1);
    expect(await finishScheduledEndings(db, new Date(finalCheckInAt.getTime() + 2 * 60 * 60_000))).toBe(0);

    now = await written(partnershipId);
    expect(now.status).toBe("ENDED");
    expect(now.ending).toMatchObject({ status: "DONE", endedAt: expect.any(Date) });
    expect(now.events.filter((e) => e.type === "ENDED")).toEqual([{ type: "ENDED", actorId: null, data: { how: "CHOSEN", quietly: false } }]);
    expect(now.notices.filter((n) => n.type === "PARTNERSHIP_ENDED")).toEqual([{ memberId: recipient.id, type: "PARTNERSHIP_ENDED" }]);
    expect(now.notices.filter((n) => n.type === "REFLECTION_PROMPT")).toHaveLength(2);
    expect(now.members.find((m) => m.memberId === recipient.id)?.member.profile?.rematchPriorityUntil).toBeInstanceOf(Date);
    expect((await apiOf(sender).partnerships.get({ partnershipId })).ending).toMatchObject({ by: "you", how: "CHOSEN" });
  });

  it("ends after the grace period when the final check-in was never logged, through the real queue, once even when run twice", async () => {
    const { partnershipId, sender } = await active();
    const { finalCheckInAt } = (await apiOf(sender).endings.end({ partnershipId, timing: "AFTER_FINAL_CHECK_IN", quietly: true })) as { finalCheckInAt: Date };
    expect(await finishScheduledEndings(db, new Date(finalCheckInAt.getTime() + finalCheckInGraceMs - 60_000))).toBe(0);

    const { endingQueues, workOnEndings } = await import("./jobs");
    const boss = await getBoss();
    await workOnEndings(boss);
    const at = new Date(finalCheckInAt.getTime() + finalCheckInGraceMs).toISOString();
    const ids = [await boss.send(endingQueues.finish, { at }), await boss.send(endingQueues.finish, { at })];
    await vi.waitFor(
      async () => {
        for (const id of ids) expect((await boss.getJobById(endingQueues.finish, id ?? ""))?.state).toBe("completed");
      },
      { timeout: 20_000, interval: 200 },
    );
    const now = await written(partnershipId);
    expect(now.status).toBe("ENDED");
    expect(now.events.filter((e) => e.type === "ENDED")).toEqual([{ type: "ENDED", actorId: null, data: { how: "CHOSEN", quietly: true } }]);
    expect(now.notices.filter((n) => n.type === "PARTNERSHIP_ENDED")).toHaveLength(1);
  });

  it("with no check-in ahead (paused, or no rhythm agreed) it suggests ending now, writing nothing", async () => {
    const { partnershipId, sender } = await active();
    await runTransition(db, { partnershipId, memberId: sender.id, action: "PAUSE", data: {} });
    const before = await written(partnershipId);
    await expect(apiOf(sender).endings.end({ partnershipId, timing: "AFTER_FINAL_CHECK_IN" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("end now") });
    expect(await written(partnershipId)).toEqual(before);

    const bare = await newPartnership(db);
    await runTransition(db, { partnershipId: bare.partnershipId, memberId: bare.sender.id, action: "ACTIVATE", data: {} });
    await expect(apiOf(bare.sender).endings.end({ partnershipId: bare.partnershipId, timing: "AFTER_FINAL_CHECK_IN" })).rejects.toMatchObject({ message: expect.stringContaining("end now") });
  });
});

describe("endings: what is refused", () => {
  it("a draft, an ended partnership, a stranger, a signed-out caller and a blocked pair, writing nothing", async () => {
    const draft = await newPartnership(db);
    await expect(apiOf(draft.sender).endings.end(endNow(draft.partnershipId))).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("step back from the draft") });
    expect((await written(draft.partnershipId)).status).toBe("DRAFTING");

    const { partnershipId, sender, recipient } = await active();
    const stranger = await createMember(db);
    const before = await written(partnershipId);
    await expect(apiOf(stranger).endings.end(endNow(partnershipId))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).endings.status({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).endings.reflect({ partnershipId, text: "hi" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(stranger).endings.reflection({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor().api.endings.end(endNow(partnershipId))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await written(partnershipId)).toEqual(before);

    await apiOf(sender).endings.end(endNow(partnershipId));
    const ended = await written(partnershipId);
    await expect(apiOf(recipient).endings.end(endNow(partnershipId))).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("already ended") });
    await expect(apiOf(sender).endings.end({ partnershipId, timing: "AFTER_FINAL_CHECK_IN" })).rejects.toMatchObject({ message: expect.stringContaining("already ended") });
    expect(await written(partnershipId)).toEqual(ended);

    const blocked = await active();
    await apiOf(blocked.recipient).blocks.block({ memberId: blocked.sender.id });
    await expect(apiOf(blocked.sender).endings.end(endNow(blocked.partnershipId))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("malformed input: an unknown template, NUL bytes, too-long text, missing choices — BAD_REQUEST, nothing written", async () => {
    const { partnershipId, sender } = await active();
    const before = await written(partnershipId);
    for (const input of [
      {},
      null,
      { partnershipId },
      { partnershipId, timing: "SOON" },
      { partnershipId: `${partnershipId}\u0000`, timing: "NOW" },
      endNow(partnershipId, { closing: { kind: "TEMPLATE", templateId: "it-was-you" } }),
      endNow(partnershipId, { closing: { kind: "OWN_WORDS", text: "bye\u0000" } }),
      endNow(partnershipId, { closing: { kind: "OWN_WORDS", text: "x".repeat(1001) } }),
      endNow(partnershipId, { reason: "why\u0000" }),
      endNow(partnershipId, { reason: "x".repeat(1001) }),
      endNow(partnershipId, { quietly: "yes" }),
    ]) {
      await expect(apiOf(sender).endings.end(malformed(input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    for (const input of [{ partnershipId, text: "a\u0000" }, { partnershipId, text: "x".repeat(2001) }, { partnershipId }]) {
      await expect(apiOf(sender).endings.reflect(malformed(input))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await written(partnershipId)).toEqual(before);
  });
});

describe("reflections and the archive", () => {
  it("a reflection waits for the ending, is one's own, replaced when written again, never the partner's", async () => {
    const { partnershipId, sender, recipient } = await active();
    await expect(apiOf(sender).endings.reflect({ partnershipId, text: "Too soon" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("once the partnership has ended") });
    expect(await apiOf(sender).endings.reflection({ partnershipId })).toBeNull();

    await apiOf(recipient).endings.end(endNow(partnershipId));
    await apiOf(sender).endings.reflect({ partnershipId, text: "It taught me to ask for help." });
    await apiOf(sender).endings.reflect({ partnershipId, text: " It taught me a lot. " });
    expect(await apiOf(sender).endings.reflection({ partnershipId })).toMatchObject({ text: "It taught me a lot." });
    expect(await apiOf(recipient).endings.reflection({ partnershipId })).toBeNull();
    expect((await written(partnershipId)).reflections).toEqual([{ memberId: sender.id, text: "It taught me a lot." }]);
  });

  it("an ended partnership is read-only: check-ins and agreement changes are refused, saying it has ended", async () => {
    const { partnershipId, sender, recipient } = await active();
    const checkInAt = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate(), 12) - day);
    const { checkInId } = await apiOf(sender).checkIns.log({ partnershipId, occurrenceStart: checkInAt, happenedAt: checkInAt, durationMinutes: 30, channel: "VIDEO" });
    const version = await db.agreementVersion.findFirstOrThrow({ where: { partnershipId }, select: { id: true, hash: true } });
    const doc = await currentDoc(sender, partnershipId);
    await apiOf(recipient).endings.end(endNow(partnershipId));
    const before = await written(partnershipId);
    const ended = { message: expect.stringMatching(/ended/) };
    const attempts: (() => Promise<unknown>)[] = [
      () => apiOf(sender).checkIns.log({ partnershipId, occurrenceStart: checkInAt, happenedAt: checkInAt, durationMinutes: 30, channel: "VIDEO" }),
      () => apiOf(sender).checkIns.answer({ partnershipId, checkInId, answers: [{ text: "x", private: false }, { text: "y", private: false }], mood: 3, energy: 3, moodPrivate: false, win: "", winPrivate: false, nextCommitment: "", nextCommitmentPrivate: false, commitmentsDone: [] }),
      () => apiOf(sender).agreement.openAmendment({ partnershipId }),
      () => apiOf(sender).agreement.withdrawAmendment({ partnershipId }),
      () => apiOf(sender).agreement.push({ partnershipId, update: editOf(doc, (d) => d.getMap("archive").set("a", 1)) }),
      () => apiOf(sender).agreement.propose({ partnershipId, seen: seenOf(doc) }),
      () => apiOf(sender).agreement.sign({ partnershipId, versionId: version.id, hash: version.hash }),
      () => apiOf(sender).agreement.requestChanges({ partnershipId, versionId: version.id, comment: "One more change?" }),
      () => apiOf(sender).agreement.withdrawProposal({ partnershipId, versionId: version.id }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject(ended);
    expect(await written(partnershipId)).toEqual(before);
  });
});

describe("priority after an ending", () => {
  it("a third member sees the partner left behind first; the one who ended does not see them, unless they allowed it", async () => {
    const hour = isolatedSchedule();
    const { partnershipId, sender, recipient } = await active(hour);
    const others = [await onboardedMember(db, hour), await onboardedMember(db, hour), await onboardedMember(db, hour)];
    const third = others[0]!;
    await apiOf(sender).endings.end(endNow(partnershipId));

    const { suggestionsFor } = await import("@/server/matching/suggestions");
    // Only this test's members: another test's partner left behind may happen to share the hour.
    const ours = new Set([sender.id, recipient.id, ...others.map((o) => o.id)]);
    const seen = async (member: { id: string }) => (await suggestionsFor(db, member.id)).suggestions.map((s) => s.memberId).filter((id) => ours.has(id));
    const thirds = await seen(third);
    expect(thirds[0]).toBe(recipient.id);
    expect(await seen(sender)).not.toContain(recipient.id);

    // Without priority the usual order holds; given to whoever was last, they come first.
    await db.profile.update({ where: { memberId: recipient.id }, data: { rematchPriorityUntil: null } });
    const usual = await seen(third);
    const last = usual.at(-1)!;
    await db.profile.update({ where: { memberId: last }, data: { rematchPriorityUntil: new Date(Date.now() + day) } });
    expect((await seen(third))[0]).toBe(last);
    await db.profile.update({ where: { memberId: last }, data: { rematchPriorityUntil: new Date(Date.now() - 1000) } });
    expect(await seen(third)).toEqual(usual);

    // "Don't suggest us again" turned off: the two may meet again.
    const second = await active(isolatedSchedule());
    await apiOf(second.sender).endings.end(endNow(second.partnershipId, { doNotRematch: false }));
    ours.add(second.recipient.id);
    expect(await seen(second.sender)).toContain(second.recipient.id);
  });

  it("starting a new partnership ends the priority", async () => {
    const hour = isolatedSchedule();
    const { partnershipId, sender, recipient } = await active(hour);
    await apiOf(sender).endings.end(endNow(partnershipId));
    const fresh = await onboardedMember(db, hour);
    await newPartnership(db, { sender: fresh, recipient });
    expect((await db.profile.findUniqueOrThrow({ where: { memberId: recipient.id } })).rematchPriorityUntil).toBeNull();
  });
});
