import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor } from "@/test/callers";
import { createMember, testPassword, uniqueEmail } from "@/test/factories";
import { lastEmailTo, tokenFromEmail } from "@/test/mail";
import { promoteToModerator } from "./roles";
import { authenticate, currentSession, endSession } from "./service";

const db = getDb();
const newPassword = "harbor-lantern-quiet-73";
const ip = () => callerFor().ctx.ip;
/** A session id as sign-in puts in the token. */
const sid = "test-session-id";

describe("authenticate (sign-in)", () => {
  it("signs in with the right password and carries id, role and session version", async () => {
    const member = await createMember(db);
    expect(await authenticate(db, { email: member.email, password: testPassword }, ip())).toEqual({
      ok: true,
      member: { id: member.id, role: "MEMBER", sessionVersion: 0 },
    });
  });

  it("answers a wrong password, an unknown email, a deleted account and a suspended one with a wrong password the same way", async () => {
    const member = await createMember(db);
    const suspended = await createMember(db);
    const deleted = await createMember(db);
    await db.member.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    await db.member.update({ where: { id: deleted.id }, data: { status: "DELETED" } });
    const answers = await Promise.all([
      authenticate(db, { email: member.email, password: "not-the-password-1" }, ip()),
      authenticate(db, { email: uniqueEmail("nobody"), password: testPassword }, ip()),
      authenticate(db, { email: deleted.email, password: testPassword }, ip()),
      authenticate(db, { email: suspended.email, password: "not-the-password-1" }, ip()),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("tells a suspended member so, but only when their password is right", async () => {
    const suspended = await createMember(db);
    await db.member.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    expect(await authenticate(db, { email: suspended.email, password: testPassword }, ip())).toEqual({ ok: false, reason: "suspended" });
  });

  it("locks an account for 15 minutes after 5 failures, even for the right password, registered or not", async () => {
    const member = await createMember(db);
    const unknown = uniqueEmail("ghost");
    for (let i = 0; i < 5; i++) {
      await authenticate(db, { email: member.email, password: `wrong-${i}-password` }, ip());
      await authenticate(db, { email: unknown, password: `wrong-${i}-password` }, ip());
    }
    const locked = await authenticate(db, { email: member.email, password: testPassword }, ip());
    expect(locked).toMatchObject({ ok: false, reason: "rate-limited" });
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await authenticate(db, { email: unknown, password: testPassword }, ip())).toMatchObject({ ok: false, reason: "rate-limited" });
  });

  it("blocks a network after 20 failures across accounts", async () => {
    const address = ip();
    for (let i = 0; i < 20; i++) await authenticate(db, { email: uniqueEmail("spray"), password: "wrong-password-1" }, address);
    const member = await createMember(db);
    expect(await authenticate(db, { email: member.email, password: testPassword }, address)).toMatchObject({ reason: "rate-limited" });
    expect(await authenticate(db, { email: member.email, password: testPassword }, ip())).toMatchObject({ ok: true });
  });

  it("forgets an account's failures once it signs in", async () => {
    const member = await createMember(db);
    for (let i = 0; i < 4; i++) await authenticate(db, { email: member.email, password: "wrong-password-1" }, ip());
    expect(await authenticate(db, { email: member.email, password: testPassword }, ip())).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await authenticate(db, { email: member.email, password: "wrong-password-1" }, ip());
    expect(await authenticate(db, { email: member.email, password: testPassword }, ip())).toMatchObject({ ok: true });
  });
});

describe("session revocation", () => {
  it("ends sessions of suspended and deleted members on their next request", async () => {
    const member = await createMember(db);
    expect(await currentSession(db, member.id, 0, sid)).not.toBeNull();
    await db.member.update({ where: { id: member.id }, data: { status: "SUSPENDED" } });
    expect(await currentSession(db, member.id, 0, sid)).toBeNull();
    await db.member.update({ where: { id: member.id }, data: { status: "DELETED" } });
    expect(await currentSession(db, member.id, 0, sid)).toBeNull();
    expect(await currentSession(db, "no-such-member", 0, sid)).toBeNull();
  });

  it("signing out ends that session on the server: its token is refused afterwards, other sessions stand", async () => {
    const member = await createMember(db);
    const [mine, other] = ["session-mine-" + member.id, "session-other-" + member.id];
    const expiresAt = new Date(Date.now() + 60 * 60_000);
    expect(await currentSession(db, member.id, 0, mine)).not.toBeNull();
    await endSession(db, { sessionId: mine, memberId: member.id, expiresAt });
    expect(await currentSession(db, member.id, 0, mine)).toBeNull();
    expect(await currentSession(db, member.id, 0, other)).not.toBeNull();
    // Signing out twice (two tabs) is harmless.
    await Promise.all([endSession(db, { sessionId: mine, memberId: member.id, expiresAt }), endSession(db, { sessionId: mine, memberId: member.id, expiresAt })]);
    expect(await db.endedSession.count({ where: { memberId: member.id } })).toBe(1);
  });

  it("forgets ended sessions once their tokens would have expired anyway", async () => {
    const member = await createMember(db);
    await db.endedSession.create({ data: { id: `expired-${member.id}`, memberId: member.id, expiresAt: new Date(Date.now() - 1000) } });
    await endSession(db, { sessionId: `fresh-${member.id}`, memberId: member.id, expiresAt: new Date(Date.now() + 60_000) });
    expect((await db.endedSession.findMany({ where: { memberId: member.id } })).map((row) => row.id)).toEqual([`fresh-${member.id}`]);
  });

  it("sign out everywhere revokes every session and renews only this browser's", async () => {
    const member = await createMember(db);
    const { api, ctx } = callerFor({ member });
    expect(await api.account.signOutEverywhere()).toEqual({ status: "signed-out-elsewhere" });
    expect(ctx.renewed).toEqual([{ id: member.id, role: "MEMBER", sessionVersion: 1 }]);
    expect(await currentSession(db, member.id, 0, sid)).toBeNull();
    expect(await currentSession(db, member.id, 1, sid)).not.toBeNull();
  });

  it("asks anonymous callers to sign in", async () => {
    const { api } = callerFor();
    await expect(api.account.signOutEverywhere()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("account.changePassword", () => {
  const input = { currentPassword: testPassword, newPassword, confirmPassword: newPassword };

  it("changes the password, signs out other sessions, keeps this one and tells the member", async () => {
    const member = await createMember(db);
    const { api, ctx } = callerFor({ member });
    expect(await api.account.changePassword(input)).toEqual({ status: "changed" });
    expect(ctx.renewed).toEqual([{ id: member.id, role: "MEMBER", sessionVersion: 1 }]);
    expect(await authenticate(db, { email: member.email, password: newPassword }, ip())).toMatchObject({ ok: true });
    expect(await authenticate(db, { email: member.email, password: testPassword }, ip())).toMatchObject({ ok: false });
    expect((await lastEmailTo(member.email))?.subject).toBe("Your Tandem password was changed");
  });

  it("refuses a wrong current password next to that field and changes nothing", async () => {
    const member = await createMember(db);
    const { api, ctx } = callerFor({ member });
    await expect(api.account.changePassword({ ...input, currentPassword: "not-my-password-1" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { currentPassword: ["That isn't your current password."] },
    });
    expect(ctx.renewed).toEqual([]);
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ sessionVersion: 0, passwordHash: member.passwordHash });
  });

  it("refuses a weak or mismatched new password", async () => {
    const member = await createMember(db);
    const { api } = callerFor({ member });
    await expect(api.account.changePassword({ ...input, newPassword: "letmein123", confirmPassword: "letmein123" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.account.changePassword({ ...input, confirmPassword: "something-else-99" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).passwordHash).toBe(member.passwordHash);
  });

  it("asks anonymous callers to sign in", async () => {
    await expect(callerFor().api.account.changePassword(input)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("password reset", () => {
  it("answers registered and unknown emails the same, and emails only the registered", async () => {
    const member = await createMember(db);
    const unknown = uniqueEmail("unknown");
    const { api } = callerFor();
    expect(await api.account.requestPasswordReset({ email: member.email })).toEqual({ status: "check-inbox" });
    expect(await api.account.requestPasswordReset({ email: unknown })).toEqual({ status: "check-inbox" });
    expect((await lastEmailTo(member.email))?.subject).toBe("Reset your Tandem password");
    expect(await lastEmailTo(unknown)).toBeNull();
  });

  it("allows 3 requests per account per hour, registered or not", async () => {
    for (const email of [(await createMember(db)).email, uniqueEmail("unknown")]) {
      const { api } = callerFor();
      for (let i = 0; i < 3; i++) await api.account.requestPasswordReset({ email });
      await expect(api.account.requestPasswordReset({ email })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    }
  });

  it("sets the new password once per link, signs out every session and unlocks sign-in", async () => {
    const member = await createMember(db, { verified: false });
    for (let i = 0; i < 5; i++) await authenticate(db, { email: member.email, password: "wrong-password-1" }, ip());
    const { api } = callerFor();
    await api.account.requestPasswordReset({ email: member.email });
    const token = await tokenFromEmail(member.email, "/reset");
    expect(await api.account.resetPassword({ token, password: newPassword, confirmPassword: newPassword })).toEqual({ status: "reset" });
    const after = await db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(after.sessionVersion).toBe(1);
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await currentSession(db, member.id, 0, sid)).toBeNull();
    expect(await authenticate(db, { email: member.email, password: newPassword }, ip())).toMatchObject({ ok: true });
    await expect(api.account.resetPassword({ token, password: "another-fine-phrase-8", confirmPassword: "another-fine-phrase-8" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
  });

  it("refuses a link older than an hour, and a weak password without using the link up", async () => {
    const member = await createMember(db);
    const { api } = callerFor();
    await api.account.requestPasswordReset({ email: member.email });
    const token = await tokenFromEmail(member.email, "/reset");
    await expect(api.account.resetPassword({ token, password: "password1234", confirmPassword: "password1234" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.authToken.count({ where: { memberId: member.id, usedAt: null } })).toBe(1);
    await db.authToken.updateMany({ where: { memberId: member.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(api.account.resetPassword({ token, password: newPassword, confirmPassword: newPassword })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).passwordHash).toBe(member.passwordHash);
  });

  it("rejects a malformed email", async () => {
    await expect(callerFor().api.account.requestPasswordReset({ email: "nope" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("account.me", () => {
  it("shows a member their own account only", async () => {
    const member = await createMember(db, { verified: false });
    expect(await callerFor({ member }).api.account.me()).toMatchObject({ id: member.id, email: member.email, emailVerified: false });
  });
});

describe("promoteToModerator", () => {
  it("promotes a member by email, once", async () => {
    const member = await createMember(db);
    expect(await promoteToModerator(db, member.email.toUpperCase())).toMatchObject({ alreadyModerator: false });
    expect(await promoteToModerator(db, member.email)).toMatchObject({ alreadyModerator: true });
    expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("MODERATOR");
  });

  it("says clearly when the email is unknown or malformed", async () => {
    await expect(promoteToModerator(db, uniqueEmail("nobody"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(promoteToModerator(db, "not an email")).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
