import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { statementNamer } from "./statement-names";

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Interactive transactions wait for a pooled connection up to `maxWait` and may run up to `timeout`.
 * Prisma's defaults (2 s, 5 s) failed saves with a 500 when 200 members were on at once
 * (`npm run bench:soak`), while plain queries in the same requests wait for the pool without a
 * limit: a burst should make a save slower, not fail it.
 */
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

export function createDb(connectionString: string): Db {
  // How many query shapes each connection keeps prepared; 0 for a pooler in transaction mode that
  // cannot keep prepared statements (PgBouncer before 1.21).
  const shapes = Number(process.env.DATABASE_STATEMENT_CACHE ?? 200);
  // `pg` sends a statement whose name is absent unnamed, as it would without a generator.
  const statementNameGenerator = shapes > 0 ? (statementNamer(shapes) as (query: { sql: string; args: unknown[] }) => string) : undefined;
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }, { statementNameGenerator });
  return new PrismaClient({ adapter, transactionOptions });
}

const cache = globalThis as unknown as { tandemDb?: Db };

/** The process-wide client (one pool per process, kept across dev hot reloads). */
export function getDb(): Db {
  if (!cache.tandemDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start Tandem with `npm start`, which provides one.");
    cache.tandemDb = createDb(url);
  }
  return cache.tandemDb;
}
