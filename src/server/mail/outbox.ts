import "server-only";
import type { Db, Tx } from "@/server/db/client";
import { sendInTransaction } from "@/server/jobs/boss";
import { renderEmailHtml } from "./html/render";
import { mailQueues } from "./queues";
import { log } from "@/server/log";
import type { CalendarPart, MailTransport, OutgoingEmail } from "./transport";

const maxAttempts = 5;

/**
 * Writes the email in the caller's transaction and enqueues its delivery job in the same one. With
 * `notBefore` (quiet hours) the job starts then; account and security emails never pass one.
 */
export async function queueEmail(
  tx: Tx,
  email: OutgoingEmail & { memberId?: string | null; notBefore?: Date | null; calendarUid?: string | null },
): Promise<string> {
  const notBefore = email.notBefore ?? null;
  const row = await tx.emailOutbox.create({
    data: {
      memberId: email.memberId ?? null,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
      notBefore,
      ...(email.calendar ? { calendarText: email.calendar.content, calendarMethod: email.calendar.method, calendarUid: email.calendarUid ?? null } : {}),
    },
    select: { id: true },
  });
  await sendInTransaction(tx, mailQueues.sendEmail, { id: row.id }, { singletonKey: row.id, ...(notBefore ? { startAfter: notBefore } : {}) });
  return row.id;
}

export type DeliveryResult = "sent" | "skipped" | "deferred" | "failed";

/**
 * Delivers one outbox email: the row is locked while sending, so a job that runs twice (a retry,
 * two workers) finds it SENT, or locked and skips it. A crash after the SMTP server accepted the
 * email but before the commit leaves it PENDING, to be sent again: at least once, never lost.
 * A job that runs before the email's `notBefore` leaves it pending for the sweep to send later.
 * The HTML part is rendered here, in the worker, from the same text (see ./html/render.tsx).
 */
export async function deliverEmail(db: Db, id: string, transport: MailTransport, now = new Date()): Promise<DeliveryResult> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<
        {
          id: string;
          toAddress: string;
          subject: string;
          textBody: string;
          htmlBody: string | null;
          attempts: number;
          notBefore: Date | null;
          calendarText: string | null;
          calendarMethod: CalendarPart["method"] | null;
        }[]
      >`
        SELECT id, "toAddress", subject, "textBody", "htmlBody", attempts, "notBefore", "calendarText", "calendarMethod"::text AS "calendarMethod" FROM email_outbox
        WHERE id = ${id} AND status = 'PENDING' FOR UPDATE SKIP LOCKED`;
      const email = rows[0];
      if (!email) return "skipped";
      if (email.notBefore && email.notBefore > now) return "deferred";
      try {
        const html = email.htmlBody ?? (await renderEmailHtml({ subject: email.subject, text: email.textBody }));
        const calendar = email.calendarText && email.calendarMethod ? { method: email.calendarMethod, content: email.calendarText } : null;
        await transport.send({ to: email.toAddress, subject: email.subject, text: email.textBody, html, calendar });
      } catch (error) {
        const attempts = email.attempts + 1;
        await tx.emailOutbox.update({
          where: { id },
          data: { attempts, status: attempts >= maxAttempts ? "FAILED" : "PENDING", lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown" },
        });
        log.warn({ emailId: id, attempts }, "email delivery failed");
        return "failed";
      }
      await tx.emailOutbox.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), attempts: email.attempts + 1, transport: transport.name } });
      log.info({ emailId: id, transport: transport.name }, "email sent");
      return "sent";
    },
    { timeout: 60_000 },
  );
}

/** Pending emails whose job was lost (or whose last attempt failed, or ran early), oldest first, bounded. */
export async function pendingEmailIds(db: Db, olderThan: Date, limit = 100, now = new Date()): Promise<string[]> {
  const rows = await db.emailOutbox.findMany({
    where: { status: "PENDING", updatedAt: { lt: olderThan }, OR: [{ notBefore: null }, { notBefore: { lte: now } }] },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
