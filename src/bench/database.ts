import path from "node:path";
import pgDriver from "pg";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { applyMigrations } from "../server/db/migrations";

/**
 * A fresh, migrated database on an embedded PostgreSQL of the benchmarks' own (.data/bench-postgres),
 * so a benchmark runs on a fresh clone. `drop` removes the database and stops the server. Without
 * `durable`, commits skip fsync (faster seeding); pass it when commit latency is what is measured.
 */
export async function benchDatabase(label: string, options: { durable?: boolean } = {}): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = `tandem_bench_${label}_${Date.now()}`;
  console.log(`[bench] Starting an embedded PostgreSQL for a fresh database (${database}) …`);
  const pg = await startEmbeddedPostgres({ dataDir: path.resolve(process.env.DATA_DIR || ".data", "bench-postgres"), database, throwaway: !options.durable });
  await applyMigrations(pg.url);
  return {
    url: pg.url,
    drop: async () => {
      const admin = new pgDriver.Client({ connectionString: pg.url.replace(/\/[^/]*$/, "/postgres") });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => admin.end());
      await pg.stop();
    },
  };
}
