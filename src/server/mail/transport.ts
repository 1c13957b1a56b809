import "server-only";
import nodemailer from "nodemailer";

/** A check-in invitation or cancellation that rides along as the email's `text/calendar; method=…` part. */
export type CalendarPart = { method: "REQUEST" | "CANCEL"; content: string };
export type OutgoingEmail = { to: string; subject: string; text: string; html?: string | null; calendar?: CalendarPart | null };
/** Delivers one email or throws. `name` is recorded on the outbox row. */
export type MailTransport = { name: "smtp" | "dev-mailbox"; send: (email: OutgoingEmail) => Promise<void> };

/** The dev mailbox "delivers" by leaving the row marked as sent; /dev/mailbox reads those rows. */
const devMailbox: MailTransport = { name: "dev-mailbox", send: async () => {} };

let smtp: MailTransport | undefined;

export function mailTransport(): MailTransport {
  const url = process.env.SMTP_URL;
  if (!url) {
    // Real-deployment mode serves no dev mailbox: an email "sent" there would be lost. Throwing
    // leaves it pending, and the job retries.
    if (process.env.APP_ENV === "production") throw new Error("SMTP_URL is required when APP_ENV=production.");
    return devMailbox;
  }
  if (!smtp) {
    const transporter = nodemailer.createTransport(url);
    const from = process.env.MAIL_FROM ?? "Tandem <hello@tandem.local>";
    smtp = {
      name: "smtp",
      send: async (email) => {
        await transporter.sendMail({
          from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html ?? undefined,
          // An alternative part calendar apps read as an invitation (or its cancellation).
          ...(email.calendar ? { icalEvent: { method: email.calendar.method, content: email.calendar.content } } : {}),
        });
      },
    };
  }
  return smtp;
}
