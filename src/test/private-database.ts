/**
 * A database of this test file's own, on the integration server: for tests that compare row counts
 * of every table, which other files writing in parallel to the shared database would disturb.
 * Call before anything touches `getDb()` in the file.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeRateLimits } from "@/server/accounts/rate-limits";
import { getDb } from "@/server/db/client";
import { applyMigrations } from "@/server/db/migrations";
import { getBoss, stopBoss } from "@/server/jobs/boss";
import { stopCandidateIndex } from "@/server/matching/pool-index/process-index";
import { getRelay } from "@/server/realtime/process-relay";

async function onDatabase(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function usePrivateDatabase(): Promise<{ drop: () => Promise<void> }> {
  if ((globalThis as { tandemDb?: unknown }).tandemDb) throw new Error("usePrivateDatabase must run before the file's first getDb()");
  const shared = process.env.DATABASE_URL;
  if (!shared) throw new Error("DATABASE_URL is not set: run this as an integration test");
  const name = `tandem_private_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await onDatabase(shared, `CREATE DATABASE "${name}"`);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  process.env.DATABASE_URL = url.toString();
  await getBoss(url.toString());
  return {
    drop: async () => {
      await stopBoss();
      await getRelay().stop();
      await stopCandidateIndex();
      await closeRateLimits();
      await getDb().$disconnect();
      await onDatabase(shared, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
