/**
 * `npm run job -- <queue> [--at <ISO time>]`: queues one run of a scheduled job now, for the
 * running worker to pick up. `--at` (ignored in production, see `jobTime`) runs it as of that time.
 */
import { getBoss, ensureQueue, stopBoss } from "../server/jobs/boss";
import { runToCompletion } from "./command";
import { resolveDatabase } from "./database";

async function main() {
  const [queue, flag, at] = process.argv.slice(2);
  if (!queue || (flag !== undefined && (flag !== "--at" || !at || Number.isNaN(new Date(at).getTime())))) {
    throw new Error("Name the queue, and optionally a time: npm run job -- pause-clock --at 2027-01-31T09:00:00Z");
  }
  const db = await resolveDatabase(() => {});
  try {
    await getBoss(db.url);
    const boss = await ensureQueue(queue);
    const id = await boss.send(queue, at ? { at: new Date(at).toISOString() } : {});
    console.log(`Queued ${queue}${at ? ` as of ${new Date(at).toISOString()}` : ""} (${id ?? "already queued"}).`);
  } finally {
    await stopBoss();
    await db.stop();
  }
}

runToCompletion("npm run job", main);
