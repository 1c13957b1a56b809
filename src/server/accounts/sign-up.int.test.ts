import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor, malformed } from "@/test/callers";
import { createMember, uniqueEmail } from "@/test/factories";
import { lastEmailTo, tokenFromEmail } from "@/test/mail";

const db = getDb();
const password = "violet-tractor-lemon-swim";
const signUpInput = (email: string) => ({ email, password, confirmPassword: password, displayName: "Robin", timezone: "Asia/Kolkata", ageConfirmed: true as const });

describe("account.signUp", () => {
  it("creates an unverified member and emails a verification link", async () => {
    const email = uniqueEmail("new");
    const { api } = callerFor();
    expect(await api.account.signUp(signUpInput(email.toUpperCase()))).toEqual({ status: "check-inbox" });
    const member = await db.member.findUniqueOrThrow({ where: { email } });
    expect(member).toMatchObject({ displayName: "Robin", timezone: "Asia/Kolkata", emailVerifiedAt: null, role: "MEMBER" });
    expect(member.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const email_ = await lastEmailTo(email);
    expect(email_?.subject).toBe("Confirm your email for Tandem");
    // A member anywhere finds the crisis lines of their own country, not only the US ones.
    expect(email_?.textBody).toMatch(/local emergency number now\. Crisis lines for where you live: http\S+\/help$/);
  });

  it("answers an already registered email exactly like a new one, and tells the owner instead", async () => {
    const existing = await createMember(db);
    const before = await db.member.findUniqueOrThrow({ where: { id: existing.id } });
    const { api } = callerFor();
    expect(await api.account.signUp(signUpInput(existing.email))).toEqual({ status: "check-inbox" });
    expect(await db.member.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
    expect((await lastEmailTo(existing.email))?.subject).toBe("Someone tried to sign up to Tandem with your email");
  });

  it("creates one member when the same email signs up twice at once", async () => {
    const email = uniqueEmail("twice");
    const results = await Promise.all([callerFor().api.account.signUp(signUpInput(email)), callerFor().api.account.signUp(signUpInput(email))]);
    expect(results).toEqual([{ status: "check-inbox" }, { status: "check-inbox" }]);
    expect(await db.member.count({ where: { email } })).toBe(1);
  });

  it.each([
    ["a weak password", { password: "password123", confirmPassword: "password123" }, "password"],
    ["mismatched confirmation", { confirmPassword: "violet-tractor-lemon-swam" }, "confirmPassword"],
    ["a malformed email", { email: "robin@" }, "email"],
    ["an over-long name", { displayName: "R".repeat(51) }, "displayName"],
    ["an unknown timezone", { timezone: "Europe/Atlantis" }, "timezone"],
    ["no 18+ confirmation", { ageConfirmed: false }, "ageConfirmed"],
  ])("rejects %s with a field error and writes nothing", async (_label, change, field) => {
    const email = uniqueEmail("bad");
    const { api } = callerFor();
    const error = await api.account.signUp(malformed({ ...signUpInput(email), ...change })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(JSON.stringify((error as { cause?: { issues?: { path: string[] }[] } }).cause?.issues?.map((i) => i.path))).toContain(field);
    expect(await db.member.count({ where: { email } })).toBe(0);
    expect(await lastEmailTo(email)).toBeNull();
  });

  it("allows 5 sign-ups per network per hour", async () => {
    const { ctx } = callerFor();
    const api = callerFor({ ip: ctx.ip }).api;
    for (let i = 0; i < 5; i++) await api.account.signUp(signUpInput(uniqueEmail("burst")));
    const blocked = uniqueEmail("blocked");
    await expect(api.account.signUp(signUpInput(blocked))).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await db.member.count({ where: { email: blocked } })).toBe(0);
    await expect(callerFor().api.account.signUp(signUpInput(blocked))).resolves.toEqual({ status: "check-inbox" });
  });
});

describe("account.verifyEmail", () => {
  async function signedUp() {
    const email = uniqueEmail("verify");
    await callerFor().api.account.signUp(signUpInput(email));
    return { email, token: await tokenFromEmail(email, "/verify") };
  }

  it("verifies the email once; the link cannot be used again", async () => {
    const { email, token } = await signedUp();
    const { api } = callerFor();
    expect(await api.account.verifyEmail({ token })).toEqual({ status: "verified" });
    expect((await db.member.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeInstanceOf(Date);
    await expect(api.account.verifyEmail({ token })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("lets exactly one of two simultaneous uses of a link succeed", async () => {
    const { token } = await signedUp();
    const results = await Promise.allSettled([callerFor().api.account.verifyEmail({ token }), callerFor().api.account.verifyEmail({ token })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("refuses a link older than 24 hours", async () => {
    const { email, token } = await signedUp();
    await db.authToken.updateMany({ where: { member: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(callerFor().api.account.verifyEmail({ token })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await db.member.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
  });

  it("refuses a reset token used as a verification link, and garbage", async () => {
    const member = await createMember(db, { verified: false });
    await callerFor().api.account.requestPasswordReset({ email: member.email });
    const resetToken = await tokenFromEmail(member.email, "/reset");
    await expect(callerFor().api.account.verifyEmail({ token: resetToken })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(callerFor().api.account.verifyEmail({ token: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor().api.account.verifyEmail({ token: "x".repeat(201) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("account.resendVerification", () => {
  it("sends a fresh link to an unverified member, at most 3 an hour", async () => {
    const member = await createMember(db, { verified: false });
    const { api } = callerFor({ member });
    for (let i = 0; i < 3; i++) expect(await api.account.resendVerification()).toEqual({ status: "sent" });
    await expect(api.account.resendVerification()).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const token = await tokenFromEmail(member.email, "/verify");
    await expect(callerFor().api.account.verifyEmail({ token })).resolves.toEqual({ status: "verified" });
  });

  it("tells a verified member there is nothing to do", async () => {
    const member = await createMember(db);
    expect(await callerFor({ member }).api.account.resendVerification()).toEqual({ status: "already-verified" });
  });

  it("asks anonymous callers to sign in", async () => {
    await expect(callerFor().api.account.resendVerification()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
