import { describe, expect, it } from "vitest";
import { authenticate, currentSession } from "@/server/accounts/service";
import { getDb } from "@/server/db/client";
import { suggestionsFor } from "@/server/matching/suggestions";
import { proposeCurrent } from "@/test/agreement-docs";
import { callerFor, malformed } from "@/test/callers";
import { answerInput, checkInPartnership, checkInQuestions, goalsOfB, lastStarted, logLatestInput } from "@/test/check-ins";
import { createMember, testPassword } from "@/test/factories";
import { isolatedSchedule, onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";

const db = getDb();
const apiOf = (member: { id: string; role?: "MEMBER" | "MODERATOR" }) => callerFor({ member }).api;
const ip = () => callerFor().ctx.ip;
const reason = "Repeated pressure after being asked to stop.";

async function newModerator(displayName = "Mod") {
  const member = await createMember(db, { displayName });
  await db.member.update({ where: { id: member.id }, data: { role: "MODERATOR" } });
  return { ...member, role: "MODERATOR" as const };
}

/** `reporter` reports `reported` about their profile; returns the report's id. */
async function reportAbout(reporter: { id: string }, reported: { id: string }, details = "They keep pushing me to meet in person.") {
  await apiOf(reporter).reports.create({ memberId: reported.id, about: "PROFILE", category: "HARASSMENT", details });
  const report = await db.report.findFirstOrThrow({ where: { reporterId: reporter.id, reportedId: reported.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return report.id;
}

const auditRows = (reportId: string) =>
  db.moderationAction.findMany({ where: { reportId }, select: { moderatorId: true, memberId: true, type: true, reason: true, createdAt: true } });

describe("moderation.act", () => {
  it("suspends: no sign-in, sessions refused, partnerships ended quietly with the partner not told, requests closed, gone from suggestions", async () => {
    const hour = isolatedSchedule();
    const [reported, partner, viewer, asker] = await Promise.all([
      onboardedMember(db, hour, { displayName: "Casey" }),
      onboardedMember(db, hour),
      onboardedMember(db, hour),
      onboardedMember(db, hour),
    ]);
    await apiOf(reported).partnerships.setCapacity({ capacity: 3 });
    const { partnershipId } = await newPartnership(db, { sender: partner, recipient: reported });
    const { requestId } = await apiOf(asker).requests.send({ recipientId: reported.id });
    expect((await suggestionsFor(db, viewer.id)).suggestions.map((s) => s.memberId)).toContain(reported.id);
    await apiOf(partner).reports.create({ memberId: reported.id, about: "PARTNERSHIP", id: partnershipId, category: "MANIPULATION_OR_COERCION", details: "Guilt-tripping." });
    const report = await db.report.findFirstOrThrow({ where: { reporterId: partner.id }, select: { id: true } });
    const moderator = await newModerator();
    const partnerNotices = await db.notification.count({ where: { memberId: partner.id } });
    const partnerEmails = await db.emailOutbox.count({ where: { memberId: partner.id } });

    expect(await apiOf(moderator).moderation.act({ reportId: report.id, action: "SUSPEND", reason })).toEqual({ status: "SUSPENDED" });

    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, resolvedAt: true } })).toEqual({ status: "SUSPENDED", resolvedAt: expect.any(Date) });
    expect(await auditRows(report.id)).toEqual([{ moderatorId: moderator.id, memberId: reported.id, type: "SUSPEND", reason, createdAt: expect.any(Date) }]);
    expect(await authenticate(db, { email: reported.email, password: testPassword }, ip())).toEqual({ ok: false, reason: "suspended" });
    expect(await currentSession(db, reported.id, 0, "old-session")).toBeNull();
    expect(await currentSession(db, reported.id, 1, "any-session")).toBeNull();

    const partnership = await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { status: true, events: { where: { type: "ENDED" }, select: { actorId: true, data: true } } } });
    expect(partnership).toEqual({ status: "ENDED", events: [{ actorId: null, data: { how: "QUIETLY" } }] });
    expect(await db.notification.count({ where: { memberId: partner.id } })).toBe(partnerNotices);
    expect(await db.emailOutbox.count({ where: { memberId: partner.id } })).toBe(partnerEmails);
    expect(await db.matchRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })).toEqual({ status: "CLOSED" });
    expect((await suggestionsFor(db, viewer.id)).suggestions.map((s) => s.memberId)).not.toContain(reported.id);
  });

  it("unsuspends: sign-in works again, partnerships stay ended, and it is audit-logged", async () => {
    const { partnershipId, sender: reporter, recipient: reported } = await newPartnership(db);
    const moderator = await newModerator();
    const reportId = await reportAbout(reporter, reported);
    await apiOf(moderator).moderation.act({ reportId, action: "SUSPEND", reason });

    expect(await apiOf(moderator).moderation.unsuspend({ memberId: reported.id, reason: "Appeal accepted." })).toEqual({ status: "ACTIVE" });
    expect(await authenticate(db, { email: reported.email, password: testPassword }, ip())).toMatchObject({ ok: true });
    expect(await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { status: true } })).toEqual({ status: "ENDED" });
    expect(await db.moderationAction.findMany({ where: { memberId: reported.id, type: "UNSUSPEND" }, select: { moderatorId: true, reportId: true, reason: true } })).toEqual([
      { moderatorId: moderator.id, reportId: null, reason: "Appeal accepted." },
    ]);
    await expect(apiOf(moderator).moderation.unsuspend({ memberId: reported.id, reason: "Again." })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("warns: the member gets the moderator's notice (never who reported or what they wrote) and stays active", async () => {
    const [reporter, reported, moderator] = await Promise.all([createMember(db), createMember(db), newModerator()]);
    const reportId = await reportAbout(reporter, reported, "Secret details from the reporter.");
    expect(await apiOf(moderator).moderation.act({ reportId, action: "WARN", reason })).toEqual({ status: "WARNED" });
    const notices = (await apiOf(reported).notifications.list()).items;
    expect(notices.map((n) => n.type)).toEqual(["MODERATOR_WARNING"]);
    expect(JSON.stringify(notices)).not.toContain("Secret details");
    expect(await db.member.findUniqueOrThrow({ where: { id: reported.id }, select: { status: true } })).toEqual({ status: "ACTIVE" });
    expect(await auditRows(reportId)).toEqual([expect.objectContaining({ moderatorId: moderator.id, type: "WARN", reason })]);
  });

  it("dismisses: the report is closed, nobody is told, the decision is audit-logged", async () => {
    const [reporter, reported, moderator] = await Promise.all([createMember(db), createMember(db), newModerator()]);
    const reportId = await reportAbout(reporter, reported);
    expect(await apiOf(moderator).moderation.act({ reportId, action: "DISMISS", reason: "Nothing against the rules." })).toEqual({ status: "DISMISSED" });
    expect(await db.notification.count({ where: { memberId: { in: [reporter.id, reported.id] } } })).toBe(0);
    expect(await auditRows(reportId)).toEqual([expect.objectContaining({ type: "DISMISS", reason: "Nothing against the rules." })]);
  });

  it("decides a report once when two moderators act at the same moment", async () => {
    const [reporter, reported, first, second] = await Promise.all([createMember(db), createMember(db), newModerator(), newModerator()]);
    const reportId = await reportAbout(reporter, reported);
    const results = await Promise.allSettled([
      apiOf(first).moderation.act({ reportId, action: "WARN", reason }),
      apiOf(second).moderation.act({ reportId, action: "SUSPEND", reason }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await auditRows(reportId)).toHaveLength(1);
    await expect(apiOf(first).moderation.act({ reportId, action: "DISMISS", reason })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a moderator a report about themselves or sent by themselves, and writes nothing", async () => {
    const [member, moderator, other] = await Promise.all([createMember(db), newModerator(), newModerator()]);
    const aboutModerator = await reportAbout(member, moderator);
    const byModerator = await reportAbout(moderator, member);
    await expect(apiOf(moderator).moderation.act({ reportId: aboutModerator, action: "DISMISS", reason })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("about you") });
    await expect(apiOf(moderator).moderation.act({ reportId: byModerator, action: "WARN", reason })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.moderationAction.count({ where: { reportId: { in: [aboutModerator, byModerator] } } })).toBe(0);
    // Another moderator may.
    expect(await apiOf(other).moderation.act({ reportId: aboutModerator, action: "DISMISS", reason })).toEqual({ status: "DISMISSED" });
  });

  it("is NOT_FOUND to members who are not moderators, and asks anonymous callers to sign in", async () => {
    const [reporter, reported] = await Promise.all([createMember(db), createMember(db)]);
    const reportId = await reportAbout(reporter, reported);
    for (const api of [apiOf(reporter), apiOf(reported)]) {
      await expect(api.moderation.queue({ page: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.moderation.report({ reportId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.moderation.act({ reportId, action: "DISMISS", reason })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.moderation.unsuspend({ memberId: reported.id, reason })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.moderation.auditLog({ page: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(callerFor().api.moderation.queue({ page: 0 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } })).toEqual({ status: "OPEN" });
  });

  it("refuses bad input with a clear message and writes nothing", async () => {
    const [reporter, reported, moderator] = await Promise.all([createMember(db), createMember(db), newModerator()]);
    const reportId = await reportAbout(reporter, reported);
    const api = apiOf(moderator);
    const bad = [
      { reportId, action: "WARN" as const, reason: "Because\u0000" },
      { reportId, action: "WARN" as const, reason: "x".repeat(2001) },
      { reportId, action: "WARN" as const, reason: "   " },
      { reportId, action: malformed<"WARN">("BAN"), reason },
      { reportId: "not a report id!", action: "WARN" as const, reason },
    ];
    for (const input of bad) await expect(api.moderation.act(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.moderation.unsuspend({ memberId: reported.id, reason: "\u0000" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.moderation.act({ reportId: "cmnosuchreport000000000000", action: "WARN", reason })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.moderationAction.count({ where: { OR: [{ reportId }, { memberId: reported.id }] } })).toBe(0);
    expect(await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } })).toEqual({ status: "OPEN" });
  });
});

describe("moderation.report and moderation.queue", () => {
  it("shows the report with only what it concerns: names, the request note, prior actions; never an email", async () => {
    const [sam, alex] = await Promise.all([onboardedMember(db, {}, { displayName: "Sam" }), onboardedMember(db, {}, { displayName: "Alex" })]);
    const { requestId, sender, recipient } = await newPartnership(db, { sender: sam, recipient: alex });
    await db.matchRequest.update({ where: { id: requestId }, data: { note: "You owe me a chat." } });
    const [moderator, earlier] = await Promise.all([newModerator("Riley"), newModerator()]);
    await apiOf(recipient).reports.create({ memberId: sender.id, about: "REQUEST_NOTE", id: requestId, category: "ROMANTIC_OR_SEXUAL_PRESSURE", details: "This felt like pressure." });
    const reportId = (await db.report.findFirstOrThrow({ where: { reporterId: recipient.id }, select: { id: true } })).id;
    const olderReport = await reportAbout(recipient, sender);
    await apiOf(earlier).moderation.act({ reportId: olderReport, action: "WARN", reason: "First warning." });

    const seen = await apiOf(moderator).moderation.report({ reportId });
    expect(seen).toMatchObject({
      status: "OPEN",
      category: "ROMANTIC_OR_SEXUAL_PRESSURE",
      details: "This felt like pressure.",
      subject: "REQUEST_NOTE",
      reporterName: "Alex",
      reported: { id: sender.id, name: "Sam", status: "ACTIVE" },
      context: { kind: "REQUEST_NOTE", note: "You owe me a chat.", sentByReported: true },
      history: [{ type: "WARN", reason: "First warning.", reportId: olderReport }],
    });
    const text = JSON.stringify(seen);
    for (const email of [sender.email, recipient.email]) expect(text).not.toContain(email);
  });

  it("shows a partnership's status and the kinds of step on its timeline, and an agreement's section text", async () => {
    const { partnershipId, sender, recipient } = await newPartnership(db);
    await proposeCurrent(sender, partnershipId);
    const moderator = await newModerator();
    await apiOf(recipient).reports.create({ memberId: sender.id, about: "PARTNERSHIP", id: partnershipId, category: "OTHER", details: "Odd." });
    await apiOf(recipient).reports.create({ memberId: sender.id, about: "AGREEMENT", id: partnershipId, category: "OTHER", details: "Odd text." });
    const reports = await db.report.findMany({ where: { reporterId: recipient.id }, select: { id: true, subject: true } });
    const bySubject = Object.fromEntries(reports.map((r) => [r.subject, r.id]));

    const partnership = await apiOf(moderator).moderation.report({ reportId: bySubject.PARTNERSHIP! });
    expect(partnership.context).toEqual({ kind: "PARTNERSHIP", status: "DRAFTING", timeline: [{ type: "CREATED", at: expect.any(Date) }, { type: "AGREEMENT_PROPOSED", at: expect.any(Date) }] });
    const agreement = await apiOf(moderator).moderation.report({ reportId: bySubject.AGREEMENT! });
    expect(agreement.context).toMatchObject({ kind: "AGREEMENT", sections: expect.arrayContaining([expect.objectContaining({ title: expect.any(String), text: expect.any(String) })]) });
  });

  it("shows only what the reported member shared in the reported check-in: never their private parts, never the reporter's answers", async () => {
    const { partnershipId, a, b } = await checkInPartnership(db);
    const start = lastStarted();
    const { checkInId } = await apiOf(a).checkIns.log(logLatestInput(partnershipId, start));
    const secrets = ["Kept this about my debts to myself.", "A private win nobody should read.", "Private plan for Monday."];
    await apiOf(b).checkIns.answer({
      ...answerInput(partnershipId, checkInId),
      answers: [
        { text: "You should do what I tell you.", private: false },
        { text: secrets[0]!, private: true },
      ],
      moodPrivate: true,
      win: secrets[1]!,
      winPrivate: true,
      nextCommitment: secrets[2]!,
      nextCommitmentPrivate: true,
      commitmentsDone: [0],
    });
    const reportersOwn = "The reporter's own answer, for their partner only.";
    await apiOf(a).checkIns.answer({ ...answerInput(partnershipId, checkInId), answers: checkInQuestions.map(() => ({ text: reportersOwn, private: false })) });
    await apiOf(a).reports.create({ memberId: b.id, about: "CHECK_IN_ANSWER", id: checkInId, category: "MANIPULATION_OR_COERCION", details: "Pushy." });
    const report = await db.report.findFirstOrThrow({ where: { reporterId: a.id }, select: { id: true } });
    const moderator = await newModerator();

    const seen = await apiOf(moderator).moderation.report({ reportId: report.id });
    expect(seen.context).toEqual({
      kind: "CHECK_IN_ANSWER",
      plannedFor: start,
      shared: {
        answers: [{ question: checkInQuestions[0], text: "You should do what I tell you." }],
        feelings: null,
        win: null,
        nextCommitment: null,
        commitmentsDone: [goalsOfB[0]],
        updatedAt: expect.any(Date),
      },
    });
    const everything = JSON.stringify(seen);
    for (const text of [...secrets, reportersOwn]) expect(everything).not.toContain(text);

    // Once the answer is gone (the member deleted it with their account), nothing of it is shown.
    await db.checkInAnswer.deleteMany({ where: { checkInId, memberId: b.id } });
    expect((await apiOf(moderator).moderation.report({ reportId: report.id })).context).toEqual({ kind: "UNAVAILABLE" });
  });

  it("lists open reports first, the longest waiting at the top, then decided ones; and the audit log newest first", async () => {
    const [reporter, reported, moderator] = await Promise.all([createMember(db), createMember(db), newModerator()]);
    const older = await reportAbout(reporter, reported);
    const newer = await reportAbout(reporter, reported);
    const decided = await reportAbout(reporter, reported);
    await apiOf(moderator).moderation.act({ reportId: decided, action: "DISMISS", reason: "Duplicate." });

    const ids: string[] = [];
    for (let page = 0; page < 100; page++) {
      const result = await apiOf(moderator).moderation.queue({ page });
      expect(result.items.length).toBeLessThanOrEqual(25);
      ids.push(...result.items.map((item) => item.id));
      if (!result.hasMore) break;
    }
    expect(ids.indexOf(older)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(older)).toBeLessThan(ids.indexOf(newer));
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(decided));

    const log = await apiOf(moderator).moderation.auditLog({ page: 0 });
    expect(log.items.find((entry) => entry.reportId === decided)).toMatchObject({ type: "DISMISS", reason: "Duplicate.", moderatorName: "Mod", memberName: "Test Member" });
    const times = log.items.map((entry) => entry.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
