import "server-only";
import type { Db } from "@/server/db/client";
import { accountSection } from "./account";
import { agreementsSection } from "./agreements";
import { checkInsSection } from "./check-ins";
import { notificationPreferencesSection, notificationsSection } from "./notifications";
import { partnershipsSection } from "./partnerships";
import { profileSection } from "./profile";
import { requestsSection } from "./requests";
import { blocksSection, reportsSection } from "./safety";
import type { ExportSection } from "./section";

/** In the order they appear in the file. Reviews add their section when they exist. */
export const exportSections: readonly ExportSection[] = [
  accountSection,
  profileSection,
  requestsSection,
  partnershipsSection,
  agreementsSection,
  checkInsSection,
  notificationsSection,
  notificationPreferencesSection,
  blocksSection,
  reportsSection,
];

export type MemberExport = { about: { exportedAt: Date; format: string; sections: Record<string, string> } } & Record<string, unknown>;

/** Everything Tandem holds about the member, readable by them (PRODUCT.md §12). */
export async function exportMemberData(db: Db, memberId: string, now = new Date()): Promise<MemberExport> {
  const out: MemberExport = {
    about: {
      exportedAt: now,
      format: "Tandem data export, version 1. Other members appear by display name only.",
      sections: Object.fromEntries(exportSections.map((s) => [s.key, s.describes])),
    },
  };
  // One after another: a handful of bounded queries, no need to hold several connections.
  for (const section of exportSections) out[section.key] = await section.read(db, memberId);
  return out;
}
