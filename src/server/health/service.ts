import "server-only";
import type { Db } from "@/server/db/client";
import { getBoss, queues } from "@/server/jobs/boss";

export type ComponentStatus = "up" | "down";
export type Health = { status: ComponentStatus; database: ComponentStatus; queue: ComponentStatus; workers: "in-process" | "off" };

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
  const [database, queue] = await Promise.all([
    probe(() => db.$queryRaw`SELECT 1`),
    probe(async () => {
      const queue = await (await getBoss()).getQueue(queues.sendEmail);
      if (!queue) throw new Error("email queue missing");
    }),
  ]);
  return {
    status: database === "up" && queue === "up" ? "up" : "down",
    database,
    queue,
    workers: process.env.RUN_WORKERS === "off" ? "off" : "in-process",
  };
}
