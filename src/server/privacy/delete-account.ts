import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { verifyPassword } from "@/server/accounts/password";
import type { Db, Tx } from "@/server/db/client";
import { retryOnConflict } from "@/server/db/retry";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { endQuietly } from "@/server/partnerships/transitions";
import { closeOtherRequests } from "@/server/requests/close";
import type { zDeleteAccountInput } from "@/shared/accounts/delete-account";
import { check, consume, forget, minutes } from "@/server/accounts/rate-limits";

type DeleteAccount = z.output<typeof zDeleteAccountInput>;

/** What a deleted member is called wherever a partner's records still mention them. */
export const formerMemberName = "Former member";

/** A unique address no mail can reach (RFC 6761 reserves `.invalid`), so the real one is free to sign up again. */
export const deletedEmail = (memberId: string) => `deleted+${memberId}@invalid`;

const wrongPassword = () =>
  new AppError("BAD_INPUT", "That isn't your password. Try again, or reset your password first.", {
    fieldErrors: { password: ["That isn't your password."] },
  });

const gone = () => new AppError("NOT_FOUND", "We couldn't find your account. It may already have been deleted.");

/**
 * Deletes the member's account after they re-enter their password (PRODUCT.md §12). Their personal
 * data goes; partnerships, their timelines and agreements stay for the partner, who sees "Former
 * member". The member row itself stays, scrubbed, because those records point at it.
 */
export async function deleteAccount(db: Db, memberId: string, input: DeleteAccount): Promise<{ status: "deleted" }> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { email: true, passwordHash: true, status: true } });
  if (!member || member.status === "DELETED") throw gone();
  // The same counter as sign-in: a stolen session must not become a way to guess the password.
  const limit = await check("SIGN_IN_ACCOUNT", member.email);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", `Too many password attempts in a short time. Please wait ${minutes(limit.retryAfterSeconds)} and try again.`);
  if (!(await verifyPassword(member.passwordHash, input.password))) {
    await consume("SIGN_IN_ACCOUNT", member.email);
    throw wrongPassword();
  }

  const email = await retryOnConflict(() => db.$transaction((tx) => eraseMember(tx, memberId), { timeout: 30_000 }));
  if (!email) throw gone();

  // The counters live in their own store, outside the transaction; a crash here leaves only
  // hashed keys that expire within the hour.
  await Promise.all([
    forget("SIGN_IN_ACCOUNT", email),
    forget("RESET_ACCOUNT", email),
    forget("RESEND_VERIFICATION_ACCOUNT", memberId),
    forget("AGREEMENT_PUSH_MEMBER", memberId),
  ]);
  log.info({ memberId }, "member deleted their account");
  return { status: "deleted" };
}

/** Everything in one transaction, with the member row locked first; returns the old email, or null if it was already gone. */
async function eraseMember(tx: Tx, memberId: string, now = new Date()): Promise<string | null> {
  const locked = await tx.$queryRaw<{ email: string }[]>`SELECT email FROM member WHERE id = ${memberId} AND status <> 'DELETED' FOR UPDATE`;
  const email = locked[0]?.email;
  if (email === undefined) return null;

  await endQuietly(tx, { memberId }, now);
  await closeOtherRequests(tx, [memberId], now);
  // Notes I wrote stay only where a moderator may still need them as a report's context.
  await tx.$executeRaw`
    UPDATE match_request SET note = NULL, "updatedAt" = ${now}
    WHERE "senderId" = ${memberId} AND note IS NOT NULL
      AND id NOT IN (SELECT "subjectId" FROM report WHERE subject = 'REQUEST_NOTE' AND "subjectId" IS NOT NULL)`;

  await tx.profile.deleteMany({ where: { memberId } });
  await tx.availabilityWeek.deleteMany({ where: { memberId } });
  await tx.authToken.deleteMany({ where: { memberId } });
  await tx.calendarFeed.deleteMany({ where: { memberId } });
  await tx.endedSession.deleteMany({ where: { memberId } });
  await tx.notification.deleteMany({ where: { memberId } });
  // My check-in answers are mine; the check-in itself stays in the partner's records.
  await tx.checkInAnswer.deleteMany({ where: { memberId } });
  await tx.notificationPreferences.deleteMany({ where: { memberId } });
  await tx.block.deleteMany({ where: { OR: [{ blockerId: memberId }, { blockedId: memberId }] } });
  await scrubEmails(tx, memberId, email);

  await tx.member.update({
    where: { id: memberId },
    data: {
      email: deletedEmail(memberId),
      displayName: formerMemberName,
      timezone: "UTC",
      emailVerifiedAt: null,
      role: "MEMBER",
      // Not a hash of anything: no password can ever match it.
      passwordHash: `deleted:${randomBytes(32).toString("base64url")}`,
      status: "DELETED",
      sessionVersion: { increment: 1 },
    },
  });
  return email;
}

/** Unsent emails to the member go; sent ones keep only that an email was sent, for the delivery records. */
async function scrubEmails(tx: Tx, memberId: string, email: string): Promise<void> {
  const mine = { OR: [{ memberId }, { toAddress: email }] };
  await tx.emailOutbox.deleteMany({ where: { ...mine, status: { not: "SENT" } } });
  await tx.emailOutbox.updateMany({
    where: { ...mine, status: "SENT" },
    data: { memberId: null, toAddress: deletedEmail(memberId), subject: "(deleted)", textBody: "", htmlBody: null, lastError: null, calendarText: null, calendarUid: null },
  });
}
