/**
 * The rules for working a report, pure so they read like the product: an open report is resolved
 * once, by one action, by a moderator it is not about; a member gone from Tandem can't be warned
 * or suspended; only a suspended member can be unsuspended.
 */
import type { ReportAction } from "@/shared/moderation/schemas";

export type ReportStatus = "OPEN" | "DISMISSED" | "WARNED" | "SUSPENDED";
export type MemberStanding = "ACTIVE" | "SUSPENDED" | "DELETED" | "GONE";

/** The status a report ends in after each action. */
export const resolvedAs: Record<ReportAction, Exclude<ReportStatus, "OPEN">> = { DISMISS: "DISMISSED", WARN: "WARNED", SUSPEND: "SUSPENDED" };

export type ActFacts = {
  status: ReportStatus;
  /** The report is about the moderator acting on it. */
  aboutModerator: boolean;
  /** The moderator sent the report themselves. */
  byModerator: boolean;
  /** Where the reported member stands; GONE when the account no longer exists. */
  reported: MemberStanding;
};

/** Named reasons, checked in this order: the first that applies is the answer. */
export type ActRefusal = "ABOUT_YOURSELF" | "YOUR_OWN_REPORT" | "ALREADY_RESOLVED" | "MEMBER_GONE";

export type ActResult = { ok: true; status: Exclude<ReportStatus, "OPEN"> } | { ok: false; reason: ActRefusal };

export function actOnReport(facts: ActFacts, action: ReportAction): ActResult {
  if (facts.aboutModerator) return { ok: false, reason: "ABOUT_YOURSELF" };
  if (facts.byModerator) return { ok: false, reason: "YOUR_OWN_REPORT" };
  if (facts.status !== "OPEN") return { ok: false, reason: "ALREADY_RESOLVED" };
  const gone = facts.reported === "DELETED" || facts.reported === "GONE";
  if (gone && action !== "DISMISS") return { ok: false, reason: "MEMBER_GONE" };
  return { ok: true, status: resolvedAs[action] };
}

export type UnsuspendRefusal = "YOURSELF" | "NOT_SUSPENDED";

export function unsuspendRefusal(facts: { self: boolean; member: MemberStanding }): UnsuspendRefusal | null {
  if (facts.self) return "YOURSELF";
  if (facts.member !== "SUSPENDED") return "NOT_SUSPENDED";
  return null;
}
