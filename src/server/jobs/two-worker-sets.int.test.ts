/**
 * Two app instances each run every feature's workers and schedules (src/server/workers.ts) on
 * their own pg-boss, against one database. Here two pg-boss instances stand in for the two
 * processes: each starts every feature exactly as an instance does, and every handler call is
 * counted per job, so "ran once" is observed rather than inferred from idempotent effects.
 * A database of this file's own, so no other file's workers take these jobs.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PgBoss, type Job } from "pg-boss";
import { getDb, type Db } from "@/server/db/client";
import { ensureQueue } from "@/server/jobs/boss";
import { queueEmail } from "@/server/mail/outbox";
import { mailQueues } from "@/server/mail/queues";
import { pauseQueue } from "@/server/pauses/jobs";
import { features } from "@/server/workers";
import { apiOf } from "@/test/agreement-docs";
import { dayFromNow, midnightUtc, pausePartnership } from "@/test/pauses";
import { usePrivateDatabase } from "@/test/private-database";

type Instance = { name: string; boss: PgBoss };

let database: { drop: () => Promise<void> };
let db: Db;
const instances: Instance[] = [];
/** Every handler call: job id → the instances that handled it, in order. */
const handled = new Map<string, string[]>();
/** Queues each instance started a worker on, and queues it scheduled. */
const worked = new Map<string, string[]>();
const scheduled = new Map<string, string[]>();
/** Jobs this file sent itself, as opposed to those a schedule sent. */
const sentByTest = new Set<string>();

const record = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);

/** The instance's pg-boss as the features see it, with every handler call and schedule recorded. */
function counted(name: string, boss: PgBoss): PgBoss {
  return new Proxy(boss, {
    get(target, property) {
      if (property === "work") {
        return (queue: string, ...rest: unknown[]) => {
          const handler = rest.pop() as (jobs: Job[]) => Promise<unknown>;
          record(worked, queue, name);
          const countingHandler = (jobs: Job[]) => {
            for (const job of jobs) record(handled, job.id, name);
            return handler(jobs);
          };
          return Reflect.apply(target.work, target, [queue, ...rest, countingHandler]) as ReturnType<PgBoss["work"]>;
        };
      }
      if (property === "schedule") {
        return (queue: string, ...rest: unknown[]) => {
          record(scheduled, queue, name);
          return Reflect.apply(target.schedule, target, [queue, ...rest]) as ReturnType<PgBoss["schedule"]>;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

beforeAll(async () => {
  database = await usePrivateDatabase();
  db = getDb();
  for (const name of ["instance 1", "instance 2"]) {
    // Cron passes every second (the default is 30 s) so the scheduled test meets a minute boundary quickly.
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 2, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 });
    await boss.start();
    instances.push({ name, boss });
    const seen = counted(name, boss);
    for (const feature of features) await feature.start(seen);
  }
}, 120_000);

afterAll(async () => {
  for (const { boss } of instances) await boss.stop({ graceful: true, timeout: 10_000 });
  await database?.drop();
});

async function finished(queue: string, id: string): Promise<void> {
  await vi.waitFor(
    async () => {
      const [job] = await instances[0]!.boss.findJobs(queue, { id });
      expect(job?.state, `${queue} job ${id}`).toBe("completed");
    },
    { timeout: 45_000, interval: 250 },
  );
}

const noticesOf = (partnershipId: string) =>
  db.notification.count({ where: { type: "PAUSE_RESUMED", data: { path: ["partnershipId"], equals: partnershipId } } });
const resumedEvents = (partnershipId: string) => db.partnershipEvent.count({ where: { partnershipId, type: "RESUMED" } });

describe("two instances' workers on one database", () => {
  it("both start a worker on every queue and schedule the same jobs", () => {
    expect(worked.size).toBeGreaterThanOrEqual(10);
    for (const [queue, names] of worked) expect(names, queue).toEqual(["instance 1", "instance 2"]);
    for (const [queue, names] of scheduled) expect(names, queue).toEqual(["instance 1", "instance 2"]);
  });

  it("a queued run of every job is handled by one instance, once; a duplicate run writes nothing", async () => {
    // An effect that counts: a pause due to end, which welcomes both partners back.
    const { partnershipId, a } = await pausePartnership(db, { pauseAlone: true });
    await apiOf(a).pauses.request({ partnershipId, start: "now", resumesOn: dayFromNow(3) });
    const at = new Date(midnightUtc(dayFromNow(3)).getTime() + 5 * 60_000).toISOString();
    const emailId = await db.$transaction((tx) => queueEmail(tx, { to: "two-instances@example.test", subject: "Once", text: "Sent once." }));

    const sent: { queue: string; id: string }[] = [];
    const [sender] = instances;
    for (const queue of worked.keys()) {
      if (queue === mailQueues.sendEmail) continue; // queueEmail sent that one
      await ensureQueue(queue);
      const id = await sender!.boss.send(queue, queue === pauseQueue ? { at } : {});
      sent.push({ queue, id: id! });
      sentByTest.add(id!);
    }
    const [emailJob] = await sender!.boss.findJobs(mailQueues.sendEmail, { key: emailId });
    sent.push({ queue: mailQueues.sendEmail, id: emailJob!.id });

    for (const { queue, id } of sent) await finished(queue, id);
    for (const { queue, id } of sent) expect(handled.get(id), `${queue} handled by`).toHaveLength(1);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId }, select: { status: true, attempts: true } })).toEqual({ status: "SENT", attempts: 1 });
    expect(await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { status: true } })).toEqual({ status: "ACTIVE" });
    expect(await noticesOf(partnershipId)).toBe(2);
    expect(await resumedEvents(partnershipId)).toBe(1);

    // The same run again (a retry, or a second sender): handled once, and nothing new is written.
    const again = await instances[1]!.boss.send(pauseQueue, { at });
    await finished(pauseQueue, again!);
    expect(handled.get(again!)).toHaveLength(1);
    expect(await noticesOf(partnershipId)).toBe(2);
    expect(await resumedEvents(partnershipId)).toBe(1);
  });

  it("a schedule both instances hold sends one job per occurrence, handled once", { timeout: 120_000 }, async () => {
    // Both scheduled every job, yet each schedule is stored once.
    const schedules = await instances[0]!.boss.getSchedules();
    expect(schedules.map((s) => s.name).sort()).toEqual([...scheduled.keys()].sort());

    // pg-boss's cron pass (each instance runs one every second here) files each occurrence as a
    // "send-it" job keyed by queue and minute, which its cron worker forwards to the queue. The outbox
    // sweep runs every minute, so its occurrence for this minute is due at once: wait for it to be
    // handled, then give the other instance's passes time to send it again if they could.
    const sweepJobs = async () => (await instances[0]!.boss.findJobs(mailQueues.sweepOutbox)).filter((job) => !sentByTest.has(job.id));
    await vi.waitFor(async () => expect((await sweepJobs()).filter((job) => job.state === "completed").length).toBeGreaterThanOrEqual(1), { timeout: 90_000, interval: 500 });
    await new Promise((resolve) => setTimeout(resolve, 5_000));

    // Sweeps first: every sweep read then has its occurrence already filed when the occurrences are read.
    const sweeps = await sweepJobs();
    const sends = await instances[0]!.boss.findJobs<{ name: string }>("__pgboss__send-it");
    const occurrences = sends.map((job) => `${job.data.name} ${job.singletonOn?.toISOString()}`);
    expect(new Set(occurrences).size, `one send per queue and minute: ${occurrences.join(", ")}`).toBe(occurrences.length);
    // Each occurrence forwards at most one job to the queue.
    expect(sweeps.length).toBeLessThanOrEqual(sends.filter((job) => job.data.name === mailQueues.sweepOutbox).length);
    for (const job of sweeps.filter((j) => j.state === "completed")) expect(handled.get(job.id), `sweep created ${job.createdOn.toISOString()}`).toHaveLength(1);
  });
});
