import "server-only";
import type { PgBoss } from "pg-boss";
import { getDb } from "@/server/db/client";
import { ensureQueue, type FeatureJobs } from "@/server/jobs/boss";
import { log } from "@/server/log";
import { sendCheckInReminders, sendMissedCheckInNotices } from "./notice-runs";

export const checkInQueues = { reminders: "check-in-reminders", missed: "check-in-missed" } as const;

/** Reminds both partners within the hour before each check-in. Exported so a test can run this worker alone. */
export async function workOnReminders(boss: PgBoss): Promise<void> {
  await ensureQueue(checkInQueues.reminders);
  await boss.work(checkInQueues.reminders, async () => {
    const reminded = await sendCheckInReminders(getDb(), new Date());
    if (reminded) log.info({ reminded }, "check-in reminders sent");
  });
}

/** Runs the missed-check-in ladder and the early warning. Exported so a test can run this worker alone. */
export async function workOnMissed(boss: PgBoss): Promise<void> {
  await ensureQueue(checkInQueues.missed);
  await boss.work(checkInQueues.missed, async () => {
    const partnerships = await sendMissedCheckInNotices(getDb(), new Date());
    if (partnerships) log.info({ partnerships }, "missed check-in notices sent");
  });
}

export const checkInJobs: FeatureJobs = {
  name: "check-ins",
  async start(boss) {
    await workOnReminders(boss);
    await workOnMissed(boss);
    // Every 15 minutes: reminders look an hour ahead, so each check-in gets one 45–60 minutes before.
    await boss.schedule(checkInQueues.reminders, "*/15 * * * *");
    await boss.schedule(checkInQueues.missed, "*/15 * * * *");
  },
};
