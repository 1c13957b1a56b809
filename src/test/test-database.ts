/**
 * One fresh database per integration run, built by the production migration code: on the server
 * named by TEST_DATABASE_URL when set, otherwise on an embedded PostgreSQL of its own.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrations";

export type TestDatabase = { url: string; server: "embedded" | "external"; drop: () => Promise<void> };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `tandem_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await onServer(external, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = withDatabase(external, name);
    await applyMigrations(url);
    return {
      url,
      server: "external",
      drop: () => onServer(external, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.resolve(process.env.DATA_DIR || ".data", "test-postgres"),
    database: name,
    throwaway: true,
  });
  await applyMigrations(embedded.url);
  return {
    url: embedded.url,
    server: "embedded",
    drop: async () => {
      await onServer(withDatabase(embedded.url, "postgres"), (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      await embedded.stop();
    },
  };
}
