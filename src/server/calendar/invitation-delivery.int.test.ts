import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db/client";
import { deliverEmail } from "@/server/mail/outbox";
import { apiOf, proposeCurrent } from "@/test/agreement-docs";
import { newPartnership } from "@/test/partners";

const db = getDb();
const raw: string[] = [];

// The real nodemailer, writing the message it would hand to the SMTP server into memory instead.
vi.mock("nodemailer", async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof import("nodemailer") }>()).default;
  return {
    default: {
      createTransport: () => {
        const stream = real.createTransport({ streamTransport: true, buffer: true });
        return {
          sendMail: async (message: Parameters<typeof stream.sendMail>[0]) => {
            const info = await stream.sendMail(message);
            raw.push(info.message.toString());
            return info;
          },
        };
      },
    },
  };
});

describe("a check-in invitation through the worker", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("goes out as multipart/alternative with text, HTML and the text/calendar invitation", async () => {
    vi.stubEnv("SMTP_URL", "smtp://mail.example:25");
    const { mailTransport } = await import("@/server/mail/transport");
    const p = await newPartnership(db);
    const v1 = await proposeCurrent(p.sender, p.partnershipId);
    await apiOf(p.recipient).agreement.sign({ partnershipId: p.partnershipId, versionId: v1.versionId, hash: v1.hash });
    const row = await db.emailOutbox.findFirstOrThrow({ where: { memberId: p.recipient.id, calendarMethod: "REQUEST" } });

    expect(await deliverEmail(db, row.id, mailTransport())).toBe("sent");
    expect(await deliverEmail(db, row.id, mailTransport())).toBe("skipped");
    expect(raw).toHaveLength(1);
    const message = raw[0] ?? "";
    expect(message).toMatch(/Content-Type: multipart\/alternative/);
    const [text, html, calendar] = ["Content-Type: text/plain", "Content-Type: text/html", "Content-Type: text/calendar; charset=utf-8; method=REQUEST"].map((part) => message.indexOf(part));
    expect(text).toBeGreaterThan(-1);
    expect(html).toBeGreaterThan(text ?? 0);
    expect(calendar).toBeGreaterThan(html ?? 0);
    expect(message).not.toContain(p.sender.email);
    expect(message).toContain(`To: ${p.recipient.email}`);
  });
});
