import { describe, expect, it } from "vitest";
import { deploymentProblems, type Env } from "./env";

const base = { APP_ENV: "production", DATABASE_URL: "postgresql://db/tandem", AUTH_SECRET: "x".repeat(32), SMTP_URL: "smtp://mail:587", MAIL_FROM: "Tandem <hello@tandem.example>", APP_URL: "https://tandem.example" } as Env;

describe("deploymentProblems", () => {
  it("lets local mode start with nothing configured", () => {
    expect(deploymentProblems({ ...base, APP_ENV: "local", DATABASE_URL: undefined, AUTH_SECRET: undefined, SMTP_URL: undefined })).toEqual([]);
  });

  it("lets real-deployment mode start when every setting is there", () => {
    expect(deploymentProblems(base)).toEqual([]);
  });

  it("names each missing setting in real-deployment mode", () => {
    expect(deploymentProblems({ ...base, DATABASE_URL: undefined, SMTP_URL: undefined, MAIL_FROM: undefined })).toEqual([
      "DATABASE_URL is required when APP_ENV=production.",
      "SMTP_URL is required when APP_ENV=production.",
      "MAIL_FROM is required when APP_ENV=production.",
    ]);
  });
});
