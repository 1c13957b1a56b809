import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { redactedPaths } from "./log";

describe("log redaction", () => {
  it("never writes passwords, tokens, emails or answers", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = pino({ redact: { paths: redactedPaths, censor: "[redacted]" } }, sink);
    logger.info({ memberId: "m1", password: "hunter2-secret", input: { email: "a@b.test", token: "tok-123", answers: { mood: 2 }, win: "a private win", nextCommitment: "a private plan" } }, "signed in");
    const line = lines.join("");
    expect(line).toContain("m1");
    for (const secret of ["hunter2-secret", "a@b.test", "tok-123", "mood", "a private win", "a private plan"]) expect(line).not.toContain(secret);
  });
});
