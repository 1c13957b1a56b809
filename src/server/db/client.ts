import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(connectionString: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }) });
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
