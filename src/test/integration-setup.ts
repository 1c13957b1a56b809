import { afterAll, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.LOG_LEVEL ??= "silent";
// Signs rate-limit keys, as `npm start` provides one to the app.
process.env.AUTH_SECRET ??= "integration-tests-only-secret-not-for-any-deployment";

afterAll(async () => {
  const { stopBoss } = await import("@/server/jobs/boss");
  await stopBoss();
  const { stopCandidateIndex } = await import("@/server/matching/pool-index/process-index");
  await stopCandidateIndex();
  const { getDb } = await import("@/server/db/client");
  await getDb().$disconnect();
});
