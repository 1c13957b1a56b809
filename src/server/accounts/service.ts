import "server-only";
import { randomBytes } from "node:crypto";
import { cache } from "react";
import { hashPassword, verifyPassword } from "@/server/accounts/password";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { queueEmail } from "@/server/mail/outbox";
import { Prisma } from "@/generated/prisma/client";
import { alreadyRegisteredEmail, passwordChangedEmail, resetEmail, verificationEmail } from "./emails";
import { check, consume, forget, minutes } from "./rate-limits";
import type { zChangePasswordInput, zSignInInput, zSignUpInput } from "@/shared/accounts/schemas";
import { issueToken, redeemToken } from "./tokens";
import type { z } from "zod";

type SignUp = z.output<typeof zSignUpInput>;
type SignIn = z.output<typeof zSignInInput>;
type ChangePassword = z.output<typeof zChangePasswordInput>;

/** A real argon2id hash of a random password: unknown emails cost the same time as known ones. */
let dummyHash: Promise<string> | undefined;
const timingDummy = () => (dummyHash ??= hashPassword(`no-such-member-${Math.random()}`));

function rateLimited(retryAfterSeconds: number, what: string): AppError {
  return new AppError("RATE_LIMITED", `Too many ${what} in a short time. Please wait ${minutes(retryAfterSeconds)} and try again.`);
}

const linkProblem = () => new AppError("PRECONDITION", "This link has expired or has already been used. You can ask for a new one.");

/** Sign-up answers the same whether or not the email is registered (PRODUCT.md decisions). */
export async function signUp(db: Db, input: SignUp, ip: string): Promise<{ status: "check-inbox" }> {
  const limit = await consume("SIGN_UP_IP", ip);
  if (!limit.allowed) throw rateLimited(limit.retryAfterSeconds, "sign-ups from this network");

  const existing = await db.member.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    await timingDummy().then((hash) => verifyPassword(hash, input.password));
    await db.$transaction((tx) => queueEmail(tx, { memberId: existing.id, ...alreadyRegisteredEmail(input.email) }));
    return { status: "check-inbox" };
  }
  const passwordHash = await hashPassword(input.password);
  try {
    await db.$transaction(async (tx) => {
      const member = await tx.member.create({
        data: { email: input.email, passwordHash, displayName: input.displayName, timezone: input.timezone },
        select: { id: true },
      });
      const token = await issueToken(tx, member.id, "VERIFY_EMAIL");
      await queueEmail(tx, { memberId: member.id, ...verificationEmail(input.email, input.displayName, token) });
    });
    log.info("member signed up");
  } catch (error) {
    // Two sign-ups with one email at once: the second finds the first's row, as above.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  return { status: "check-inbox" };
}

export async function verifyEmail(db: Db, token: string): Promise<{ status: "verified" }> {
  const verified = await db.$transaction(async (tx) => {
    const memberId = await redeemToken(tx, token, "VERIFY_EMAIL");
    if (!memberId) return false;
    await tx.member.updateMany({ where: { id: memberId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    return true;
  });
  if (!verified) throw linkProblem();
  return { status: "verified" };
}

export async function resendVerification(db: Db, memberId: string): Promise<{ status: "sent" | "already-verified" }> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { email: true, displayName: true, emailVerifiedAt: true } });
  if (!member) throw new AppError("NOT_FOUND", "We couldn't find your account.");
  if (member.emailVerifiedAt) return { status: "already-verified" };
  const limit = await consume("RESEND_VERIFICATION_ACCOUNT", memberId);
  if (!limit.allowed) throw rateLimited(limit.retryAfterSeconds, "confirmation emails");
  await db.$transaction(async (tx) => {
    const token = await issueToken(tx, memberId, "VERIFY_EMAIL");
    await queueEmail(tx, { memberId, ...verificationEmail(member.email, member.displayName, token) });
  });
  return { status: "sent" };
}

/** Same answer for registered and unknown emails; the limit counts per address either way. */
export async function requestPasswordReset(db: Db, email: string): Promise<{ status: "check-inbox" }> {
  const limit = await consume("RESET_ACCOUNT", email);
  if (!limit.allowed) throw rateLimited(limit.retryAfterSeconds, "reset requests for this email");
  const member = await db.member.findUnique({ where: { email }, select: { id: true, displayName: true, status: true } });
  if (member && member.status === "ACTIVE") {
    await db.$transaction(async (tx) => {
      const token = await issueToken(tx, member.id, "RESET_PASSWORD");
      await queueEmail(tx, { memberId: member.id, ...resetEmail(email, member.displayName, token) });
    });
  }
  return { status: "check-inbox" };
}

/** Sets a new password from an emailed link and signs the member out everywhere. */
export async function resetPassword(db: Db, input: { token: string; password: string }): Promise<{ status: "reset" }> {
  const passwordHash = await hashPassword(input.password);
  const email = await db.$transaction(async (tx) => {
    const memberId = await redeemToken(tx, input.token, "RESET_PASSWORD");
    if (!memberId) return null;
    const member = await tx.member.update({
      where: { id: memberId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true, displayName: true, emailVerifiedAt: true },
    });
    // The link reached their inbox, which proves the address too.
    if (!member.emailVerifiedAt) await tx.member.update({ where: { id: memberId }, data: { emailVerifiedAt: new Date() } });
    await tx.authToken.updateMany({ where: { memberId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: new Date() } });
    await queueEmail(tx, { memberId, ...passwordChangedEmail(member.email, member.displayName) });
    return member.email;
  });
  if (!email) throw linkProblem();
  // Whoever was locked out by failed sign-ins has now proved they own the account.
  await forget("SIGN_IN_ACCOUNT", email);
  return { status: "reset" };
}

export type AuthenticatedMember = { id: string; role: "MEMBER" | "MODERATOR"; sessionVersion: number };
export type AuthenticationResult = { ok: true; member: AuthenticatedMember } | { ok: false; reason: "invalid" | "rate-limited" | "suspended"; retryAfterSeconds?: number };

/**
 * Checks a sign-in. Unknown email, wrong password and a deleted account all answer "invalid". A
 * suspended member is told so, but only with the right password: without it the answer is
 * "invalid" like any other, so nobody learns an account is suspended by guessing.
 */
export async function authenticate(db: Db, input: SignIn, ip: string): Promise<AuthenticationResult> {
  for (const [name, key] of [["SIGN_IN_ACCOUNT", input.email], ["SIGN_IN_IP", ip]] as const) {
    const verdict = await check(name, key);
    if (!verdict.allowed) return { ok: false, reason: "rate-limited", retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const member = await db.member.findUnique({
    where: { email: input.email },
    select: { id: true, role: true, status: true, sessionVersion: true, passwordHash: true },
  });
  const passwordOk = await verifyPassword(member?.passwordHash ?? (await timingDummy()), input.password);
  if (!member || !passwordOk || member.status === "DELETED") {
    await Promise.all([consume("SIGN_IN_ACCOUNT", input.email), consume("SIGN_IN_IP", ip)]);
    return { ok: false, reason: "invalid" };
  }
  await forget("SIGN_IN_ACCOUNT", input.email);
  if (member.status === "SUSPENDED") return { ok: false, reason: "suspended" };
  return { ok: true, member: { id: member.id, role: member.role, sessionVersion: member.sessionVersion } };
}

/** Whether a session issued with `sessionVersion` still stands: active member, not revoked since. */
export async function currentSession(db: Db, memberId: string, sessionVersion: number, sessionId: string): Promise<AuthenticatedMember | null> {
  // One statement (Prisma would read the ended sessions in a second): this runs on every request.
  const rows = await db.$queryRaw<Pick<AuthenticatedMember, "id" | "role">[]>`
    SELECT m.id, m.role::text AS role FROM member m
    WHERE m.id = ${memberId} AND m.status = 'ACTIVE' AND m."sessionVersion" = ${sessionVersion}
      AND NOT EXISTS (SELECT 1 FROM ended_session e WHERE e.id = ${sessionId} AND e."memberId" = m.id)`;
  const member = rows[0];
  return member ? { id: member.id, role: member.role, sessionVersion } : null;
}

/** A fresh id for a new session token, so that this one session can be ended alone. */
export function newSessionId(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Ends one session on the server (signing out): its token is refused from now on, even if a copy
 * of the cookie survives. The record is kept until the token would have expired anyway; older
 * records are cleared on the way.
 */
export async function endSession(db: Db, session: { sessionId: string; memberId: string; expiresAt: Date }): Promise<void> {
  // A deleted account's sessions are refused by its status; recording one would keep a row about them.
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.$executeRaw`
      INSERT INTO ended_session (id, "memberId", "expiresAt")
      SELECT ${session.sessionId}, id, ${session.expiresAt} FROM member WHERE id = ${session.memberId} AND status <> 'DELETED'
      ON CONFLICT (id) DO NOTHING`,
  ]);
}

/** Revokes every session of the member; returns the new version for the current browser's session. */
export async function signOutEverywhere(db: Db, memberId: string): Promise<AuthenticatedMember> {
  const member = await db.member.update({ where: { id: memberId }, data: { sessionVersion: { increment: 1 } }, select: { id: true, role: true, sessionVersion: true } });
  return member;
}

export async function changePassword(db: Db, memberId: string, input: ChangePassword): Promise<AuthenticatedMember> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { email: true, displayName: true, passwordHash: true } });
  if (!member) throw new AppError("NOT_FOUND", "We couldn't find your account.");
  const limit = await check("SIGN_IN_ACCOUNT", member.email);
  if (!limit.allowed) throw rateLimited(limit.retryAfterSeconds, "password attempts");
  if (!(await verifyPassword(member.passwordHash, input.currentPassword))) {
    await consume("SIGN_IN_ACCOUNT", member.email);
    throw new AppError("BAD_INPUT", "That isn't your current password.", { fieldErrors: { currentPassword: ["That isn't your current password."] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.member.update({
      where: { id: memberId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, role: true, sessionVersion: true },
    });
    await queueEmail(tx, { memberId, ...passwordChangedEmail(member.email, member.displayName) });
    return updated;
  });
}

export const getMe = cache(async (db: Db, memberId: string) => {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { id: true, email: true, displayName: true, timezone: true, role: true, emailVerifiedAt: true, createdAt: true },
  });
  if (!member) throw new AppError("NOT_FOUND", "We couldn't find your account.");
  return { ...member, emailVerified: member.emailVerifiedAt !== null };
});
