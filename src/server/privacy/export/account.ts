import "server-only";
import { AppError } from "@/server/errors";
import type { ExportSection } from "./section";

/** Who the member is to Tandem: never the password hash, session version or tokens. */
export const accountSection: ExportSection = {
  key: "account",
  describes: "Your email, display name, timezone, when you joined, your role and status, and since when your private calendar link exists (never the link).",
  read: async (db, memberId) => {
    const member = await db.member.findUnique({
      where: { id: memberId },
      select: { email: true, emailVerifiedAt: true, displayName: true, timezone: true, role: true, status: true, createdAt: true, calendarFeed: { select: { createdAt: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND", "We couldn't find your account.");
    const { calendarFeed, ...account } = member;
    return { ...account, calendarLinkSince: calendarFeed?.createdAt ?? null };
  },
};
