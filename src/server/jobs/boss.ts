import "server-only";
import { PgBoss } from "pg-boss";
import type { Tx } from "@/server/db/client";
import { log } from "@/server/log";

/**
 * A feature's background work: the queues it sends to and the handlers and schedules it runs.
 * Each feature declares its own (`<feature>/jobs.ts`); src/server/workers.ts starts them all.
 */
export type FeatureJobs = { name: string; start(boss: PgBoss): Promise<void> };

const cache = globalThis as unknown as { tandemBoss?: Promise<PgBoss>; tandemQueues?: Map<string, Promise<void>> };

/** The process's pg-boss, started once (it creates its schema on first use). */
export function getBoss(connectionString = process.env.DATABASE_URL): Promise<PgBoss> {
  if (!connectionString) throw new Error("DATABASE_URL is not set.");
  cache.tandemBoss ??= (async () => {
    const boss = new PgBoss({ connectionString, max: 4 });
    boss.on("error", (error) => log.error({ err: error }, "job queue error"));
    await boss.start();
    return boss;
  })();
  return cache.tandemBoss;
}

/**
 * Makes sure a queue exists (once per process; creating an existing one changes nothing), with
 * the retry policy every Tandem job shares. Senders and workers both call it.
 */
export async function ensureQueue(name: string): Promise<PgBoss> {
  const boss = await getBoss();
  const queues = (cache.tandemQueues ??= new Map());
  let created = queues.get(name);
  if (!created) {
    created = boss.createQueue(name, { retryLimit: 5, retryDelay: 30, retryBackoff: true });
    queues.set(name, created);
    created.catch(() => queues.delete(name));
  }
  await created;
  return boss;
}

export async function stopBoss(): Promise<void> {
  const pending = cache.tandemBoss;
  cache.tandemBoss = undefined;
  cache.tandemQueues = undefined;
  if (pending) await (await pending).stop({ graceful: true, timeout: 10_000 });
}

/**
 * Enqueue a job inside the caller's Prisma transaction: the job exists if and only if the
 * transaction commits, so nothing is lost between commit and enqueue.
 */
export async function sendInTransaction(tx: Tx, name: string, data: object, options: { singletonKey?: string } = {}) {
  const boss = await ensureQueue(name);
  return boss.send(name, data, {
    ...options,
    db: {
      // pg-boss hands us its SQL with positional parameters, exactly what $queryRawUnsafe takes.
      executeSql: async (text, values = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
    },
  });
}

/**
 * The time a scheduled job runs as: now, or — outside production — the `at` it was sent with by
 * `npm run job -- <queue> --at <ISO time>`, so a test can run tomorrow's auto-resume today
 * without moving anyone else's clock. A job always works on what is due at that time, so a run
 * "from the future" does exactly what the real one will.
 */
export function jobTime(data: unknown, now = new Date()): Date {
  if (process.env.APP_ENV === "production" || typeof data !== "object" || data === null || !("at" in data)) return now;
  const at = typeof data.at === "string" ? new Date(data.at) : null;
  return at && !Number.isNaN(at.getTime()) ? at : now;
}
