import "server-only";
import { PgBoss } from "pg-boss";
import type { Tx } from "@/server/db/client";
import { log } from "@/server/log";

/** Every queue Tandem uses, in one place, so senders and workers agree on names. */
export const queues = {
  sendEmail: "email-send",
  sweepOutbox: "email-sweep",
  refreshAvailability: "availability-refresh",
  expireRequests: "request-expiry",
} as const;

export type QueueName = (typeof queues)[keyof typeof queues];

const cache = globalThis as unknown as { tandemBoss?: Promise<PgBoss> };

/** The process's pg-boss, started once (creates its schema on first use) with every queue. */
export function getBoss(connectionString = process.env.DATABASE_URL): Promise<PgBoss> {
  if (!connectionString) throw new Error("DATABASE_URL is not set.");
  cache.tandemBoss ??= (async () => {
    const boss = new PgBoss({ connectionString, max: 4 });
    boss.on("error", (error) => log.error({ err: error }, "job queue error"));
    await boss.start();
    for (const name of Object.values(queues)) {
      await boss.createQueue(name, { retryLimit: 5, retryDelay: 30, retryBackoff: true });
    }
    return boss;
  })();
  return cache.tandemBoss;
}

export async function stopBoss(): Promise<void> {
  const pending = cache.tandemBoss;
  cache.tandemBoss = undefined;
  if (pending) await (await pending).stop({ graceful: true, timeout: 10_000 });
}

/**
 * Enqueue a job inside the caller's Prisma transaction: the job exists if and only if the
 * transaction commits, so nothing is lost between commit and enqueue.
 */
export async function sendInTransaction(tx: Tx, name: QueueName, data: object, options: { singletonKey?: string } = {}) {
  const boss = await getBoss();
  return boss.send(name, data, {
    ...options,
    db: {
      // pg-boss hands us its SQL with positional parameters, exactly what $queryRawUnsafe takes.
      executeSql: async (text, values = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
    },
  });
}
