import { afterEach, describe, expect, it, vi } from "vitest";
import { mailTransport } from "./transport";

describe("mailTransport", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("uses the dev mailbox in local mode without SMTP", () => {
    vi.stubEnv("APP_ENV", "local");
    vi.stubEnv("SMTP_URL", "");
    expect(mailTransport().name).toBe("dev-mailbox");
  });

  it("refuses in real-deployment mode without SMTP, so no email is marked sent where no one reads it", () => {
    vi.stubEnv("APP_ENV", "production");
    vi.stubEnv("SMTP_URL", "");
    expect(() => mailTransport()).toThrow("SMTP_URL is required when APP_ENV=production.");
  });

  it("uses SMTP whenever SMTP_URL is set", () => {
    vi.stubEnv("APP_ENV", "production");
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:1");
    expect(mailTransport().name).toBe("smtp");
  });
});
