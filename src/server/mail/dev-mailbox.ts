import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";

export const zDevMailboxQuery = z.object({
  to: z.email().max(254).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type DevMailboxQuery = z.infer<typeof zDevMailboxQuery>;

/** The dev mailbox exists only where no real mail goes out: local mode without SMTP. */
export function devMailboxEnabled(): boolean {
  return process.env.APP_ENV !== "production" && !process.env.SMTP_URL;
}

/**
 * Whether a client address is this machine. The mailbox holds every sign-in and reset link, enough
 * to take over any account, so only someone already at the machine may read it.
 */
export function isLoopbackAddress(ip: string): boolean {
  const v4 = ip.startsWith("::ffff:") ? ip.slice("::ffff:".length) : ip;
  return ip === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The dev mailbox for this client: local mode without SMTP, asked from this machine. */
export function devMailboxOpenTo(clientIp: string): boolean {
  return devMailboxEnabled() && isLoopbackAddress(clientIp);
}

export async function listDevMailbox(db: Db, query: DevMailboxQuery, clientIp: string) {
  if (!devMailboxOpenTo(clientIp)) throw new AppError("NOT_FOUND", "There is no dev mailbox here.");
  return db.emailOutbox.findMany({
    where: { transport: "dev-mailbox", status: "SENT", ...(query.to ? { toAddress: query.to.toLowerCase() } : {}) },
    orderBy: { sentAt: "desc" },
    take: query.limit,
    select: { id: true, toAddress: true, subject: true, textBody: true, sentAt: true },
  });
}
