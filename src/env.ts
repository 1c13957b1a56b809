import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

/**
 * Every setting Tandem reads, validated once. A malformed value fails `next build` (next.config.ts
 * imports this file) and every CLI command. What real deployments must set is checked at start
 * by `deploymentProblems()` (every command calls it) so a build machine does not need production
 * secrets.
 */
export const env = createEnv({
  server: {
    APP_ENV: z.enum(["local", "production"]).default("local"),
    DATABASE_URL: z.url().optional(),
    /** Read by `createDb` (src/server/db/client.ts); validated here so a typo fails at start. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).optional(),
    DATABASE_STATEMENT_CACHE: z.coerce.number().int().min(0).max(10_000).optional(),
    AUTH_SECRET: z.string().min(32).optional(),
    APP_URL: z.url().optional(),
    SMTP_URL: z.url().optional(),
    /** Required in real-deployment mode; local mode sends as "Tandem <hello@tandem.local>". */
    MAIL_FROM: z.string().min(3).optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** The address the web server listens on; local mode defaults to 127.0.0.1, production to every interface. */
    HOST: z.string().min(1).max(255).optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    TRUST_PROXY: flag,
    /** "off" when a separate `npm run worker` process runs the jobs. */
    RUN_WORKERS: z.enum(["in-process", "off"]).default("in-process"),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});

export type Env = typeof env;

/** What real-deployment mode (`APP_ENV=production`) is missing; empty when it may start. */
export function deploymentProblems(current: Env = env): string[] {
  if (current.APP_ENV !== "production") return [];
  const required = {
    DATABASE_URL: current.DATABASE_URL,
    AUTH_SECRET: current.AUTH_SECRET,
    SMTP_URL: current.SMTP_URL,
    MAIL_FROM: current.MAIL_FROM,
    APP_URL: current.APP_URL,
  };
  return Object.entries(required)
    .filter(([, value]) => !value)
    .map(([name]) => `${name} is required when APP_ENV=production.`);
}
