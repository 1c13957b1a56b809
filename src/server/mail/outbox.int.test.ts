import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db/client";
import { getBoss } from "@/server/jobs/boss";
import { mailQueues } from "./queues";
import { createMember, uniqueEmail } from "@/test/factories";
import { deliverEmail, pendingEmailIds, queueEmail } from "./outbox";
import type { MailTransport } from "./transport";

const db = getDb();

function recordingTransport(delayMs = 0): MailTransport & { sent: string[] } {
  const sent: string[] = [];
  return {
    name: "dev-mailbox",
    sent,
    send: async (email) => {
      await new Promise((r) => setTimeout(r, delayMs));
      sent.push(email.to);
    },
  };
}

async function queueOne(to = uniqueEmail()) {
  const member = await createMember(db, { email: to });
  const id = await db.$transaction((tx) => queueEmail(tx, { memberId: member.id, to, subject: "Hello", text: "Welcome to Tandem." }));
  return { id, to };
}

describe("email outbox", () => {
  it("writes the email and its delivery job in the caller's transaction", async () => {
    const { id } = await queueOne();
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING");
    const boss = await getBoss();
    const jobs = await boss.findJobs<{ id: string }>(mailQueues.sendEmail, { data: { id } });
    expect(jobs).toHaveLength(1);
  });

  it("leaves neither email nor job behind when the transaction rolls back", async () => {
    const to = uniqueEmail();
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, { to, subject: "Never", text: "Never sent." });
        throw new Error("the change that caused the email failed");
      }),
    ).rejects.toThrow("failed");
    expect(await db.emailOutbox.count({ where: { toAddress: to } })).toBe(0);
  });

  it("sends once even when the job runs twice at the same time, and again later", async () => {
    const { id, to } = await queueOne();
    const transport = recordingTransport(50);
    const results = await Promise.all([deliverEmail(db, id, transport), deliverEmail(db, id, transport)]);
    expect(results.sort()).toEqual(["sent", "skipped"]);
    expect(await deliverEmail(db, id, transport)).toBe("skipped");
    expect(transport.sent).toEqual([to]);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, transport: "dev-mailbox" });
  });

  it("keeps a failed email pending with its error so a retry can send it", async () => {
    const { id } = await queueOne();
    const failing: MailTransport = { name: "smtp", send: vi.fn().mockRejectedValue(new Error("connection refused")) };
    expect(await deliverEmail(db, id, failing)).toBe("failed");
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 1, lastError: "connection refused" });
    // The shared test database holds every other file's pending emails too, oldest first: look past them all.
    expect(await pendingEmailIds(db, new Date(Date.now() + 1000), 1_000_000)).toContain(id);
    expect(await deliverEmail(db, id, recordingTransport())).toBe("sent");
  });

  it("is delivered by the background worker through the real queue", async () => {
    const { startWorkers } = await import("@/server/workers");
    await startWorkers();
    const { id } = await queueOne();
    await vi.waitFor(
      async () => {
        const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
        expect(row.status).toBe("SENT");
      },
      { timeout: 20_000, interval: 200 },
    );
  });

  it("sends once through the real queue when the same email's job is queued twice, and holds a deferred one", async () => {
    const { startWorkers } = await import("@/server/workers");
    await startWorkers();
    const boss = await getBoss();
    const { id } = await queueOne();
    await boss.send(mailQueues.sendEmail, { id });
    const member = await createMember(db);
    const notBefore = new Date(Date.now() + 3_600_000);
    const later = await db.$transaction((tx) => queueEmail(tx, { memberId: member.id, to: member.email, subject: "Later", text: "Good morning.", notBefore }));
    // A stray early job for the deferred email (a retry, the sweep) must not send it.
    await boss.send(mailQueues.sendEmail, { id: later });
    await vi.waitFor(
      async () => {
        const jobs = await boss.findJobs(mailQueues.sendEmail, { data: { id } });
        expect(jobs.map((job) => job.state)).toEqual(["completed", "completed"]);
        const early = await boss.findJobs(mailQueues.sendEmail, { data: { id: later } });
        expect(early.map((job) => job.state).sort()).toEqual(["completed", "created"]);
      },
      { timeout: 20_000, interval: 200 },
    );
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 1 });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: later } })).toMatchObject({ status: "PENDING", attempts: 0, sentAt: null });
  });
});
