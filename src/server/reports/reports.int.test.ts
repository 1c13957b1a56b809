import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor, malformed } from "@/test/callers";
import { answerInput, checkInPartnership, logLatestInput } from "@/test/check-ins";
import { createMember } from "@/test/factories";
import { onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { reportsPerDay } from "./service";

const db = getDb();
const apiOf = (member: { id: string }) => callerFor({ member }).api;
const details = "They kept messaging after I said no.";

async function reportsBy(reporterId: string) {
  return db.report.findMany({ where: { reporterId }, select: { reportedId: true, category: true, details: true, subject: true, subjectId: true, status: true } });
}

describe("reports.create", () => {
  it("files a report about a profile and acknowledges it, without telling the reported member", async () => {
    const [reporter, reported] = await Promise.all([createMember(db), createMember(db, { displayName: "Jordan" })]);
    expect(await apiOf(reporter).reports.target({ memberId: reported.id, about: "PROFILE" })).toEqual({ displayName: "Jordan" });
    expect(await apiOf(reporter).reports.create({ memberId: reported.id, about: "PROFILE", category: "HARASSMENT", details: `  ${details}  ` })).toEqual({ status: "received", blocked: false });
    expect(await reportsBy(reporter.id)).toEqual([{ reportedId: reported.id, category: "HARASSMENT", details, subject: "PROFILE", subjectId: null, status: "OPEN" }]);
    expect(await db.notification.count({ where: { memberId: reported.id } })).toBe(0);
  });

  it("blocks in the same step when asked: the partnership ends quietly and the two are hidden from each other", async () => {
    const { partnershipId, sender, recipient } = await newPartnership(db);
    const answer = await apiOf(sender).reports.create({ memberId: recipient.id, about: "PARTNERSHIP", id: partnershipId, category: "HARASSMENT", details, alsoBlock: true });
    expect(answer).toEqual({ status: "received", blocked: true });
    expect(await reportsBy(sender.id)).toEqual([expect.objectContaining({ reportedId: recipient.id, subject: "PARTNERSHIP" })]);
    expect(await db.block.findMany({ where: { blockerId: sender.id }, select: { blockedId: true } })).toEqual([{ blockedId: recipient.id }]);
    expect(await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { status: true } })).toEqual({ status: "ENDED" });
    expect(await db.notification.count({ where: { memberId: recipient.id, type: { not: "REQUEST_RECEIVED" } } })).toBe(0);
    await expect(apiOf(recipient).partnerships.get({ partnershipId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a report that would also block oneself, or a block choice that is not yes or no, and writes nothing", async () => {
    const reporter = await createMember(db);
    await expect(apiOf(reporter).reports.create({ memberId: reporter.id, about: "PROFILE", category: "OTHER", details, alsoBlock: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apiOf(reporter).reports.create({ memberId: reporter.id, about: "PROFILE", category: "OTHER", details, alsoBlock: "yes" as unknown as boolean })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await reportsBy(reporter.id)).toEqual([]);
    expect(await db.block.count({ where: { blockerId: reporter.id } })).toBe(0);
  });

  it("links a report to a request note, a partnership or its agreement the two share, from either side", async () => {
    const { partnershipId, requestId, sender, recipient } = await newPartnership(db);
    await apiOf(recipient).reports.create({ memberId: sender.id, about: "REQUEST_NOTE", id: requestId, category: "ROMANTIC_OR_SEXUAL_PRESSURE", details });
    await apiOf(sender).reports.create({ memberId: recipient.id, about: "PARTNERSHIP", id: partnershipId, category: "MANIPULATION_OR_COERCION", details });
    await apiOf(sender).reports.create({ memberId: recipient.id, about: "AGREEMENT", id: partnershipId, category: "OTHER", details });
    expect(await reportsBy(recipient.id)).toEqual([expect.objectContaining({ reportedId: sender.id, subject: "REQUEST_NOTE", subjectId: requestId })]);
    expect(await reportsBy(sender.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reportedId: recipient.id, subject: "PARTNERSHIP", subjectId: partnershipId }),
        expect.objectContaining({ reportedId: recipient.id, subject: "AGREEMENT", subjectId: partnershipId }),
      ]),
    );
  });

  it("links a report to a partner's answers to a check-in, stored with the check-in's id", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    const { checkInId } = await apiOf(a).checkIns.log(logLatestInput(partnershipId));
    await apiOf(b).checkIns.answer(answerInput(partnershipId, checkInId));
    expect(await apiOf(a).reports.target({ memberId: b.id, about: "CHECK_IN_ANSWER", id: checkInId })).toEqual({ displayName: (await db.member.findUniqueOrThrow({ where: { id: b.id }, select: { displayName: true } })).displayName });
    await apiOf(a).reports.create({ memberId: b.id, about: "CHECK_IN_ANSWER", id: checkInId, category: "MANIPULATION_OR_COERCION", details });
    expect(await reportsBy(a.id)).toEqual([{ reportedId: b.id, category: "MANIPULATION_OR_COERCION", details, subject: "CHECK_IN_ANSWER", subjectId: checkInId, status: "OPEN" }]);
  });

  it("answers NOT_FOUND for a check-in the reporter didn't share with them, or one they didn't answer, and writes nothing", async () => {
    const [ours, theirs, stranger] = await Promise.all([checkInPartnership(db), checkInPartnership(db), onboardedMember(db)]);
    const ourCheckIn = (await apiOf(ours.a).checkIns.log(logLatestInput(ours.partnershipId))).checkInId;
    await apiOf(ours.a).checkIns.answer(answerInput(ours.partnershipId, ourCheckIn));
    const theirCheckIn = (await apiOf(theirs.a).checkIns.log(logLatestInput(theirs.partnershipId))).checkInId;
    await apiOf(theirs.b).checkIns.answer(answerInput(theirs.partnershipId, theirCheckIn));
    const attempts = [
      // A stranger reporting a member who answered.
      { reporter: stranger, memberId: ours.a.id, id: ourCheckIn },
      // A check-in of another partnership, about one's own partner and about the member who answered it.
      { reporter: ours.a, memberId: ours.b.id, id: theirCheckIn },
      { reporter: ours.a, memberId: theirs.b.id, id: theirCheckIn },
      // The partner hasn't answered this one.
      { reporter: ours.a, memberId: ours.b.id, id: ourCheckIn },
      // An unknown check-in.
      { reporter: ours.b, memberId: ours.a.id, id: "cmnosuchcheckin00000000000" },
    ];
    for (const { reporter, ...about } of attempts) {
      const input = { ...about, about: "CHECK_IN_ANSWER" as const };
      await expect(apiOf(reporter).reports.target(input)).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/couldn't find what you wanted to report/) });
      await expect(apiOf(reporter).reports.create({ ...input, category: "OTHER", details })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.report.count({ where: { reporterId: { in: [stranger.id, ours.a.id, ours.b.id] } } })).toBe(0);
  });

  it("answers NOT_FOUND for anything the reporter can't see, and writes nothing", async () => {
    const { partnershipId, requestId, sender, recipient } = await newPartnership(db);
    const [stranger, deleted] = await Promise.all([onboardedMember(db), createMember(db)]);
    await db.member.update({ where: { id: deleted.id }, data: { status: "DELETED" } });
    const attempts = [
      // Themselves, a deleted member, an unknown id.
      { memberId: stranger.id, about: "PROFILE" as const },
      { memberId: deleted.id, about: "PROFILE" as const },
      { memberId: "cmnosuchmember000000000000", about: "PROFILE" as const },
      // Someone else's request and partnership.
      { memberId: sender.id, about: "REQUEST_NOTE" as const, id: requestId },
      { memberId: recipient.id, about: "PARTNERSHIP" as const, id: partnershipId },
      { memberId: recipient.id, about: "AGREEMENT" as const, id: partnershipId },
    ];
    for (const input of attempts) {
      await expect(apiOf(stranger).reports.target(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(apiOf(stranger).reports.create({ ...input, category: "SPAM_OR_SCAM", details })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // A partner's request used to report someone who wasn't on it.
    await expect(apiOf(sender).reports.create({ memberId: stranger.id, about: "REQUEST_NOTE", id: requestId, category: "OTHER", details })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await reportsBy(stranger.id)).toEqual([]);
    expect(await reportsBy(sender.id)).toEqual([]);
  });

  it("refuses an anonymous caller", async () => {
    const reported = await createMember(db);
    await expect(callerFor().api.reports.create({ memberId: reported.id, about: "PROFILE", category: "OTHER", details })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses bad input with a clear message and writes nothing", async () => {
    const [reporter, reported] = await Promise.all([createMember(db), createMember(db)]);
    const api = apiOf(reporter);
    const valid = { memberId: reported.id, about: "PROFILE" as const, category: "HARASSMENT" as const, details };
    const bad = [
      { input: { ...valid, details: "Hello\u0000there" }, field: "details", message: /hidden character/ },
      { input: { ...valid, details: "x".repeat(2001) }, field: "details", message: /2000 characters/ },
      { input: { ...valid, details: "   " }, field: "details", message: /what happened/ },
      { input: { ...valid, category: malformed<"OTHER">("SHOUTING") }, field: "category", message: /describes/ },
      { input: { ...valid, about: malformed<"PROFILE">("PRIVATE_MESSAGE") }, field: "about", message: /about/ },
      { input: { ...valid, about: "PARTNERSHIP" as const }, field: "id", message: /request, partnership or check-in/ },
      { input: { ...valid, about: "CHECK_IN_ANSWER" as const }, field: "id", message: /check-in/ },
    ];
    for (const { input, field, message } of bad) {
      const error = await api.reports.create(input).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      const fieldErrors = (error as { cause?: { issues?: { path: PropertyKey[]; message: string }[] } }).cause?.issues ?? [];
      expect(fieldErrors.find((issue) => issue.path.join(".") === field)?.message).toMatch(message);
    }
    expect(await reportsBy(reporter.id)).toEqual([]);
  });

  it(`takes at most ${reportsPerDay} reports a day from one member, even sent at once`, async () => {
    const [reporter, reported] = await Promise.all([createMember(db), createMember(db)]);
    const api = apiOf(reporter);
    const results = await Promise.allSettled(
      Array.from({ length: reportsPerDay + 3 }, () => api.reports.create({ memberId: reported.id, about: "PROFILE", category: "SPAM_OR_SCAM", details })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(reportsPerDay);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringContaining("help page") });
    expect(await db.report.count({ where: { reporterId: reporter.id } })).toBe(reportsPerDay);
  });
});
