import "server-only";
import type { Db } from "@/server/db/client";
import { ensureQueue } from "@/server/jobs/boss";
import { workerSeenRecently } from "@/server/jobs/heartbeat";
import { mailQueues } from "@/server/mail/queues";

export type ComponentStatus = "up" | "down";
/**
 * `status` (and the 200/503 of /api/health) says whether this instance can serve: its database
 * and job queue. `worker` says whether any worker process has reported in the last 90 seconds.
 * It does not make the instance unhealthy: without a worker, pages and sign-ins still work and
 * jobs wait in PostgreSQL, and a load balancer taking every web instance out because the worker
 * is gone would turn a delay into an outage. Alert on `worker: "down"` instead.
 */
export type Health = {
  status: ComponentStatus;
  database: ComponentStatus;
  queue: ComponentStatus;
  worker: ComponentStatus;
  workers: "in-process" | "off";
};

async function probe(check: () => Promise<unknown>, timeoutMs = 3000): Promise<ComponentStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), timeoutMs)));
  try {
    await Promise.race([check(), timeout]);
    return "up";
  } catch {
    return "down";
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(db: Db): Promise<Health> {
  const [database, queue, worker] = await Promise.all([
    probe(() => db.$queryRaw`SELECT 1`),
    probe(async () => {
      const queue = await (await ensureQueue(mailQueues.sendEmail)).getQueue(mailQueues.sendEmail);
      if (!queue) throw new Error("email queue missing");
    }),
    probe(async () => {
      if (!(await workerSeenRecently(db))) throw new Error("no worker seen recently");
    }),
  ]);
  return {
    status: database === "up" && queue === "up" ? "up" : "down",
    database,
    queue,
    worker,
    workers: process.env.RUN_WORKERS === "off" ? "off" : "in-process",
  };
}
