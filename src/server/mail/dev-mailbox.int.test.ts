import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/server/db/client";
import { callerFor } from "@/test/callers";
import { createMember, uniqueEmail } from "@/test/factories";
import { deliverEmail, queueEmail } from "./outbox";
import { mailTransport } from "./transport";

const db = getDb();
/** The dev mailbox answers only clients on this machine. */
const anonymous = (ip = "127.0.0.1") => callerFor({ ip }).api;

async function sendTo(to: string, subject: string) {
  const member = await createMember(db, { email: to });
  const id = await db.$transaction((tx) => queueEmail(tx, { memberId: member.id, to, subject, text: `Body of ${subject}` }));
  await deliverEmail(db, id, mailTransport());
}

describe("devMailbox.list", () => {
  afterEach(() => {
    delete process.env.APP_ENV;
  });

  it("shows delivered emails to one address, newest first", async () => {
    const to = uniqueEmail("mailbox");
    await sendTo(to, "First");
    await sendTo(uniqueEmail("other"), "Someone else's");
    const list = await anonymous().devMailbox.list({ to, limit: 10 });
    expect(list.map((m) => m.subject)).toEqual(["First"]);
    expect(list[0]?.textBody).toBe("Body of First");
  });

  it("does not exist in real-deployment mode", async () => {
    process.env.APP_ENV = "production";
    await expect(anonymous().devMailbox.list({ limit: 10 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each(["127.0.0.1", "::1", "::ffff:127.0.0.1"])("answers a client on this machine (%s)", async (ip) => {
    await expect(anonymous(ip).devMailbox.list({ limit: 1 })).resolves.toBeInstanceOf(Array);
  });

  it.each(["203.0.113.5", "192.168.1.20", "::ffff:10.0.0.3", "2001:db8::1", "unknown", "127.0.0.1.evil.example"])(
    "does not exist for a client elsewhere (%s), whose emails could take over any account",
    async (ip) => {
      await sendTo(uniqueEmail("remote"), "Secret link");
      await expect(anonymous(ip).devMailbox.list({ limit: 10 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    },
  );

  it("rejects a malformed address", async () => {
    await expect(anonymous().devMailbox.list({ to: "not-an-email", limit: 10 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
