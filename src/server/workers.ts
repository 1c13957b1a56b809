import "server-only";
import { agreementJobs } from "@/server/agreements/jobs";
import { checkInJobs } from "@/server/check-ins/jobs";
import { endingJobs } from "@/server/endings/jobs";
import { getBoss } from "@/server/jobs/boss";
import { startHeartbeat } from "@/server/jobs/heartbeat";
import { log } from "@/server/log";
import { mailJobs } from "@/server/mail/jobs";
import { onboardingJobs } from "@/server/onboarding/jobs";
import { pauseJobs } from "@/server/pauses/jobs";
import { requestJobs } from "@/server/requests/jobs";
import { reviewJobs } from "@/server/reviews/jobs";

/** Every feature's background work; a feature with jobs adds its `jobs.ts` here. */
export const features = [mailJobs, onboardingJobs, requestJobs, agreementJobs, checkInJobs, pauseJobs, reviewJobs, endingJobs];

/** Starts every feature's job handlers and schedules on this process's pg-boss, then its heartbeat. */
export async function startWorkers(): Promise<void> {
  const boss = await getBoss();
  for (const feature of features) await feature.start(boss);
  startHeartbeat();
  log.info({ features: features.map((f) => f.name) }, "background workers started");
}
