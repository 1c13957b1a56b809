import { afterAll, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.LOG_LEVEL ??= "silent";

afterAll(async () => {
  const { stopBoss } = await import("@/server/jobs/boss");
  await stopBoss();
  const { getDb } = await import("@/server/db/client");
  await getDb().$disconnect();
});
