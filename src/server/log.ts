import "server-only";
import pino from "pino";

/** Structured logs. Secrets and personal data are redacted wherever they appear in a log object. */
export const redactedPaths = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "secret",
  "email",
  "to",
  "toAddress",
  "answers",
  "win",
  "nextCommitment",
  "body",
  "textBody",
  "htmlBody",
  "note",
  "headers.cookie",
  "headers.authorization",
].flatMap((key) => [key, `*.${key}`]);

export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  redact: { paths: redactedPaths, censor: "[redacted]" },
  base: { app: "tandem" },
});
