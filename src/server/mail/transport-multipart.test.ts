import { afterEach, describe, expect, it, vi } from "vitest";

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

describe("SMTP transport", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sends the text and the HTML together as multipart/alternative, text first", async () => {
    vi.stubEnv("SMTP_URL", "smtp://mail.example:25");
    const { mailTransport } = await import("./transport");
    await mailTransport().send({ to: "robin@example.com", subject: "Hello", text: "Hi Robin,\n\nA line.", html: "<p>Hi Robin,</p><p>A line.</p>" });
    const message = raw[0] ?? "";
    expect(message).toMatch(/Content-Type: multipart\/alternative/);
    const text = message.indexOf("Content-Type: text/plain");
    const html = message.indexOf("Content-Type: text/html");
    expect(text).toBeGreaterThan(-1);
    expect(html).toBeGreaterThan(text);
  });

  it("adds a check-in invitation as a text/calendar alternative with its method, after the text and HTML", async () => {
    vi.stubEnv("SMTP_URL", "smtp://mail.example:25");
    const { mailTransport } = await import("./transport");
    const calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem//Check-ins//EN\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n";
    const before = raw.length;
    await mailTransport().send({ to: "robin@example.com", subject: "Hello", text: "Hi Robin", html: "<p>Hi Robin</p>", calendar: { method: "CANCEL", content: calendar } });
    const message = raw[before] ?? "";
    expect(message).toMatch(/Content-Type: multipart\/alternative/);
    const part = message.indexOf("Content-Type: text/calendar; charset=utf-8; method=CANCEL");
    expect(part).toBeGreaterThan(message.indexOf("Content-Type: text/html"));
    expect(message).toContain("METHOD:CANCEL");
  });

  it("sends no calendar part when there is none", async () => {
    vi.stubEnv("SMTP_URL", "smtp://mail.example:25");
    const { mailTransport } = await import("./transport");
    const before = raw.length;
    await mailTransport().send({ to: "robin@example.com", subject: "Hello", text: "Hi Robin", html: "<p>Hi Robin</p>", calendar: null });
    expect(raw[before]).not.toContain("text/calendar");
  });
});
