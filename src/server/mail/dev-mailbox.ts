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

export async function listDevMailbox(db: Db, query: DevMailboxQuery) {
  if (!devMailboxEnabled()) throw new AppError("NOT_FOUND", "There is no dev mailbox here.");
  return db.emailOutbox.findMany({
    where: { transport: "dev-mailbox", status: "SENT", ...(query.to ? { toAddress: query.to.toLowerCase() } : {}) },
    orderBy: { sentAt: "desc" },
    take: query.limit,
    select: { id: true, toAddress: true, subject: true, textBody: true, sentAt: true },
  });
}
