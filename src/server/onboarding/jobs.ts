import "server-only";
import { getDb } from "@/server/db/client";
import { ensureQueue, type FeatureJobs } from "@/server/jobs/boss";
import { log } from "@/server/log";
import { refreshAllAvailability } from "./availability-store";

export const onboardingQueues = { refreshAvailability: "availability-refresh" } as const;

export const onboardingJobs: FeatureJobs = {
  name: "onboarding",
  async start(boss) {
    // Keeps every member's UTC availability for this week and next. Weekly would do; daily means
    // a missed Monday (app down) heals within a day.
    await ensureQueue(onboardingQueues.refreshAvailability);
    await boss.work(onboardingQueues.refreshAvailability, async () => {
      const { members } = await refreshAllAvailability(getDb(), new Date());
      log.info({ members }, "availability weeks refreshed");
    });
    await boss.schedule(onboardingQueues.refreshAvailability, "5 0 * * *");
  },
};
