import "server-only";
import os from "node:os";
import { getDb, type Db } from "@/server/db/client";
import { log } from "@/server/log";

const beatEverySeconds = 30;
/** Three missed beats: a worker silent for this long is counted as gone. */
export const workerSilentAfterSeconds = 3 * beatEverySeconds;

const workerName = `${os.hostname()}:${process.pid}`.slice(0, 200);
const cache = globalThis as unknown as { tandemHeartbeat?: NodeJS.Timeout };

/** Records that this process's workers are alive (the database's clock, so instances agree). */
export async function beat(db: Db): Promise<void> {
  await db.$executeRaw`
    INSERT INTO worker_heartbeat ("worker", "seenAt") VALUES (${workerName}, now())
    ON CONFLICT ("worker") DO UPDATE SET "seenAt" = now()`;
  await db.$executeRaw`DELETE FROM worker_heartbeat WHERE "seenAt" < now() - interval '1 day'`;
}

/** Whether any worker process, on any machine, has beaten recently. */
export async function workerSeenRecently(db: Db): Promise<boolean> {
  const [row] = await db.$queryRaw<{ recent: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM worker_heartbeat WHERE "seenAt" > now() - make_interval(secs => ${workerSilentAfterSeconds})) AS recent`;
  return row?.recent ?? false;
}

/** Beats now and every 30 seconds while this process runs workers. */
export function startHeartbeat(): void {
  if (cache.tandemHeartbeat) return;
  const tick = () => void beat(getDb()).catch((error: unknown) => log.warn({ err: error }, "worker heartbeat not recorded"));
  tick();
  cache.tandemHeartbeat = setInterval(tick, beatEverySeconds * 1000).unref();
}
