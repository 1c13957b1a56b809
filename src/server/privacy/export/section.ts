import "server-only";
import type { Db } from "@/server/db/client";

/**
 * One part of a member's export: its key in the JSON, what it holds (for the `about` field), and
 * a reader that sees only the member's own records. Later features add their own section here.
 */
export type ExportSection = {
  key: string;
  describes: string;
  read: (db: Db, memberId: string) => Promise<unknown>;
};

/** Row caps, so one export can never read without bound; far above what a member accumulates. */
export const exportLimits = { requests: 1000, partnerships: 200, eventsPerPartnership: 1000, versionsPerPartnership: 200, notifications: 2000, blocks: 1000, reports: 500, checkIns: 5000 } as const;

/** "you" or "partner": a partner is named by display name only, never by email or id. */
export const whoIs = (memberId: string | null, me: string): "you" | "partner" | "system" => (memberId === null ? "system" : memberId === me ? "you" : "partner");
