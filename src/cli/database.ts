import path from "node:path";
import { startEmbeddedPostgres } from "../server/db/embedded";

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || ".data");
}

/** The embedded server's database (its port is free and new at each start unless EMBEDDED_POSTGRES_PORT fixes it). */
export const embeddedDatabaseName = "tandem";

/** DATABASE_URL when set; otherwise the embedded PostgreSQL kept in the data folder. */
export async function resolveDatabase(log: (line: string) => void = console.log): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT) || undefined;
  const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir(), "postgres"), database: embeddedDatabaseName, port, log });
  return { url: db.url, embedded: true, stop: db.stop };
}
