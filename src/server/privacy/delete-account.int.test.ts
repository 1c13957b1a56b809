import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { suggestionsFor } from "@/server/matching/suggestions";
import { queueEmail } from "@/server/mail/outbox";
import { sendRequest } from "@/server/requests/service";
import { proposeCurrent, pushEdit } from "@/test/agreement-docs";
import { agreementText } from "@/shared/agreement/doc";
import { callerFor, malformed } from "@/test/callers";
import { createMember, testPassword } from "@/test/factories";
import { isolatedSchedule, onboardedMember } from "@/test/onboarding";
import { newPartnership } from "@/test/partners";
import { authenticate, currentSession, endSession } from "@/server/accounts/service";

const db = getDb();
const apiOf = (member: { id: string; sessionVersion?: number }) => callerFor({ member }).api;
const confirm = true as const;
const ip = () => callerFor().ctx.ip;

/** A member with a name that appears nowhere else, in a partnership with a proposed agreement and some history. */
async function partnered() {
  const name = `Wren ${randomBytes(4).toString("hex")}`;
  const hour = isolatedSchedule();
  const leaving = await onboardedMember(db, hour, { displayName: name });
  const partner = await onboardedMember(db, hour, { displayName: "Sam" });
  const { partnershipId, requestId } = await newPartnership(db, { sender: partner, recipient: leaving });
  await pushEdit(leaving, partnershipId, (doc) => agreementText(doc, "communication").insert(0, "Tuesdays at seven. "));
  const version = await proposeCurrent(leaving, partnershipId);
  return { leaving, partner, partnershipId, requestId, name, versionId: version.versionId };
}

/** Everything a deletion would write, to show a refused one wrote nothing. */
async function footprint(memberId: string) {
  const [member, profile, partnerships, notifications, emails, requests] = await Promise.all([
    db.member.findUniqueOrThrow({ where: { id: memberId }, select: { email: true, displayName: true, status: true, passwordHash: true, sessionVersion: true } }),
    db.profile.count({ where: { memberId } }),
    db.partnershipMember.findMany({ where: { memberId }, select: { status: true } }),
    db.notification.count({ where: { memberId } }),
    db.emailOutbox.count({ where: { memberId } }),
    db.matchRequest.findMany({ where: { OR: [{ senderId: memberId }, { recipientId: memberId }] }, select: { status: true, note: true } }),
  ]);
  return { member, profile, partnerships, notifications, emails, requests };
}

describe("privacy.deleteAccount", () => {
  it("refuses a wrong password with a clear error and writes nothing", async () => {
    const { leaving } = await partnered();
    const before = await footprint(leaving.id);
    const error = await apiOf(leaving).privacy.deleteAccount({ password: "not-my-password-1", confirm }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("isn't your password"), fieldErrors: { password: [expect.any(String)] } });
    expect(await footprint(leaving.id)).toEqual(before);
  });

  it("counts wrong passwords with sign-in's limit, then refuses even the right one", async () => {
    const member = await createMember(db);
    for (let i = 0; i < 5; i++) await apiOf(member).privacy.deleteAccount({ password: `wrong-password-${i}`, confirm }).catch(() => null);
    await expect(apiOf(member).privacy.deleteAccount({ password: testPassword, confirm })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("ACTIVE");
  });

  it("refuses without the confirming tick, an oversized password and a NUL byte, with field errors and nothing written", async () => {
    const member = await createMember(db);
    const before = await footprint(member.id);
    for (const input of [
      malformed<{ password: string; confirm: true }>({ password: testPassword, confirm: false }),
      malformed<{ password: string; confirm: true }>({ password: testPassword }),
      { password: "x".repeat(129), confirm },
      { password: "", confirm },
      malformed<{ password: string; confirm: true }>({ password: 42, confirm }),
    ]) {
      await expect(apiOf(member).privacy.deleteAccount(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    // A NUL byte is just a wrong password: a clear answer, never a 500.
    await expect(apiOf(member).privacy.deleteAccount({ password: `${testPassword}\u0000`, confirm })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await footprint(member.id)).toEqual(before);
  });

  it("refuses a signed-out caller", async () => {
    await expect(callerFor().api.privacy.deleteAccount({ password: testPassword, confirm })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("scrubs the member, ends the partnership quietly and leaves the partner's records intact", async () => {
    const { leaving, partner, partnershipId, name, versionId } = await partnered();
    const versionBefore = await db.agreementVersion.findUniqueOrThrow({ where: { id: versionId }, include: { signatures: true } });
    const historyBefore = await db.agreementHistoryEntry.count({ where: { draft: { partnershipId } } });
    await apiOf(leaving).calendar.rotateFeed();

    expect(await apiOf(leaving).privacy.deleteAccount({ password: testPassword, confirm })).toEqual({ status: "deleted" });

    const member = await db.member.findUniqueOrThrow({ where: { id: leaving.id } });
    expect(member).toMatchObject({ email: `deleted+${leaving.id}@invalid`, displayName: "Former member", status: "DELETED", sessionVersion: 1, emailVerifiedAt: null });
    expect(member.passwordHash).not.toMatch(/^\$argon2/);
    expect(await db.profile.count({ where: { memberId: leaving.id } })).toBe(0);
    expect(await db.matchingPool.count({ where: { memberId: leaving.id } })).toBe(0);
    expect(await db.availabilityWeek.count({ where: { memberId: leaving.id } })).toBe(0);
    expect(await db.authToken.count({ where: { memberId: leaving.id } })).toBe(0);
    expect(await db.calendarFeed.count({ where: { memberId: leaving.id } })).toBe(0);
    expect(await db.notification.count({ where: { memberId: leaving.id } })).toBe(0);

    // The partner's records: the partnership (ended quietly), its timeline, the agreement and its versions.
    const partnership = await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, include: { events: true, members: true } });
    expect(partnership.status).toBe("ENDED");
    expect(partnership.members).toHaveLength(2);
    expect(partnership.events.map((e) => e.type)).toEqual(expect.arrayContaining(["CREATED", "AGREEMENT_PROPOSED", "ENDED"]));
    const versionAfter = await db.agreementVersion.findUniqueOrThrow({ where: { id: versionId }, include: { signatures: true } });
    expect(versionAfter.content).toEqual(versionBefore.content);
    expect(versionAfter.signatures).toEqual(versionBefore.signatures);
    expect(await db.agreementHistoryEntry.count({ where: { draft: { partnershipId } } })).toBe(historyBefore);

    // Wherever the partner meets them, they read "Former member" and never the old name.
    const api = apiOf(partner);
    const views = {
      list: await api.partnerships.list(),
      page: await api.partnerships.get({ partnershipId }),
      history: await api.agreement.history({ partnershipId }),
      signing: await api.agreement.signing({ partnershipId }),
      versions: await api.agreement.versions({ partnershipId }),
      version: await api.agreement.version({ partnershipId, number: 1 }),
      notifications: await api.notifications.list(),
      requests: await api.requests.list(),
    };
    // The agreement's own text may quote the old name (the prefill wrote it into the partner's
    // goals); that text is the partner's signed record and stays as it is. Every name Tandem puts
    // beside it is read now, and reads "Former member".
    const { history, version, signing, ...elsewhere } = views;
    for (const [view, value] of Object.entries(elsewhere)) expect(JSON.stringify(value), view).not.toContain(name);
    expect(JSON.stringify(views.page)).toContain("Former member");
    expect(JSON.stringify(views.notifications)).toContain("former member");
    expect(history.entries.find((e) => e.author.kind === "partner")?.author).toEqual({ kind: "partner", name: "Former member" });
    expect(history.entries.map((e) => e.sectionLabel).join(" ")).not.toContain(name);
    expect(JSON.stringify(version.meta)).not.toContain(name);
    expect(JSON.stringify(version.meta)).toContain("Former member");
    // Their proposal was waiting for the partner's signature: the ending closed it unsigned, with their signature kept.
    expect(signing).toMatchObject({ phase: "ENDED", proposal: null });
    expect(version.meta.standing.status).toBe("ENDED_UNSIGNED");
    expect(Object.values(version.meta.signedAt)).toHaveLength(1);
  });

  it("signs them out for good: old sessions refused, sign-in fails, and the email can sign up again", async () => {
    const member = await onboardedMember(db);
    const sessionId = `sid-${randomBytes(6).toString("hex")}`;
    expect(await currentSession(db, member.id, 0, sessionId)).not.toBeNull();
    await apiOf(member).privacy.deleteAccount({ password: testPassword, confirm });

    expect(await currentSession(db, member.id, 0, sessionId)).toBeNull();
    expect(await currentSession(db, member.id, 1, sessionId)).toBeNull();
    expect(await authenticate(db, { email: member.email, password: testPassword }, ip())).toEqual({ ok: false, reason: "invalid" });
    // Signing this browser out afterwards records nothing about the deleted member.
    await endSession(db, { sessionId, memberId: member.id, expiresAt: new Date(Date.now() + 60_000) });
    expect(await db.endedSession.count({ where: { memberId: member.id } })).toBe(0);
    await expect(apiOf({ id: member.id, sessionVersion: 1 }).privacy.deleteAccount({ password: testPassword, confirm })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await callerFor().api.account.signUp({
      email: member.email,
      password: "lantern-harbor-quiet-73",
      confirmPassword: "lantern-harbor-quiet-73",
      displayName: "Back again",
      timezone: "Europe/Berlin",
      ageConfirmed: true,
    });
    const fresh = await db.member.findUniqueOrThrow({ where: { email: member.email } });
    expect(fresh.id).not.toBe(member.id);
    expect(fresh.displayName).toBe("Back again");
  });

  it("drops unsent email to them, scrubs sent email, and leaves them out of everyone's suggestions", async () => {
    const hour = isolatedSchedule();
    const member = await onboardedMember(db, hour);
    const stranger = await onboardedMember(db, hour);
    expect((await suggestionsFor(db, stranger.id)).suggestions.map((s) => s.memberId)).toContain(member.id);
    await db.$transaction((tx) => queueEmail(tx, { memberId: member.id, to: member.email, subject: "Waiting", text: "Hi" }));
    const sent = await db.$transaction((tx) => queueEmail(tx, { memberId: member.id, to: member.email, subject: "Sent", text: "Hi there" }));
    await db.emailOutbox.update({ where: { id: sent }, data: { status: "SENT", sentAt: new Date() } });

    await apiOf(member).privacy.deleteAccount({ password: testPassword, confirm });

    expect(await db.emailOutbox.count({ where: { toAddress: member.email } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { memberId: member.id } })).toBe(0);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: sent } })).toMatchObject({ status: "SENT", textBody: "", subject: "(deleted)" });
    expect((await suggestionsFor(db, stranger.id)).suggestions.map((s) => s.memberId)).not.toContain(member.id);
  });

  it("closes pending requests both ways, clears notes they wrote, and removes blocks made and received", async () => {
    const hour = isolatedSchedule();
    const member = await onboardedMember(db, hour);
    const [to, from, blocker] = [await onboardedMember(db, hour), await onboardedMember(db, hour), await createMember(db)];
    const out = await sendRequest(db, member.id, { recipientId: to.id, note: "Hello from me" });
    const incoming = await sendRequest(db, from.id, { recipientId: member.id, note: "Hello to you" });
    await db.block.createMany({ data: [{ blockerId: member.id, blockedId: blocker.id }, { blockerId: blocker.id, blockedId: member.id }] });

    await apiOf(member).privacy.deleteAccount({ password: testPassword, confirm });

    expect(await db.matchRequest.findUniqueOrThrow({ where: { id: out.requestId } })).toMatchObject({ status: "CLOSED", note: null });
    expect(await db.matchRequest.findUniqueOrThrow({ where: { id: incoming.requestId } })).toMatchObject({ status: "CLOSED", note: "Hello to you" });
    expect(await db.block.count({ where: { OR: [{ blockerId: member.id }, { blockedId: member.id }] } })).toBe(0);
    expect(await db.matchingPool.findUnique({ where: { memberId: to.id }, select: { pendingIncoming: true } })).toMatchObject({ pendingIncoming: 0 });
  });

  it("deletes once when asked twice at the same moment", async () => {
    const { leaving, partnershipId } = await partnered();
    const results = await Promise.allSettled([0, 1].map(() => apiOf(leaving).privacy.deleteAccount({ password: testPassword, confirm })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "NOT_FOUND" } });
    const ended = await db.partnershipEvent.count({ where: { partnershipId, type: "ENDED" } });
    expect(ended).toBe(1);
    expect((await db.member.findUniqueOrThrow({ where: { id: leaving.id } })).sessionVersion).toBe(1);
  });
});
